// trunk's one post_build hook (Trunk.toml). trunk runs a stage's hooks at the same time, and the
// service worker's build id must hash the final index.html, so the steps run here in order:
// the preloads moved up (fetch-early.mjs), the stylesheets joined (bundle-css.mjs), comments
// dropped from the first load's scripts (trim-scripts.mjs), then the Content-Security-Policy
// (csp.mjs), the precache list (sw-precache.mjs) and the precompressed copies (precompress.mjs).
await import('./fetch-early.mjs');
await import('./bundle-css.mjs');
await import('./trim-scripts.mjs');
await import('./csp.mjs');
await import('./sw-precache.mjs');
await import('./precompress.mjs');
