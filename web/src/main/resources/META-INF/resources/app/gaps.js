// The field staff's gap view: what is broken, unhardened or missing, listed and marked on the map;
// a signed-in user's own communes first, and, once the phone's position is known, the nearest first.
import { getJson } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { lang, t } from './i18n.js';
import { currentUser } from './session.js';

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
    /** The phone's position ({lat, lon}), once the user let the page know it. */
    this.position = null;
    this.page = null;
    this.own = new Set();
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
      [page, this.own] = await Promise.all([getJson('/api/gaps', { province, kind: this.kind, limit: 300 }),
        currentUser().then((u) => new Set(u?.communes ?? [])).catch(() => new Set())]);
    } catch (error) {
      showMessage(error.message);
      return;
    }
    this.page = page;
    this.render(page);
    this.locate();
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

  /** Asks for the phone's position (the browser asks the user once); the list is ordered again when it comes. */
  locate() {
    navigator.geolocation?.getCurrentPosition((p) => {
      this.position = { lat: p.coords.latitude, lon: p.coords.longitude };
      if (this.page && this.active) this.render(this.page);
    }, () => {}, { maximumAge: 60000, timeout: 15000 });
  }

  render(page) {
    this.markers.clearLayers();
    const gaps = nearestFirst(page.items, this.position, this.own);
    gaps.forEach((gap) => {
      L.circleMarker([gap.lat, gap.lon], { radius: 7, color: '#b30000', weight: 2, fillColor: '#ffffff', fillOpacity: 0.6 })
        .bindTooltip(`${gap.name} — ${t(gap.category)}`).addTo(this.markers);
    });
    const tabs = el('div', { class: 'tabs', role: 'tablist' }, KINDS.map((kind) => el('button', {
      type: 'button', role: 'tab', 'aria-selected': String(kind === this.kind), 'data-kind': kind,
      onclick: () => this.show(this.province, kind),
    }, `${t(kind)} (${page.counts[kind]})`)));
    const items = gaps.map((gap) => el('li', { class: 'gap', 'data-feature': gap.featureId, 'data-commune': gap.communeCode, 'data-km': gap.km?.toFixed(2) },
      el('button', { type: 'button', class: 'link', onclick: () => this.focus(gap) }, gap.name || gap.villageName),
      el('div', { class: 'muted' },
        gap.kind === 'missing_facility' ? `${t('lacks')} ${t(gap.category).toLowerCase()}` : t(gap.category),
        gap.condition ? ` · ${t(`condition_${gap.condition}`)}` : '',
        ` · ${gap.communeName}`,
        gap.km !== undefined ? ` · ${gap.km.toFixed(1).replace('.', lang() === 'vi' ? ',' : '.')} km` : '')));
    replace(this.element, 
      el('div', { class: 'panel-head' }, el('h2', {}, t('gapsTitle')),
        el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => this.hide() }, '×')),
      tabs,
      el('p', { class: 'muted' }, `${t('shown')} ${page.items.length} ${t('of')} ${page.total}`,
        this.position ? ` · ${t('nearestFirst')}` : ''),
      items.length ? el('ul', { class: 'gaps' }, items) : el('p', {}, t('noGaps')));
  }

  focus(gap) {
    this.map.flyTo([gap.lat, gap.lon], Math.max(this.map.getZoom(), 14));
    if (gap.featureId) this.onOpenFeature(gap.featureId);
    else this.onOpenUnit(gap.villageCode || gap.communeCode);
  }
}

/**
 * The gaps in the order to work through them: the user's own communes first (as the server ordered
 * them), then, when the position is known, nearest first within each group, each with its distance (km).
 */
export function nearestFirst(items, position, own) {
  if (!position) return items;
  const rad = Math.PI / 180;
  const km = (g) => 6371 * Math.hypot((g.lon - position.lon) * rad * Math.cos(position.lat * rad), (g.lat - position.lat) * rad);
  return items.map((g) => ({ ...g, km: km(g) }))
    .sort((a, b) => Number(own.has(b.communeCode)) - Number(own.has(a.communeCode)) || a.km - b.km);
}
