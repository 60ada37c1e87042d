// The map's service worker: the page and its modules are kept on install, so the map opens without
// signal; every request still goes to the network first (data stays current) and falls back to what
// the phone keeps: the app shell, the signed-in user, and a commune officer's offline pack (the
// page fills the 'ntm-pack' cache; see app/offline-pack.js). Writes are never handled here: the
// page's outbox keeps them (app/offline.js). A page opened before the worker was installed stays
// uncontrolled until it is opened again (no clients.claim): its requests do not change hands midway.
const SHELL = 'ntm-shell-v1';
const RUNTIME = 'ntm-runtime';
const PACK = 'ntm-pack';
const TEST = 'ntm-test';
const SHELL_FILES = [
  '/', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png', '/app/style.css',
  '/webjars/leaflet/dist/leaflet.js', '/webjars/leaflet/dist/leaflet.css', '/webjars/leaflet/dist/images/layers.png',
  '/webjars/leaflet/dist/images/layers-2x.png', '/webjars/pbf/index.js', '/api/meta', '/tiles/index.json',
  ...['main', 'api', 'dom', 'i18n', 'account', 'session', 'feature-panel', 'gaps', 'layers', 'tile-layer', 'mvt',
    'legend', 'panel', 'report-form', 'search', 'url-state', 'outbox', 'offline', 'offline-pack', 'sheet', 'field-edit',
    'field-edit-api', 'compare', 'labels', 'themes', 'timebar']
    .map((m) => `/app/${m}.js`),
];
/** Kept as last seen, so that the page offline knows who is signed in. */
const RUNTIME_PATHS = ['/api/me'];

/** Test hook: while set (by a message from the page), every network request fails as it would without signal. */
let simulatedOffline = null;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ntm-shell-') && k !== SHELL).map((k) => caches.delete(k)))));
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'simulate-offline') return;
  simulatedOffline = Boolean(event.data.offline);
  event.waitUntil(caches.open(TEST)
    .then((cache) => (simulatedOffline ? cache.put('/offline', new Response('1')) : cache.delete('/offline')))
    .then(() => event.source?.postMessage({ type: 'simulated-offline', offline: simulatedOffline })));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (event.request.method !== 'GET') {
    if (simulatedOffline) event.respondWith(Response.error());
    return;
  }
  event.respondWith(networkFirst(event.request, url));
});

async function networkFirst(request, url) {
  try {
    const response = await network(request);
    await remember(request, url, response);
    return response;
  } catch (error) {
    const kept = await caches.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
    if (kept) return kept;
    if (error.name === 'AbortError' || !url.pathname.startsWith('/api/')) throw error;
    return new Response(JSON.stringify({
      status: 503, title: 'Offline',
      detail: 'No signal, and this is not kept on this phone', detailVi: 'Không có sóng, và dữ liệu này chưa được lưu trên máy',
    }), { status: 503, headers: { 'Content-Type': 'application/problem+json' } });
  }
}

async function network(request) {
  simulatedOffline ??= Boolean(await (await caches.open(TEST)).match('/offline'));
  if (simulatedOffline) throw new TypeError('Failed to fetch (simulated offline)');
  return fetch(request);
}

/** Refreshes what the phone keeps of this address, if it keeps it; forgets the user once signed out. */
async function remember(request, url, response) {
  for (const name of [SHELL, PACK]) {
    const cache = await caches.open(name);
    if (response.ok && await cache.match(request, { ignoreVary: true })) await cache.put(request, response.clone());
  }
  if (RUNTIME_PATHS.includes(url.pathname)) {
    const cache = await caches.open(RUNTIME);
    if (response.ok) await cache.put(request, response.clone());
    else await cache.delete(request);
  }
}
