// The first screen end to end: against the built dist/, in real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, watch, ready, field, canvasPixels, tableText } from '../lib/harness.mjs';

let server;
let context;
before(async () => {
  server = await serve();
  context = await launch({ deviceScaleFactor: 2 });
});
after(async () => {
  await context?.close();
  await server?.close();
});

test('changing the rent changes both the chart and the table, with no error and nothing off-origin', async () => {
  const page = await context.newPage();
  const problems = watch(page, new URL(server.url).origin);
  await page.goto(server.url);
  await ready(page);

  const rent = field(page, 'interventions.land_transfer.rent_yuan_per_mu');
  assert.equal(await rent.inputValue(), '700');
  const chartBefore = await canvasPixels(page, 'per-capita');
  const tableBefore = await tableText(page);

  await rent.fill('1000');
  await page.waitForFunction((t) => document.querySelector('[data-table=summary] tbody').textContent !== t, tableBefore);
  const chartAfter = await canvasPixels(page, 'per-capita');
  const tableAfter = await tableText(page);

  assert.notEqual(tableAfter, tableBefore, 'table changed');
  assert.notEqual(chartAfter, chartBefore, 'chart changed');
  assert.deepEqual(problems.offOrigin, [], 'no request to another origin');
  assert.deepEqual(problems.consoleErrors, [], 'no console error');
  await page.close();
});

test('the chart is drawn at device resolution (HiDPI)', async () => {
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  const size = await page.evaluate(() => {
    const c = document.querySelector('canvas[data-chart="per-capita"]');
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height, dpr: devicePixelRatio };
  });
  assert.equal(size.dpr, 2);
  assert.equal(size.w, Math.round(size.cssW * 2));
  assert.equal(size.h, Math.round(size.cssH * 2));
  await page.close();
});

test('opens in Chinese and switches to English', async () => {
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  assert.match(await page.locator('.app-header h1').innerText(), /乡村增收测算/);
  await page.locator('.lang-switch').click();
  assert.match(await page.locator('.app-header h1').innerText(), /Village Income Planner/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // Remembered across a reload.
  await page.reload();
  await ready(page);
  assert.match(await page.locator('.app-header h1').innerText(), /Village Income Planner/);
  await page.locator('.lang-switch').click();
  await page.close();
});
