// Service worker template. scripts/sw-precache.mjs (a trunk post_build hook) replaces the two
// placeholders below with the build's file list and a build id hashed from their contents, and
// writes the result to dist/sw.js. Never edit the list by hand: trunk hashes file names.
'use strict';

const BUILD_ID = '__BUILD_ID__';
const FILES = __PRECACHE_FILES__;

// Caches are per origin, not per scope: prefix with the scope so two copies of the planner on
// one host (/planner/ and /planner-test/) never delete each other's caches.
const PREFIX = `village-income-planner ${self.registration.scope} `;
const CACHE = PREFIX + BUILD_ID;
const INDEX = new URL('index.html', self.registration.scope).href;
// trunk's content hash in a file name (name-0123456789abcdef.ext): such files never change.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;
// On a weak line, fall back to the cached page rather than waiting for ever.
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Hashed files may come from the HTTP cache (the page just fetched them); anything else is
    // revalidated so the cache holds this build's index.html, manifest and icons.
    await cache.addAll(FILES.map((file) =>
      new Request(new URL(file, self.registration.scope), { cache: HASHED.test(file) ? 'default' : 'no-cache' })));
  })());
  // No skipWaiting() here: the open page decides when to switch (the user presses reload).
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

// The page: fresh from the network when it answers, so a new build is seen; else this build's copy.
async function networkFirst(request) {
  try {
    const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    if (response.ok) return response;
    const cached = await caches.match(INDEX, { cacheName: CACHE });
    return cached ?? response;
  } catch (err) {
    const cached = await caches.match(INDEX, { cacheName: CACHE });
    if (cached) return cached;
    throw err;
  }
}

// Everything else belongs to a build: this build's copy, or the network for anything not in it.
async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  return cached ?? fetch(request);
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}
