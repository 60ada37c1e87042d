// Working without signal, in the page: registers the service worker; keeps the writes made without
// signal in the outbox (IndexedDB, so they outlive a reload or a restart of the phone), shows how many
// wait to be sent, sends them when the signal returns, and puts a conflict to the officer.
import { getJson, isOffline, send, sendForStatus } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { formatDateTime, lang, t } from './i18n.js';
import { Outbox } from './outbox.js';

const DB = 'ntm-offline';
const STORE = 'outbox';

/** The outbox's rows in IndexedDB, in the order they were added (the auto-incremented key). */
class IndexedDbStore {
  constructor() {
    this.db = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async run(mode, operation) {
    const db = await this.db;
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = operation(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
    });
  }

  all() {
    return this.run('readonly', (s) => s.getAll());
  }

  add(item) {
    return this.run('readwrite', (s) => s.add(item));
  }

  put(item) {
    return this.run('readwrite', (s) => s.put(item));
  }

  remove(id) {
    return this.run('readwrite', (s) => s.delete(id));
  }
}

/** A multipart body kept as [name, value] pairs (a value a string or a File) back into a form. */
function formData(pairs) {
  const form = new FormData();
  pairs.forEach(([name, value]) => form.append(name, value));
  return form;
}

const bodyOf = (write) => (Array.isArray(write.body) ? formData(write.body) : write.body);

/** Told once when a write was answered 401: the session ended; the page offers to sign in again. */
let onSessionEnded = () => {};
let sessionEnded = false;

export const outbox = new Outbox(new IndexedDbStore(), {
  send: (item) => sendForStatus(item.method, item.path, bodyOf(item)),
  read: (path) => getJson(path),
}, {
  onChange: () => {
    if (outbox.needsSignIn && !sessionEnded) onSessionEnded();
    sessionEnded = outbox.needsSignIn;
    showCount();
  },
});

/**
 * Sends a write now, or keeps it in the outbox when there is no signal (or older writes still wait,
 * which go first): { kept: true }, or { kept: false, body } with the server's answer. A refusal by the
 * server is thrown, as send() does. The body is a plain object (JSON) or [name, value] pairs (multipart).
 */
export async function sendOrKeep(write) {
  const waiting = (await outbox.items()).some((i) => i.state === 'waiting');
  if (!waiting && navigator.onLine) {
    try {
      return { kept: false, body: await send(write.method, write.path, bodyOf(write)) };
    } catch (error) {
      if (!isOffline(error)) throw error;
    }
  }
  navigator.storage?.persist?.();
  await outbox.add(write);
  return { kept: true };
}

/** The header's "waiting to send (n)" button; it opens the list, where conflicts are settled. */
async function showCount() {
  const button = document.getElementById('outbox-button');
  if (!button) return;
  const items = await outbox.items();
  button.hidden = items.length === 0;
  button.dataset.count = String(items.length);
  button.classList.toggle('attention', outbox.needsSignIn || items.some((i) => i.state !== 'waiting'));
  button.textContent = `${t('waitingToSend')} (${items.length})`;
  const dialog = document.getElementById('outbox-dialog');
  if (dialog) renderList(dialog, items);
}

function openList() {
  const dialog = el('dialog', { class: 'dialog outbox-dialog', id: 'outbox-dialog', onclose: () => dialog.remove() });
  document.body.append(dialog);
  dialog.showModal();
  showCount();
}

function renderList(dialog, items) {
  replace(dialog,
    el('h2', {}, t('waitingToSend')),
    outbox.needsSignIn ? el('p', { class: 'notice', id: 'outbox-sign-in' }, t('signInToSend')) : null,
    items.length ? el('ul', { class: 'outbox-items' }, items.map(itemView)) : el('p', { class: 'muted' }, t('nothingWaiting')),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => outbox.flush() }, t('sendNow')),
      el('button', { type: 'button', class: 'primary', onclick: () => dialog.close() }, t('close'))));
}

function itemView(item) {
  const choose = (choice) => outbox.resolve(item.id, choice).catch((e) => showMessage(e.message));
  return el('li', { class: 'outbox-item', 'data-state': item.state, 'data-id': item.id },
    el('div', {}, el('strong', {}, item.label || item.path), ` · ${formatDateTime(new Date(item.createdAt).toISOString())}`),
    el('div', { class: 'muted' }, t(`outbox_${item.state}`),
      item.baseVersion !== null ? ` · ${t('basedOnVersion')} ${item.baseVersion}` : ''),
    item.state === 'conflict' ? versions(item) : null,
    item.state === 'conflict' ? el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'keep-theirs', onclick: () => choose('theirs') }, t('keepTheirs')),
      el('button', { type: 'button', class: 'primary keep-mine', onclick: () => choose('mine') }, t('keepMine'))) : null,
    item.state === 'refused' ? el('p', { class: 'error' }, (lang() === 'vi' && item.problem?.detailVi)
      || item.problem?.detail || '') : null,
    item.state === 'refused' ? el('button', { type: 'button', class: 'drop', onclick: () => outbox.drop(item.id) }, t('drop')) : null);
}

/** Mine beside theirs, field by field: what I sent, and what the record holds now. */
function versions(item) {
  const theirs = item.theirs ?? {};
  const fields = Object.keys(item.body).filter((k) => k !== item.versionField);
  return el('table', { class: 'versions' },
    el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', {}, t('mine')),
      el('th', {}, t('theirs'), theirs.updatedBy ? ` (${theirs.updatedBy}, ${formatDateTime(theirs.updatedAt)})` : ''))),
    el('tbody', {}, fields.map((field) => el('tr', { 'data-field': field, class: item.body[field] !== theirs[field] ? 'differs' : '' },
      el('th', {}, t(`${field}Label`).replace(/Label$/, '')), el('td', { class: 'mine' }, shown(field, item.body[field])),
      el('td', { class: 'theirs' }, shown(field, theirs[field]))))));
}

/** A value as the feature sheet names it (condition_poor: Kém), else as it is. */
function shown(field, value) {
  if (value === null || value === undefined) return '–';
  const key = `${field === 'status' ? 'infra' : field}_${value}`;
  return t(key) === key ? String(value) : t(key);
}

/**
 * Registers the service worker and sends what waits whenever the signal (or the app) comes back;
 * sessionEnded is called when the server answered a waiting write with 401.
 */
export function startOffline({ sessionEnded: whenEnded }) {
  onSessionEnded = whenEnded;
  navigator.serviceWorker?.register('/sw.js', { scope: '/' }).catch((e) => console.warn('service worker', e));
  document.getElementById('outbox-button')?.addEventListener('click', openList);
  window.addEventListener('online', () => outbox.flush());
  document.addEventListener('visibilitychange', () => { if (!document.hidden) outbox.flush(); });
  showCount();
  outbox.flush();
}
