// trunk's one post_build hook (Trunk.toml). trunk runs a stage's hooks at the same time, and the
// service worker's build id must hash the final index.html, so the steps run here in order:
// first the preloads moved up (fetch-early.mjs), then the Content-Security-Policy (csp.mjs),
// then the precache list (sw-precache.mjs).
await import('./fetch-early.mjs');
await import('./csp.mjs');
await import('./sw-precache.mjs');
