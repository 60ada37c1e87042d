// The time bar: a slider over every year the map offers, and a play button that steps through them.
import { el } from './dom.js';
import { t } from './i18n.js';

/** How long each year stays on screen while playing, once its legend has arrived. */
const STEP_MS = 1800;

export class TimeBar {
  constructor(years, year, onYear) {
    this.years = years;
    this.onYear = onYear;
    this.playing = false;
    this.runs = 0;
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
    this.play.setAttribute('aria-label', t(this.playing ? 'pause' : 'play'));
    this.play.title = t(this.playing ? 'pause' : 'play');
  }

  /**
   * Plays from the year shown (from the first, when at the last) to the last: each year is shown once it
   * has loaded, for STEP_MS, so a slow connection slows the play instead of skipping years.
   */
  async toggle() {
    if (this.playing) {
      this.stop();
      return;
    }
    this.playing = true;
    const run = ++this.runs;
    this.play.textContent = '⏸';
    this.play.dataset.playing = 'true';
    this.translate();
    if (Number(this.slider.value) === this.years.length - 1) await this.onYear(this.years[0]);
    this.wait(run);
  }

  /** Waits, then steps, unless the play was paused (or paused and played again: a new run). */
  wait(run) {
    if (this.playing && run === this.runs) this.timer = setTimeout(() => this.step(run), STEP_MS);
  }

  async step(run) {
    const next = Number(this.slider.value) + 1;
    if (!this.playing || run !== this.runs) return;
    if (next >= this.years.length) {
      this.stop();
      return;
    }
    await this.onYear(this.years[next]);
    this.wait(run);
  }

  stop() {
    this.playing = false;
    this.runs += 1;
    clearTimeout(this.timer);
    this.timer = null;
    this.play.textContent = '▶';
    delete this.play.dataset.playing;
    this.translate();
  }
}
