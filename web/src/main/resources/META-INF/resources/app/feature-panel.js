// The side panel of one infrastructure feature: what it is and its condition for everyone; for field
// staff allowed to edit it, the condition form (against the version read), moving or reshaping it,
// inspections with photos and its history, which a planner can undo the latest addition or move of.
import { ApiError, getJson, send } from './api.js';
import { backButton, el, replace, showMessage } from './dom.js';
import { featureHistory, submit, undoRequest } from './field-edit-api.js';
import { formatDate, formatDateTime, t } from './i18n.js';
import { sendOrKeep } from './offline.js';
import { currentUser } from './session.js';

const CONDITIONS = ['good', 'fair', 'poor', 'unusable'];
const STATUSES = ['existing', 'under_construction', 'planned', 'decommissioned'];
const SURFACES = ['asphalt', 'concrete', 'gravel', 'earth'];
const EDITORS = ['ADMIN', 'PROVINCE_PLANNER', 'COMMUNE_OFFICER'];
const UNDOERS = ['ADMIN', 'PROVINCE_PLANNER'];

export class FeaturePanel {
  /** onEditShape(feature): move or reshape it on the map; onChanged(category): its layer must be redrawn. */
  constructor(element, { onClose, onOpenUnit, onEditShape, onChanged }) {
    this.element = element;
    this.onClose = onClose;
    this.onOpenUnit = onOpenUnit;
    this.onEditShape = onEditShape;
    this.onChanged = onChanged;
    this.id = null;
    /** Set while the panel was opened from the gap list: a back step to it. */
    this.onBack = null;
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !this.element.hidden) this.close(); });
  }

  get open() {
    return !this.element.hidden;
  }

  async show(id) {
    this.id = id;
    const [feature, user] = await Promise.all([getJson(`/api/infrastructure/${encodeURIComponent(id)}`),
      currentUser().catch(() => null)]);
    if (this.id !== id) return feature;
    const inspections = user ? await getJson(`/api/infrastructure/${id}/inspections`).catch(() => []) : [];
    this.render(feature, user, inspections);
    this.element.hidden = false;
    return feature;
  }

  close() {
    this.id = null;
    this.element.hidden = true;
    this.onClose();
  }

  render(feature, user, inspections) {
    const editable = mayEdit(user, feature);
    replace(this.element,
      backButton(this.onBack, t('backToList')),
      el('div', { class: 'panel-head' },
        el('div', {},
          el('h2', { id: 'feature-title' }, title(feature)),
          el('p', { class: 'muted' }, t(feature.category), feature.subtype ? ` · ${t(`subtype_${feature.subtype}`).replace(/^subtype_/, '')}` : '',
            feature.demo ? el('span', { class: 'badge demo' }, t('demo')) : null)),
        el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => this.close() }, '×')),
      el('table', { class: 'facts' }, el('tbody', {},
        fact(t('conditionLabel'), feature.condition ? t(`condition_${feature.condition}`) : '–', 'condition'),
        fact(t('statusLabel'), t(`infra_${feature.status}`)),
        feature.category === 'road' ? fact(t('surfaceLabel'), feature.surface ? t(`surface_${feature.surface}`) : '–') : null,
        feature.category === 'road' ? fact(t('hardenedLabel'), feature.hardened === null ? '–' : t(feature.hardened ? 'yes' : 'no')) : null,
        feature.builtYear ? fact(t('builtYear'), feature.builtYear) : null,
        fact(t('place'), el('span', {},
          unitLink(feature.villageCode, feature.villageName, this.onOpenUnit), feature.villageCode ? ' · ' : '',
          unitLink(feature.communeCode, feature.communeName, this.onOpenUnit))),
        user ? fact(t('updated'), `${formatDateTime(feature.updatedAt)} · ${feature.updatedBy}`) : null)),
      editable ? el('button', { type: 'button', id: 'edit-shape', onclick: () => this.onEditShape(feature) },
        `✥ ${t('editShape')}`) : null,
      editable ? this.conditionForm(feature) : null,
      user ? this.inspectionSection(feature, inspections, editable) : null,
      editable ? this.historySection(feature, UNDOERS.includes(user.role)) : null);
  }

  conditionForm(feature) {
    const select = (name, values, current, prefix, blank) => el('select', { name },
      blank ? el('option', { value: '' }, '–') : null,
      values.map((v) => el('option', { value: v, selected: v === current }, t(`${prefix}${v}`))));
    const form = el('form', { class: 'stack', id: 'condition-form' },
      el('h3', {}, t('updateCondition')),
      el('label', {}, t('conditionLabel'), select('condition', CONDITIONS, feature.condition, 'condition_', true)),
      el('label', {}, t('statusLabel'), select('status', STATUSES, feature.status, 'infra_', false)),
      feature.category === 'road'
        ? el('label', {}, t('surfaceLabel'), select('surface', SURFACES, feature.surface, 'surface_', true)) : null,
      el('button', { type: 'submit' }, t('save')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const change = { version: feature.version };
      ['condition', 'status', 'surface'].forEach((key) => { if (data.get(key)) change[key] = data.get(key); });
      try {
        const { kept } = await sendOrKeep({ method: 'PATCH', path: `/api/infrastructure/${feature.id}`, body: change,
          versionField: 'version', label: `${t('updateCondition')}: ${title(feature)}` });
        showMessage(t(kept ? 'keptOffline' : 'saved'), 'info');
      } catch (error) {
        showMessage(error instanceof ApiError && error.status === 409 ? t('conflict') : error.message);
      }
      this.show(feature.id).catch(() => {}); // without signal, and not kept on the phone: the sheet stays as it was
    });
    return form;
  }

  /** The feature's changes, read when opened; a planner may undo the latest addition or move. */
  historySection(feature, mayUndo) {
    const list = el('ul', { class: 'inspections', id: 'history' });
    const details = el('details', { ontoggle: async () => {
      if (!details.open || list.childElementCount) return;
      try {
        const changes = await featureHistory(feature.id);
        replace(list, changes.map((c) => el('li', { class: 'inspection' }, el('strong', {}, formatDateTime(c.at)),
          ` · ${c.actor} · ${t(`action_${c.action}`)}`)));
      } catch (error) {
        showMessage(error.message);
      }
    } }, el('summary', {}, t('changeHistory')), list,
    mayUndo ? el('button', { type: 'button', id: 'undo-latest', onclick: () => this.undo(feature) }, t('undoLatest')) : null);
    return el('section', {}, details);
  }

  async undo(feature) {
    try {
      const after = await submit(undoRequest(feature.id, feature.version));
      showMessage(t('undone'), 'info');
      this.onChanged(feature.category);
      if (after) this.show(feature.id); else this.close();
    } catch (error) {
      showMessage(error.message);
    }
  }

  inspectionSection(feature, inspections, editable) {
    const list = inspections.length
      ? el('ul', { class: 'inspections' }, inspections.map((i) => el('li', { class: 'inspection' },
        el('div', {}, el('strong', {}, formatDate(i.inspectedOn)), ` · ${i.createdBy}`),
        i.note ? el('div', {}, i.note) : null,
        i.hasPhoto ? el('a', { href: `/api/inspections/${i.id}/photo`, target: '_blank', rel: 'noopener' },
          el('img', { src: `/api/inspections/${i.id}/photo`, alt: t('inspectionPhoto'), class: 'thumb' })) : null)))
      : el('p', { class: 'muted' }, t('noInspections'));
    return el('section', {}, el('h3', {}, t('inspections')), list, editable ? this.inspectionForm(feature) : null);
  }

  inspectionForm(feature) {
    const today = new Date().toISOString().slice(0, 10);
    const form = el('form', { class: 'stack', id: 'inspection-form' },
      el('h3', {}, t('addInspection')),
      el('label', {}, t('inspectedOn'), el('input', { type: 'date', name: 'inspectedOn', value: today, max: today, required: true })),
      el('label', {}, t('note'), el('textarea', { name: 'note', rows: 3, maxlength: 2000 })),
      el('label', {}, t('photoOptional'), el('input', { type: 'file', name: 'photo', accept: 'image/jpeg,image/png,image/webp' })),
      el('button', { type: 'submit' }, t('addInspection')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const data = new FormData(form);
      if (!data.get('photo')?.size) data.delete('photo');
      try {
        const { kept } = await sendOrKeep({ method: 'POST', path: `/api/infrastructure/${feature.id}/inspections`,
          body: [...data.entries()], baseVersion: feature.version, label: `${t('addInspection')}: ${title(feature)}` });
        showMessage(t(kept ? 'keptOffline' : 'saved'), 'info');
        if (kept) form.reset(); else this.show(feature.id);
      } catch (error) {
        showMessage(error.message);
      }
    });
    return form;
  }
}

function title(feature) {
  return feature.name || t(feature.category);
}

/** The server decides; this only spares a form to someone who would be refused. */
function mayEdit(user, feature) {
  if (!user || !EDITORS.includes(user.role)) return false;
  if (user.role === 'ADMIN') return true;
  if (user.provinceCode !== feature.provinceCode) return false;
  return user.role !== 'COMMUNE_OFFICER' || user.communes.includes(feature.communeCode);
}

function fact(label, value, id) {
  return el('tr', id ? { 'data-fact': id } : {}, el('th', {}, label), el('td', {}, value));
}

function unitLink(code, name, onOpenUnit) {
  return code ? el('button', { type: 'button', class: 'link', onclick: () => onOpenUnit(code) }, name || code) : null;
}
