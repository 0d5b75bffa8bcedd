// Run by scripts/post-build.mjs (trunk post_build), first: moves trunk's preload of the page's
// wasm and its glue from the end of <head> to the top, right after <base> (which their relative
// URLs need). On a slow link the wasm is nearly all of the first load's bytes: fetched from the
// first moment the head is parsed, it no longer waits for the scripts and stylesheets above it
// to be requested (about 0.3 s sooner on emulated slow 4G, e2e/bench/load.mjs). Plain Node.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stagingDir } from './staging.mjs';

const staging = stagingDir('fetch-early');
const file = join(staging, 'index.html');
let html = readFileSync(file, 'utf8');
// trunk writes these, minified or not, once per `data-type="main"` rust link.
const preloads = [...html.matchAll(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g)].map((m) => m[0]);
const wasm = preloads.filter((l) => /_bg\.wasm/.test(l));
const base = /<base\b[^>]*>/i.exec(html);
if (wasm.length !== 1 || preloads.length !== 2 || !base) {
  console.error(`fetch-early: expected one <base> and trunk's two preloads (wasm and glue), found ${preloads.length} preloads`);
  process.exit(1);
}
for (const link of preloads) html = html.replace(link, '');
// The wasm first: it is the longest download.
const ordered = [...wasm, ...preloads.filter((l) => !wasm.includes(l))];
html = html.replace(base[0], `${base[0]}${ordered.join('')}`);
writeFileSync(file, html);
console.log('fetch-early: the wasm and its glue are preloaded first');
