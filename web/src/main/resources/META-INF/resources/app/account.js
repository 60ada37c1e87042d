// The header's account area: a sign-in dialog, and once signed in, the user's name, the pages
// their role opens, and signing out.
import { el, replace } from './dom.js';
import { t } from './i18n.js';
import { forgetKept, offlineButton } from './offline-pack.js';
import { currentUser, signIn, signOut } from './session.js';

const PAGES = [
  { href: '/staff.html?page=dashboard', key: 'dashboard', roles: ['ADMIN', 'PROVINCE_PLANNER', 'COMMUNE_OFFICER', 'SURVEYOR', 'VIEWER'] },
  { href: '/staff.html?page=national', key: 'national', roles: ['ADMIN', 'PROVINCE_PLANNER', 'COMMUNE_OFFICER', 'SURVEYOR', 'VIEWER'] },
  { href: '/staff.html?page=moderation', key: 'moderation', roles: ['ADMIN', 'PROVINCE_PLANNER', 'COMMUNE_OFFICER'] },
  { href: '/staff.html?page=imports', key: 'imports', roles: ['ADMIN', 'PROVINCE_PLANNER', 'SURVEYOR'] },
  { href: '/staff.html?page=admin', key: 'admin', roles: ['ADMIN', 'PROVINCE_PLANNER'] },
];

export async function mountAccount(container, onChange = () => {}) {
  const user = await currentUser().catch(() => null);
  render(container, user, onChange);
  return user;
}

function render(container, user, onChange) {
  if (!user) {
    replace(container, el('button', { type: 'button', id: 'sign-in', onclick: () => openDialog(container, onChange) },
      t('loginButton')));
    return;
  }
  replace(container, 
    el('span', { class: 'who', id: 'who' }, user.displayName),
    ...PAGES.filter((p) => p.roles.includes(user.role)).map((p) => el('a', { href: p.href, class: 'nav' }, t(p.key))),
    user.communes?.length && document.getElementById('map') ? offlineButton() : null,
    el('button', { type: 'button', onclick: async () => {
      await signOut();
      await forgetKept();
      render(container, null, onChange);
      onChange(null);
    } },
      t('signOut')));
}

function openDialog(container, onChange) {
  const error = el('p', { class: 'error', role: 'alert' });
  const username = el('input', { name: 'username', autocomplete: 'username', required: true });
  const password = el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const dialog = el('dialog', { class: 'dialog', id: 'login-dialog' },
    el('form', {
      method: 'dialog',
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          const user = await signIn(username.value, password.value);
          dialog.close();
          dialog.remove();
          render(container, user, onChange);
          onChange(user);
        } catch (failure) {
          error.textContent = failure.status === 401 ? t('wrongPassword') : failure.message;
        }
      },
    },
    el('h2', {}, t('loginButton')),
    el('label', {}, t('username'), username),
    el('label', {}, t('password'), password),
    error,
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => { dialog.close(); dialog.remove(); } }, t('cancel')),
      el('button', { type: 'submit', class: 'primary' }, t('loginButton')))));
  document.body.append(dialog);
  dialog.showModal();
  username.focus();
}

