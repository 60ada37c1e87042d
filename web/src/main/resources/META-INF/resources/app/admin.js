// Administration: accounts and roles (administrators), and the audit trail (planners and administrators).
import { ApiError, getJson, send } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { formatDateTime, t } from './i18n.js';
import { initPage, option, signInFirst } from './page.js';

const ROLES = ['admin', 'province_planner', 'commune_officer', 'surveyor', 'viewer'];
const auditFilter = { entity: '', actor: '' };

initPage(render);

async function render(user, content) {
  if (!user) { signInFirst(content); return; }
  const sections = [];
  if (user.role === 'ADMIN') sections.push(await usersSection(user, content));
  sections.push(await auditSection(user, content));
  replace(content, ...sections);
}

async function usersSection(user, content) {
  const users = await getJson('/api/admin/users');
  const fields = {
    username: el('input', { required: true, pattern: '[a-z0-9._-]{3,40}' }),
    displayName: el('input', {}),
    password: el('input', { type: 'password', minlength: 10, required: true, autocomplete: 'new-password' }),
    role: el('select', {}, ROLES.map((r) => option(r, t(`role_${r}`), 'viewer'))),
    provinceCode: el('input', { size: 3, placeholder: '14' }),
    communes: el('input', { placeholder: '03679, 03664' }),
  };
  return el('section', { id: 'users' },
    el('h2', {}, t('accounts')),
    el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['username', 'displayName', 'role', 'province', 'communesLabel', 'enabled', '']
        .map((k) => el('th', {}, k ? t(k) : '')))),
      el('tbody', {}, users.map((u) => userRow(u, user, content)))),
    el('h3', {}, t('newAccount')),
    el('form', {
      class: 'stack narrow', id: 'new-user',
      onsubmit: async (e) => {
        e.preventDefault();
        await save('POST', '/api/admin/users', {
          username: fields.username.value, displayName: fields.displayName.value || null,
          password: fields.password.value, role: fields.role.value, provinceCode: fields.provinceCode.value || null,
          communes: list(fields.communes.value),
        });
        render(user, content);
      },
    },
    Object.entries(fields).map(([key, input]) => el('label', {}, t(key === 'provinceCode' ? 'province' : key === 'communes' ? 'communesLabel' : key), input)),
    el('button', { type: 'submit', class: 'primary' }, t('create'))));
}

function userRow(account, user, content) {
  const role = el('select', {}, ROLES.map((r) => option(r, t(`role_${r}`), account.role)));
  const province = el('input', { size: 3, value: account.provinceCode ?? '' });
  const communes = el('input', { value: account.communes.join(', ') });
  const enabled = el('input', { type: 'checkbox', checked: account.enabled });
  return el('tr', { 'data-username': account.username },
    el('td', {}, account.username), el('td', {}, account.displayName), el('td', {}, role), el('td', {}, province),
    el('td', {}, communes), el('td', {}, enabled),
    el('td', {}, el('button', {
      type: 'button',
      onclick: async () => {
        await save('PATCH', `/api/admin/users/${account.id}`, {
          role: role.value, provinceCode: province.value || null, communes: list(communes.value),
          enabled: enabled.checked, version: account.version,
        });
        render(user, content);
      },
    }, t('save'))));
}

async function auditSection(user, content) {
  let entries = [];
  try {
    entries = await getJson('/api/audit', { entity: auditFilter.entity, actor: auditFilter.actor, limit: 200 });
  } catch (error) {
    return el('p', { class: 'notice' }, error.message);
  }
  const entity = el('input', { value: auditFilter.entity, placeholder: 'infrastructure, criteria, status…' });
  const actor = el('input', { value: auditFilter.actor });
  const csv = new URLSearchParams(Object.entries(auditFilter).filter(([, v]) => v));
  return el('section', { id: 'audit' },
    el('h2', {}, t('auditTrail')),
    el('form', {
      class: 'inline',
      onsubmit: (e) => {
        e.preventDefault();
        auditFilter.entity = entity.value.trim();
        auditFilter.actor = actor.value.trim();
        render(user, content);
      },
    }, el('label', {}, t('entity'), ' ', entity), el('label', {}, t('actor'), ' ', actor),
    el('button', { type: 'submit' }, t('filter')), el('a', { href: `/api/audit.csv?${csv}`, download: '' }, t('exportCsv'))),
    el('table', { class: 'grid audit' },
      el('thead', {}, el('tr', {}, ['time', 'actor', 'action', 'entity', 'province', 'change'].map((k) => el('th', {}, t(k))))),
      el('tbody', {}, entries.map((e) => el('tr', {},
        el('td', {}, formatDateTime(e.at)), el('td', {}, e.actor), el('td', {}, e.action),
        el('td', {}, `${e.entity} ${e.entityId ?? ''}`), el('td', {}, e.provinceCode ?? ''),
        el('td', {}, el('details', {}, el('summary', {}, t('beforeAfter')),
          el('pre', {}, `${t('before')}: ${e.before ?? '—'}\n${t('after')}: ${e.after ?? '—'}`))))))));
}

async function save(method, path, body) {
  try {
    await send(method, path, body);
    showMessage(t('saved'), 'info');
  } catch (error) {
    const detail = error.problem?.invalidParams?.[0];
    showMessage(error instanceof ApiError && error.status === 409 ? t('conflict')
      : detail ? `${detail.name}: ${detail.reason}` : error.message);
  }
}

function list(text) {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}
