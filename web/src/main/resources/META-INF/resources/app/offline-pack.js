// "Take my communes offline": a commune officer's phone keeps the tiles, sheets, features and gap lists
// of their communes (the list and its estimated size come from GET /api/offline/pack) in the 'ntm-pack'
// cache, which the service worker answers from when there is no signal. Refresh fetches it anew; remove frees it.
import { getJson } from './api.js';
import { el, replace } from './dom.js';
import { formatDateTime, t } from './i18n.js';

const CACHE = 'ntm-pack';
const SAVED = 'ntm.pack';
const PARALLEL = 6;

function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

function saved() {
  return JSON.parse(localStorage.getItem(SAVED) || 'null');
}

export function offlineButton() {
  return el('button', { type: 'button', id: 'offline-button', onclick: openPackDialog }, t('takeOffline'));
}

async function openPackDialog() {
  const dialog = el('dialog', { class: 'dialog', id: 'offline-dialog', onclose: () => dialog.remove() });
  document.body.append(dialog);
  dialog.showModal();
  let pack = null;
  try {
    pack = await getJson('/api/offline/pack');
  } catch (error) {
    pack = { error: error.message };
  }
  render(dialog, pack);
}

async function render(dialog, pack, progress = null) {
  const kept = saved();
  const usage = (await navigator.storage?.estimate?.())?.usage;
  const busy = progress !== null;
  replace(dialog,
    el('h2', {}, t('takeOffline')),
    el('p', { class: 'muted' }, t('offlineWhat')),
    pack.error ? el('p', { class: 'error' }, pack.error) : el('p', { id: 'pack-size' },
      `${t('downloadSize')}: ~${megabytes(pack.estimatedBytes)} (${t('serverEstimate')}), ${pack.urls.length} ${t('files')}`),
    busy ? el('progress', { id: 'pack-progress', max: pack.urls.length, value: progress }) : null,
    kept ? el('p', { id: 'pack-saved' }, `${t('packSaved')} ${formatDateTime(kept.savedAt)}: ${kept.files} ${t('files')}, `
      + `${megabytes(kept.bytes)}${kept.failed ? ` (${kept.failed} ${t('filesFailed')})` : ''}`) : null,
    usage !== undefined ? el('p', { class: 'muted', id: 'storage-used' }, `${t('storageUsed')}: ${megabytes(usage)}`) : null,
    el('div', { class: 'actions' },
      kept ? el('button', { type: 'button', id: 'pack-remove', disabled: busy, onclick: () => remove(dialog, pack) }, t('remove')) : null,
      pack.error ? null : el('button', { type: 'button', class: 'primary', id: 'pack-download', disabled: busy,
        onclick: () => download(dialog, pack) }, kept ? t('refresh') : t('download')),
      el('button', { type: 'button', onclick: () => dialog.close() }, t('close'))));
}

/** Fetches every address of the pack into the cache, then forgets what the pack no longer holds. */
async function download(dialog, pack) {
  navigator.storage?.persist?.();
  await navigator.serviceWorker?.ready;
  const cache = await caches.open(CACHE);
  const queue = [...pack.urls];
  let done = 0;
  let bytes = 0;
  let failed = 0;
  render(dialog, pack, 0);
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(`${response.status}`);
        bytes += (await response.clone().blob()).size;
        await cache.put(url, response);
      } catch {
        failed += 1;
      }
      done += 1;
      dialog.querySelector('#pack-progress')?.setAttribute('value', String(done));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const wanted = new Set(pack.urls.map((u) => new URL(u, location.origin).href));
  await Promise.all((await cache.keys()).filter((r) => !wanted.has(r.url)).map((r) => cache.delete(r)));
  localStorage.setItem(SAVED, JSON.stringify({ savedAt: new Date().toISOString(), files: done - failed, failed, bytes }));
  render(dialog, pack);
}

async function remove(dialog, pack) {
  await forget([CACHE]);
  render(dialog, pack);
}

async function forget(caches) {
  localStorage.removeItem(SAVED);
  await Promise.all(caches.map((name) => globalThis.caches?.delete(name)));
}

/**
 * Signing out forgets what the phone keeps of the user's communes (inspections are internal notes)
 * and who they are; the outbox stays, so that nothing typed is lost.
 */
export function forgetKept() {
  return forget([CACHE, 'ntm-runtime']);
}
