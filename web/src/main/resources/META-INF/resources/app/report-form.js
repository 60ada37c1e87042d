// A citizen reports a problem at a map location: what, where (a click on the map), a
// description, an optional photo; the answer is a reference to follow it by.
import { getJson, send } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { t } from './i18n.js';

const CATEGORIES = ['road_damage', 'illegal_dump', 'water_outage', 'other'];

export class ReportForm {
  constructor(element, map) {
    this.element = element;
    this.map = map;
    this.marker = null;
    this.position = null;
    this.onMapClick = (e) => this.place(e.latlng);
  }

  get open() {
    return !this.element.hidden;
  }

  show() {
    this.map.on('click', this.onMapClick);
    this.element.hidden = false;
    this.renderForm();
  }

  hide() {
    this.map.off('click', this.onMapClick);
    this.marker?.remove();
    this.marker = null;
    this.position = null;
    this.element.hidden = true;
  }

  place(latlng) {
    this.position = latlng;
    this.marker?.remove();
    this.marker = L.marker(latlng).addTo(this.map);
    const where = this.element.querySelector('#report-where');
    if (where) where.textContent = `${latlng.lat.toFixed(5)}, ${latlng.lng.toFixed(5)}`;
  }

  renderForm() {
    const category = el('select', { name: 'category', id: 'report-category' },
      CATEGORIES.map((c) => el('option', { value: c }, t(`report_${c}`))));
    const description = el('textarea', { name: 'description', id: 'report-description', rows: 4, maxlength: 2000, required: true });
    const contact = el('input', { name: 'contact', id: 'report-contact', maxlength: 200 });
    const photo = el('input', { name: 'photo', type: 'file', accept: 'image/jpeg,image/png,image/webp' });
    const follow = el('input', { id: 'follow-reference', placeholder: 'PA-XXXXXXXX' });
    replace(this.element, 
      el('div', { class: 'panel-head' }, el('h2', {}, t('reportTitle')),
        el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => this.hide() }, '×')),
      el('form', {
        class: 'stack', id: 'report-form',
        onsubmit: async (e) => {
          e.preventDefault();
          if (!this.position) { showMessage(t('pickPlace'), 'info'); return; }
          const form = new FormData();
          form.set('category', category.value);
          form.set('description', description.value);
          form.set('lon', this.position.lng);
          form.set('lat', this.position.lat);
          if (contact.value) form.set('contact', contact.value);
          if (photo.files[0]) form.set('photo', photo.files[0]);
          try {
            this.renderReceipt(await send('POST', '/api/feedback', form));
          } catch (error) {
            showMessage(error.message);
          }
        },
      },
      el('p', { class: 'muted' }, t('pickPlace')),
      el('p', {}, t('place'), ': ', el('strong', { id: 'report-where' }, '—')),
      el('label', {}, t('whatHappened'), category),
      el('label', {}, t('description'), description),
      el('label', {}, t('photoOptional'), photo),
      el('label', {}, t('contactOptional'), contact),
      el('p', { class: 'muted' }, t('contactPrivate')),
      el('button', { type: 'submit', class: 'primary' }, t('send'))),
      el('h3', {}, t('followTitle')),
      el('form', { class: 'inline', onsubmit: (e) => { e.preventDefault(); this.follow(follow.value.trim()); } },
        follow, el('button', { type: 'submit' }, t('follow'))));
  }

  renderReceipt(report) {
    replace(this.element, 
      el('div', { class: 'panel-head' }, el('h2', {}, t('reportSent')),
        el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => this.hide() }, '×')),
      el('p', {}, t('yourReference'), ' ', el('strong', { id: 'report-reference' }, report.reference)),
      el('p', {}, `${t('reportStatus')}: ${t(`feedback_${report.status}`)} · ${report.communeName}`),
      report.publicNote ? el('p', {}, report.publicNote) : null,
      el('button', { type: 'button', class: 'link', onclick: () => this.renderForm() }, t('newReport')));
  }

  async follow(reference) {
    try {
      this.renderReceipt(await getJson(`/api/feedback/${encodeURIComponent(reference)}`));
    } catch (error) {
      showMessage(error.message);
    }
  }
}
