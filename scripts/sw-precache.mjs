// Run by scripts/post-build.mjs (trunk post_build), after csp.mjs: writes sw.js into the staging directory from the
// template pwa/sw.js, filling in every file of this build and a build id hashed from their
// contents. trunk hashes asset names, so the list must come from the build output itself.
// Plain Node, no packages: nothing is downloaded. Also usable by hand:
//   TRUNK_STAGING_DIR=dist TRUNK_SOURCE_DIR=. node scripts/sw-precache.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stagingDir } from './staging.mjs';

const staging = stagingDir('sw-precache');
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const SW = 'sw.js';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const files = walk(staging)
  .map((path) => relative(staging, path).split(sep).join('/'))
  // Not the precompressed copies (precompress.mjs): the same files again, for web servers.
  .filter((file) => file !== SW && !file.startsWith('.') && !/\.(br|gz)$/.test(file))
  .sort();
if (!files.includes('index.html')) {
  console.error(`sw-precache: no index.html in ${staging}`);
  process.exit(1);
}

// The id changes whenever any byte of any file does, and only then.
const hash = createHash('sha256');
for (const file of files) {
  hash.update(file).update('\0').update(readFileSync(join(staging, file))).update('\0');
}
const buildId = hash.digest('hex').slice(0, 16);

const template = readFileSync(join(source, 'pwa', 'sw.js'), 'utf8');
if (!template.includes('__BUILD_ID__') || !template.includes('__PRECACHE_FILES__')) {
  console.error('sw-precache: pwa/sw.js lacks a placeholder');
  process.exit(1);
}
const worker = template
  .replace("'__BUILD_ID__'", JSON.stringify(buildId))
  .replace('__PRECACHE_FILES__', JSON.stringify(files, null, 2));
writeFileSync(join(staging, SW), worker);
console.log(`sw-precache: ${SW} build ${buildId}, ${files.length} files precached`);
