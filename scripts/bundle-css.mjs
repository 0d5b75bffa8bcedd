// Run by scripts/post-build.mjs (trunk post_build), after fetch-early.mjs: joins the page's
// stylesheets (styles/*.css, one trunk `rel="css"` link each, kept apart in the source by what
// they style) into one file, in their order in <head>. One request instead of seven, and one
// gzip stream: about 2 kB less in the first load, and on a slow link six fewer requests queued
// beside the wasm. The county page's and the training panel's stylesheets are loaded by their
// own loaders and are not touched. Plain Node.
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stagingDir } from './staging.mjs';

const staging = stagingDir('bundle-css');
const file = join(staging, 'index.html');
let html = readFileSync(file, 'utf8');
const attr = (tag, name) => new RegExp(`\\b${name}=(?:"([^"]*)"|([^\\s>"]+))`).exec(tag)?.slice(1).find((v) => v !== undefined);
const links = [...html.matchAll(/<link\b[^>]*>/g)]
  .map((m) => m[0])
  .filter((tag) => attr(tag, 'rel') === 'stylesheet' && /\.css$/.test(attr(tag, 'href') ?? ''));
if (links.length < 2 || links.some((tag) => attr(tag, 'media'))) {
  console.error(`bundle-css: expected the page's stylesheets (no media attribute), found ${links.length}`);
  process.exit(1);
}
const names = links.map((tag) => attr(tag, 'href').replace(/^\.\//, ''));
const css = names.map((name) => readFileSync(join(staging, name), 'utf8').trim()).join('\n');
const hash = createHash('sha256').update(css).digest('hex').slice(0, 16);
const bundle = `styles-${hash}.css`;
writeFileSync(join(staging, bundle), css);
for (const name of names) unlinkSync(join(staging, name));
const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
html = html.replace(links[0], `<link rel="stylesheet" href="./${bundle}" integrity="${integrity}">`);
for (const tag of links.slice(1)) html = html.replace(tag, '');
writeFileSync(file, html);
console.log(`bundle-css: ${names.length} stylesheets joined into ${bundle}`);
