// Thematic maps: which theme the units are coloured by (GET /api/themes), its legend (GET /api/themes/legend:
// class breaks and exact counts) and the colour of a unit from the tile attributes 'value' and 'met'.
// A unit without 'value' has no data, drawn apart from a value of 0.
import { getJson } from './api.js';
import { el } from './dom.js';
import { formatValue, localName, t } from './i18n.js';

/** Light to dark, for ordered classes (Color Brewer YlGnBu). */
const SEQUENTIAL = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58', '#04122e'];
const GOOD = '#1a9850';
const MIDDLE = '#fee08b';
const BAD = '#d73027';
const GROUPS = { 1: '#1b9e77', 2: '#d95f02', 3: '#7570b3' };
/** No data: white under a dashed grey edge, never a class colour. */
export const NO_DATA = { fill: '#ffffff', fillOpacity: 0.9, stroke: '#7a7a7a', weight: 0.8, dash: [4, 3] };

export const STATUS = 'status';
export const METHODS = ['quantile', 'equal', 'threshold'];

/** A theme for one map: its id, class method, year and the legend the server gave for them. */
export class Theme {
  constructor(id = STATUS, method = 'quantile') {
    this.id = id;
    this.method = METHODS.includes(method) ? method : 'quantile';
    this.legend = null;
  }

  get active() {
    return this.id !== STATUS;
  }

  /** Loads the legend (breaks and counts) of the theme for a year and province; nothing for the status map. */
  async load(year, province) {
    this.legend = this.active ? await getJson('/api/themes/legend', { theme: this.id, year, province, method: this.method }) : null;
    return this.legend;
  }

  /** The classes as the legend lists them: key, colour, label and count. */
  entries() {
    const { legend } = this;
    if (!legend) return [];
    return legend.classes.map((c, i) => ({
      key: String(c.value), color: this.colorOfClass(c, i), label: this.labelOf(c), count: c.count,
    }));
  }

  /** The fill of a unit's tile attributes, or null when it has no data. */
  colorOf(properties) {
    const { legend } = this;
    if (!legend || properties.value === undefined || properties.value === null) return null;
    if (this.byThreshold) return properties.met === undefined ? null : (properties.met ? GOOD : BAD);
    if (legend.type !== 'numeric') return this.colorOfClass({ value: properties.value });
    // The class a value falls in: the last whose lower bound it reaches (the server counts the same way).
    const { classes } = legend;
    let i = classes.length - 1;
    while (i > 0 && properties.value < classes[i].lower) i -= 1;
    return classes.length ? this.colorOfClass(classes[i], i) : null;
  }

  get byThreshold() {
    return this.legend?.type === 'numeric' && this.legend.method === 'threshold';
  }

  colorOfClass(c, i) {
    const { type } = this.legend;
    const v = Number(c.value);
    if (this.byThreshold) return v === 1 ? GOOD : BAD;
    if (type === 'result') return [BAD, MIDDLE, GOOD][v];
    if (type === 'boolean') return this.id === 'class:dbkk' ? (v ? '#7b3294' : '#e7d4e8') : (v ? GOOD : BAD);
    if (type === 'category') return GROUPS[v] ?? '#999999';
    const n = this.legend.classes.length;
    return SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 2)) / Math.max(1, n - 1))];
  }

  labelOf(c) {
    const { type, unit } = this.legend;
    const v = Number(c.value);
    if (this.byThreshold) {
      if (this.id === 'criteria_met') return t(v ? 'allCriteriaMet' : 'notAllCriteriaMet');
      return t(v ? 'meetsThreshold' : 'missesThreshold');
    }
    if (type === 'result') return t(['notMet', 'basicallyMet', 'met'][v]);
    if (type === 'boolean') return this.id === 'class:dbkk' ? t(v ? 'yes' : 'no') : t(v ? 'met' : 'notMet');
    if (type === 'category') return `${t('commune_group')} ${v}`;
    if (c.lower === c.upper) return formatValue(c.lower, unit);
    const last = c === this.legend.classes[this.legend.classes.length - 1];
    return `${formatValue(c.lower, unit)} – ${last ? '' : '< '}${formatValue(c.upper, unit)}`;
  }
}

/** The theme choices for a year, grouped: the status map first. */
export async function themeOptions(year) {
  const themes = await getJson('/api/themes', { year });
  const group = (prefix) => themes.filter((th) => th.id.startsWith(prefix));
  return [
    { label: null, items: [{ id: STATUS, name: t('themeStatus') }, ...group('criteria_met').map(named)] },
    { label: t('themeGroupCriteria'), items: group('criterion:').map(named) },
    { label: t('themeGroupIndicators'), items: group('indicator:').map(named) },
    { label: t('themeGroupClasses'), items: group('class:').map(named) },
  ];
}

function named(theme) {
  return { id: theme.id, name: localName(theme), type: theme.type };
}

const OPTIONS = new Map();

/** Fills a select with the themes of a year (read once per year), keeping the choice when the year offers it. */
export async function fillThemeSelect(select, year, chosen) {
  if (!OPTIONS.has(year)) {
    OPTIONS.set(year, themeOptions(year).catch((error) => {
      OPTIONS.delete(year);
      throw error;
    }));
  }
  const groups = await OPTIONS.get(year);
  const option = (item) => el('option', { value: item.id, selected: item.id === chosen }, item.name);
  select.replaceChildren(...groups.filter((g) => g.items.length).map((g) => (g.label
    ? el('optgroup', { label: g.label }, g.items.map(option)) : g.items.map(option))).flat());
  if (select.value !== chosen) select.value = STATUS;
  return groups.flatMap((g) => g.items);
}

/** The language changed: theme names are read again. */
export function forgetThemeNames() {
  OPTIONS.clear();
}
