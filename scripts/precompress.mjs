// Run by scripts/post-build.mjs, last: a brotli (quality 11) and a gzip (level 9) copy beside
// every file worth compressing, for hosts that serve precompressed files (nginx `brotli_static` /
// `gzip_static`, Caddy's `precompressed br gzip`). Brotli makes the page's wasm about a fifth
// smaller than gzip: about half a second less on slow 4G (e2e/bench/load.mjs measures both). A
// host that does not look for them serves the files as before, compressing them itself or not.
// The service worker does not precache them (sw-precache.mjs skips .br and .gz).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { stagingDir } from './staging.mjs';

const staging = stagingDir('precompress');
const WORTH = /\.(wasm|js|css|html|svg|webmanifest)$/;

let files = 0;
let plain = 0;
let brotli = 0;
for (const name of readdirSync(staging).filter((f) => WORTH.test(f))) {
  const path = join(staging, name);
  const body = readFileSync(path);
  if (body.length < 1024) continue;
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  files++;
  plain += body.length;
  brotli += br.length;
}
console.log(`precompress: ${files} files, ${(plain / 1000).toFixed(0)} kB → ${(brotli / 1000).toFixed(0)} kB as brotli (.br), with .gz beside`);
