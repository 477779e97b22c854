// Embargo Monitor's service worker (Workbox): the capture page, its scripts and the reference catalogue's suggestions,
// and the caller's recent records, answered from the device when there is no connection. Pages and API answers are
// taken from the network first and kept only when the platform answered them (not a redirect to the login page);
// scripts and styles from the device first, refreshed behind. Signing out clears what was kept.
importScripts('/assets/vendor/workbox-sw/build/workbox-sw.js');
workbox.setConfig({ debug: false, modulePathCb: (name) => '/assets/vendor/' + name + '/build/' + name + '.prod.js' });

const { registerRoute } = workbox.routing;
const { NetworkFirst, StaleWhileRevalidate, NetworkOnly } = workbox.strategies;

const answeredByThePlatform = { cacheWillUpdate: async ({ response }) => (response && response.ok && !response.redirected ? response : null) };
const pages = new NetworkFirst({ cacheName: 'pages', networkTimeoutSeconds: 6, plugins: [answeredByThePlatform] });
const records = new NetworkFirst({ cacheName: 'records', networkTimeoutSeconds: 6, plugins: [answeredByThePlatform] });
const assets = new StaleWhileRevalidate({ cacheName: 'assets', plugins: [answeredByThePlatform] });
const KEPT = ['pages', 'records', 'assets'];

const SHELL = ['/assets/app.js', '/assets/i18n.js', '/assets/app.css', '/assets/uploads.js', '/assets/queue.js',
  '/assets/pages/new-seizure.js', '/assets/pages/record.js', '/assets/pages/home.js', '/assets/vendor/idb/build/index.js',
  '/assets/vendor/tus-js-client/dist/tus.min.js', '/webjars/leaflet/1.9.4/dist/leaflet.js', '/webjars/leaflet/1.9.4/dist/leaflet.css',
  '/assets/map/world-110m.geojson'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const kept = await caches.open('assets');
    await Promise.all(SHELL.map((url) => kept.add(url).catch(() => null)));
    const form = await fetch('/seizures/new', { credentials: 'same-origin' }).catch(() => null);
    if (form && form.ok && !form.redirected) await (await caches.open('pages')).put('/seizures/new', form);
    await self.skipWaiting();
  })());
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

registerRoute(({ url }) => url.pathname === '/logout', async ({ request }) => {
  await Promise.all(KEPT.map((name) => caches.delete(name)));
  return fetch(request);
});
registerRoute(({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin, pages);
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/seizures')
  && !url.pathname.includes('/evidence/uploads'), records, 'GET');
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/'), new NetworkOnly(), 'GET');
registerRoute(({ url }) => url.origin === self.location.origin
  && (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/webjars/') || url.pathname.startsWith('/_static/')), assets);

// Background sync, where the browser has it: the open capture pages are asked to send what waits.
self.addEventListener('sync', (event) => {
  if (event.tag === 'capture-queue') {
    event.waitUntil(self.clients.matchAll({ type: 'window' }).then((windows) => windows.forEach((w) => w.postMessage('send-queue'))));
  }
});
