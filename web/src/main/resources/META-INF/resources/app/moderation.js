// The moderation queue: citizens' reports in the officer's communes or the planner's province.
import { ApiError, getJson, send } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { formatDateTime, t } from './i18n.js';
import { initPage, option, signInFirst } from './page.js';

const STATUSES = ['pending', 'accepted', 'resolved', 'rejected'];
let filter = 'pending';

initPage(render);

async function render(user, content) {
  if (!user) { signInFirst(content); return; }
  let reports;
  try {
    reports = await getJson('/api/moderation/feedback', { status: filter, limit: 200 });
  } catch (error) {
    replace(content, el('p', { class: 'notice' }, error.message));
    return;
  }
  const select = el('select', { id: 'status-filter', onchange: (e) => { filter = e.target.value; render(user, content); } },
    STATUSES.map((s) => option(s, t(`feedback_${s}`), filter)));
  replace(content, 
    el('h2', {}, t('moderation')),
    el('label', {}, `${t('status')} `, select),
    reports.length ? el('ul', { class: 'cards' }, reports.map((r) => card(r, user, content)))
      : el('p', {}, t('noReports')));
}

function card(report, user, content) {
  const status = el('select', {}, STATUSES.map((s) => option(s, t(`feedback_${s}`), report.status)));
  const feature = el('input', { type: 'number', value: report.infrastructureId ?? '', placeholder: 'ID' });
  const publicNote = el('textarea', { rows: 2, maxlength: 2000 }, report.publicNote ?? '');
  const internalNote = el('textarea', { rows: 2, maxlength: 2000 }, report.internalNote ?? '');
  return el('li', { class: 'card', 'data-reference': report.reference },
    el('h3', {}, `${report.reference} · ${t(`report_${report.category}`)}`),
    el('p', {}, report.description),
    el('p', { class: 'muted' }, `${report.communeName} · ${formatDateTime(report.createdAt)}`,
      report.reporterContact ? ` · ${t('contact')}: ${report.reporterContact}` : ''),
    report.hasPhoto ? el('a', { href: `/api/moderation/feedback/${report.id}/photo`, target: '_blank', rel: 'noopener' },
      t('photo')) : null,
    el('form', {
      class: 'stack',
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          await send('PATCH', `/api/moderation/feedback/${report.id}`, {
            status: status.value, infrastructureId: feature.value ? Number(feature.value) : null,
            publicNote: publicNote.value || null, internalNote: internalNote.value || null, version: report.version,
          });
          showMessage(t('saved'), 'info');
        } catch (error) {
          showMessage(error instanceof ApiError && error.status === 409 ? t('conflict') : error.message);
        }
        render(user, content);
      },
    },
    el('label', {}, t('status'), status),
    el('label', {}, t('linkedFeature'), feature),
    el('label', {}, t('publicNote'), publicNote),
    el('label', {}, t('internalNote'), internalNote),
    el('button', { type: 'submit', class: 'primary' }, t('save'))));
}
