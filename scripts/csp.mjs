// Run by scripts/post-build.mjs (trunk post_build), before sw-precache: puts a Content-Security-Policy
// <meta> at the top of the built index.html. The page may load, run and connect to its own origin
// only, so even an injected script could not send a roster or a scenario anywhere else.
// trunk's loader is an inline module script, allowed by its SHA-256 hash (computed here from the
// built file, so the policy matches this build exactly); 'wasm-unsafe-eval' lets the page compile
// its WebAssembly, and nothing broader is granted. Plain Node, no packages.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stagingDir } from './staging.mjs';

const staging = stagingDir('csp');
const file = join(staging, 'index.html');
let html = readFileSync(file, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.error('csp: index.html already has a policy');
  process.exit(1);
}

// Every inline script (no src attribute), hashed over exactly the text the browser will hash.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`,
);

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
// Right after the charset, before any script or stylesheet the policy must govern.
const charset = /<meta charset="?utf-8"?\s*\/?>/i; // quoted, or as trunk's minifier writes it
if (!charset.test(html)) {
  console.error('csp: no <meta charset="utf-8"> to place the policy after');
  process.exit(1);
}
html = html.replace(charset, (m) => `${m}\n  ${meta}`);
writeFileSync(file, html);
console.log(`csp: policy written, ${hashes.length} inline script(s) allowed by hash`);
