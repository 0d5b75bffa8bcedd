// Renders the PNG icons of the web app manifest from the SVGs in assets/, with headless
// Chromium. Run once when an icon changes and commit the PNGs; builds never run this. The
// committed PNGs were then shrunk to palette images (apt: pngquant, optipng), about 4× smaller:
//   pngquant --quality=70-95 --speed 1 --strip; optipng -o7
//   node scripts/make-icons.mjs      (from the repository root, after scripts/setup.sh)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(ROOT, 'e2e', 'package.json'))('playwright-core');
const ICONS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [svg, png, size] of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const markup = readFileSync(join(ROOT, 'assets', svg), 'utf8');
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
  await page.screenshot({ path: join(ROOT, 'assets', png), omitBackground: true });
  await page.close();
  console.log(`assets/${png} (${size}×${size}) from assets/${svg}`);
}
await browser.close();
