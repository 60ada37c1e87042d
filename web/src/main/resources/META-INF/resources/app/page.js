// The shell of the staff pages: language, header with the account area, and the signed-in user.
import { mountAccount } from './account.js';
import { el, replace } from './dom.js';
import { initialLanguage, lang, setLanguage, t } from './i18n.js';

/** Sets up the page; calls render(user) now and whenever the user or language changes. */
export async function initPage(render) {
  setLanguage(initialLanguage(new URLSearchParams(location.hash.slice(1)).get('lang')));
  const account = document.getElementById('account');
  const rerender = (user) => render(user, document.getElementById('content'));
  document.getElementById('lang').addEventListener('click', async () => {
    setLanguage(lang() === 'vi' ? 'en' : 'vi');
    rerender(await mountAccount(account, rerender));
  });
  await rerender(await mountAccount(account, rerender));
  document.body.dataset.ready = 'true';
}

/** What a page shows to someone not signed in. */
export function signInFirst(content) {
  replace(content, el('p', { class: 'notice' }, t('signInFirst')));
}

export function option(value, label, selected) {
  return el('option', { value, selected: String(value) === String(selected) }, label);
}
