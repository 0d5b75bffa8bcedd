// Run by scripts/post-build.mjs (trunk post_build), after bundle-css.mjs: the page's own classic
// scripts in the first load (boot-check.js, pages-loader.js) are copied by trunk as they are,
// comments and all; their whole-line `//` comments and blank lines are dropped from the built
// copies (about 1.1 kB gzipped of the first load). Only whole lines go: the files are ES5 we
// write, with no string or regular expression that starts a line with `//`. Plain Node.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stagingDir } from './staging.mjs';

const staging = stagingDir('trim-scripts');
let saved = 0;
for (const name of ['boot-check.js', 'pages-loader.js']) {
  const file = join(staging, name);
  const text = readFileSync(file, 'utf8');
  const trimmed = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*\/\//.test(line))
    .join('\n');
  saved += text.length - trimmed.length;
  writeFileSync(file, `${trimmed}\n`);
}
console.log(`trim-scripts: ${saved} characters of comments dropped from the first load's scripts`);
