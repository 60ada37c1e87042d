// The time bar: a slider over every year the map offers, and a play button that steps through them.
import { el } from './dom.js';
import { t } from './i18n.js';

/** Seconds each year stays on screen while playing: time for its tiles and legend to arrive. */
const STEP_MS = 1800;

export class TimeBar {
  constructor(years, year, onYear) {
    this.years = years;
    this.onYear = onYear;
    this.timer = null;
    this.control = L.control({ position: 'bottomleft' });
    this.control.onAdd = () => {
      this.play = el('button', { type: 'button', id: 'play', onclick: () => this.toggle() }, '▶');
      this.slider = el('input', { type: 'range', id: 'year-slider', min: 0, max: years.length - 1, step: 1,
        value: Math.max(0, years.indexOf(year)) });
      this.slider.addEventListener('input', () => {
        this.stop();
        this.onYear(this.years[Number(this.slider.value)]);
      });
      this.label = el('output', { class: 'year-shown', id: 'year-shown', for: 'year-slider' }, year);
      const box = el('div', { class: 'timebar' }, this.play, this.slider, this.label);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
  }

  addTo(map) {
    this.control.addTo(map);
    this.translate();
    return this;
  }

  show(year) {
    this.slider.value = String(this.years.indexOf(year));
    this.label.textContent = String(year);
  }

  translate() {
    this.slider.setAttribute('aria-label', t('yearSlider'));
    this.play.setAttribute('aria-label', t(this.timer ? 'pause' : 'play'));
    this.play.title = t(this.timer ? 'pause' : 'play');
  }

  /** Plays from the year shown (from the first, when at the last) to the last, one year per step. */
  toggle() {
    if (this.timer) {
      this.stop();
      return;
    }
    if (Number(this.slider.value) === this.years.length - 1) this.onYear(this.years[0]);
    this.timer = setInterval(() => {
      const next = Number(this.slider.value) + 1;
      if (next >= this.years.length) this.stop();
      else this.onYear(this.years[next]);
    }, STEP_MS);
    this.play.textContent = '⏸';
    this.play.dataset.playing = 'true';
    this.translate();
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
    this.play.textContent = '▶';
    delete this.play.dataset.playing;
    this.translate();
  }
}
