// Writes docs/screenshot-zh.png and docs/screenshot-en.png from the built dist/.
// Usage: node e2e/screenshots.mjs  (after `trunk build --release`)
import { join } from 'node:path';
import { launch, serve, ready, ROOT, addPreset } from './lib/harness.mjs';

const server = await serve();
const context = await launch({ viewport: { width: 1366, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await ready(page);
// The combined preset shows every chart, the herd among them.
await addPreset(page, 'hejing_herder');
await page.waitForTimeout(300);
await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-zh.png') });
await page.locator('.lang-switch').click();
await page.waitForTimeout(300);
await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-en.png') });
await context.close();
await server.close();
console.log('wrote docs/screenshot-zh.png and docs/screenshot-en.png');
