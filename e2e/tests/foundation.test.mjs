// The first screen end to end: against the built dist/, in real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, watch, ready, field, canvasPixels, tableText, tablesCurrent, openDetails } from '../lib/harness.mjs';

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
  // Drawn once each at start-up: the charts in view measure their box rather than wait a frame
  // for the ResizeObserver, whose report of the same size then draws nothing again; those below
  // the fold are drawn once typing has paused (300 ms after the start).
  await page.waitForTimeout(800);
  const draws = await page.evaluate(() => [...document.querySelectorAll('canvas[data-chart]')]
    .map((c) => `${c.dataset.chart} ${c.dataset.draws ?? 0}`));
  assert.ok(draws.length >= 4, `charts: ${draws.join(', ')}`);
  assert.deepEqual(draws.filter((d) => !d.endsWith(' 1')), [], 'every chart drawn once at start-up');
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

/** A new page, ready, with the rent field focused and `window.typeRent()` typing one more edit
 *  into it (a different rent each time), as the two tests below need. */
async function readyToType() {
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await field(page, 'interventions.land_transfer.rent_yuan_per_mu').focus();
  await page.evaluate(() => {
    const input = document.querySelector('input[data-field="interventions.land_transfer.rent_yuan_per_mu"]');
    // Never the rent the page opened with (an earlier test's autosave may have left any).
    const rents = [750, 800, 850, 900, 950, 1000, 1050].map(String).filter((r) => r !== input.value);
    window.typed = 0;
    window.typeRent = () => {
      input.value = rents[++window.typed % rents.length];
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: '0', inputType: 'insertText' }));
    };
  });
  return page;
}

test('a chart below the fold waits while the planner types, and draws as soon as it is scrolled to', async () => {
  const page = await readyToType();
  const result = await page.evaluate(async () => {
    const below = [...document.querySelectorAll('canvas[data-chart]')]
      .find((c) => c.getBoundingClientRect().top > innerHeight + 100);
    const draws = () => Number(below.dataset.draws ?? 0);
    // Typing an edit every 40 ms: the idle redraw (300 ms after the last edit) never comes due.
    const type = window.typeRent;
    const typeFor = async (ms) => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        type();
        await new Promise((r) => setTimeout(r, 40));
      }
    };
    await typeFor(200);
    const atStart = draws();
    await typeFor(600);
    const whileBelow = draws() - atStart;
    // One more edit, then straight to the chart: drawn when it comes into view, not by the idle
    // redraw 300 ms after the edit.
    const before = draws();
    type();
    below.scrollIntoView({ block: 'center' });
    const t0 = performance.now();
    while (draws() === before && performance.now() - t0 < 2000) await new Promise((r) => requestAnimationFrame(r));
    return { chart: below.dataset.chart, whileBelow, drawnAfterMs: performance.now() - t0, edits: window.typed };
  });
  assert.equal(result.whileBelow, 0, `${result.chart} chart redrawn while out of view`);
  assert.ok(result.drawnAfterMs < 250, `${result.chart} chart drawn ${Math.round(result.drawnAfterMs)} ms after scrolling to it (the idle redraw comes at 300 ms)`);
  await page.close();
});

test('the yearly tables out of view wait while the planner types, marked stale, and catch up on a pause or when scrolled to', async () => {
  const page = await readyToType();
  const result = await page.evaluate(async () => {
    const tables = document.querySelector('.tables');
    const body = () => document.querySelector('[data-table=summary] tbody').textContent;
    const below = tables.getBoundingClientRect().top > innerHeight + 40;
    const before = body();
    const type = window.typeRent;
    // Typing an edit every 40 ms: the tables keep their figures, marked stale.
    let unmarked = 0;
    let changedWhileTyping = 0;
    const end = performance.now() + 600;
    while (performance.now() < end) {
      type();
      await new Promise((r) => setTimeout(r, 40));
      if (!tables.hasAttribute('data-stale')) unmarked++;
      if (body() !== before) changedWhileTyping++;
    }
    const paused = performance.now();
    while (tables.hasAttribute('data-stale') && performance.now() - paused < 3000) await new Promise((r) => setTimeout(r, 10));
    const caughtUpMs = performance.now() - paused;
    const afterPause = body();
    // One more edit, then straight to the tables: brought up to date as they come into view.
    type();
    await new Promise((r) => setTimeout(r, 0));
    const marked = tables.hasAttribute('data-stale');
    tables.scrollIntoView({ block: 'start' });
    const scrolled = performance.now();
    while (tables.hasAttribute('data-stale') && performance.now() - scrolled < 3000) await new Promise((r) => requestAnimationFrame(r));
    return { below, unmarked, changedWhileTyping, caughtUpMs, changedAfterPause: afterPause !== before, marked,
      inViewMs: performance.now() - scrolled, changedInView: body() !== afterPause, edits: window.typed };
  });
  assert.ok(result.below, 'the tables start below the fold');
  assert.equal(result.changedWhileTyping, 0, 'no table cell rebuilt while typing out of view');
  assert.equal(result.unmarked, 0, 'marked stale while behind');
  assert.ok(result.changedAfterPause && result.caughtUpMs >= 250 && result.caughtUpMs < 2000,
    `caught up ${Math.round(result.caughtUpMs)} ms after typing paused (the pause is 300 ms)`);
  assert.ok(result.marked, 'marked stale after the last edit');
  assert.ok(result.changedInView && result.inViewMs < 250,
    `caught up ${Math.round(result.inViewMs)} ms after being scrolled to`);
  await page.close();
});

test('a yearly table out of view holds the place of its real height for any horizon, so nothing below it jumps when it is shown', async () => {
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  for (const years of ['5', '20', '10']) {
    await openDetails(page, '#section-projection details');
    await field(page, 'horizon.years').fill(years);
    await field(page, 'horizon.years').blur();
    await tablesCurrent(page);
    const tables = await page.evaluate(async () => {
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      scrollTo(0, 0);
      await frames();
      const wraps = [...document.querySelectorAll('.tables .table-wrap')];
      const skipped = wraps.map((w) => !w.firstElementChild.checkVisibility({ contentVisibilityAuto: true }));
      const held = wraps.map((w) => w.getBoundingClientRect().height);
      for (const w of wraps) w.style.contentVisibility = 'visible';
      await frames();
      const shown = wraps.map((w) => w.getBoundingClientRect().height);
      for (const w of wraps) w.style.contentVisibility = '';
      return wraps.map((w, i) => ({ table: w.querySelector('table').dataset.table, skipped: skipped[i], held: held[i], shown: shown[i] }));
    });
    const skipped = tables.filter((t) => t.skipped);
    assert.ok(skipped.length >= 1, `${years} years: no table out of view to check`);
    for (const t of skipped) {
      assert.ok(Math.abs(t.held - t.shown) <= 2,
        `${years} years, ${t.table} table: ${t.held.toFixed(1)} px out of view, ${t.shown.toFixed(1)} px shown`);
    }
  }
  await page.close();
});
