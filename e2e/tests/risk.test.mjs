// Risk (issue 10) in the browser: the worker is not part of the first load; opening the risk panel
// loads it and shows the fan chart, the yearly risk table and the tornado; an edit during a run
// replaces it and the result follows the edit; the same scenario and seed give the same figures in
// another browser profile; the page keeps drawing frames while a run goes; figures explain
// themselves.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, ready, field, addPreset, sharedServer, openDetails, watch } from '../lib/harness.mjs';

const shared = sharedServer({ before, after, afterEach });

const riskTable = (page) => page.locator('[data-table=risk] tbody').textContent();

/** Opens a closed form section and sets a field in it. */
async function setInSection(page, section, id, value) {
  await openDetails(page, `#${section} details`);
  await field(page, id).fill(value);
  await field(page, id).blur();
}

async function openRisk(page) {
  await openDetails(page, '#risk details');
}

/** Waits until the panel shows a finished run (not one edit behind). */
async function riskDone(page, timeout = 30_000) {
  await page.waitForSelector('#risk [data-risk=done]', { timeout });
  await page.waitForSelector('#risk .risk-results:not(.stale)', { timeout });
}

test('the risk worker loads only when the panel opens, then shows the fan, the yearly risk and the tornado', async () => {
  const context = shared.track(await launch());
  const requests = [];
  // The page's own requests and its workers', not the service worker's precaching.
  context.on('request', (r) => {
    if (!r.serviceWorker()) requests.push(new URL(r.url()).pathname);
  });
  const page = await context.newPage();
  await page.goto(shared.url);
  await ready(page);
  await addPreset(page, 'hejing_herder');
  await page.waitForTimeout(500);
  assert.deepEqual(requests.filter((p) => p.includes('risk-worker')), [], 'no worker code in the first load');

  await openRisk(page);
  await riskDone(page);
  const fetched = requests.filter((p) => p.includes('risk-worker'));
  assert.ok(fetched.some((p) => p.endsWith('risk-worker_bg.wasm')), `worker wasm fetched on opening: ${fetched}`);

  const years = await page.locator('[data-table=summary] tbody tr').count();
  assert.equal(await page.locator('[data-table=risk] tbody tr').count(), years, 'one risk row per projected year');
  const text = await riskTable(page);
  assert.match(text, /\d+(\.\d)? % ± \d+(\.\d)?/, 'probabilities with standard errors');
  const fan = await page.locator('canvas[data-chart=fan]');
  await page.waitForFunction(() => Number(document.querySelector('canvas[data-chart=fan]').dataset.draws) > 0);
  assert.ok((await fan.boundingBox()).height > 100, 'the fan chart has room');
  for (const key of ['ever-below', 'back-below', 'relief-total']) {
    assert.ok((await page.locator(`[data-risk-headline=${key}] .headline-value`).textContent()).length > 0, key);
  }
  // The tornado follows the Monte Carlo.
  await page.waitForSelector('[data-table=tornado] tbody tr');
  const bars = await page.locator('[data-table=tornado] tbody tr').count();
  assert.ok(bars >= 3 && bars <= 10, `top inputs listed (${bars})`);
  await page.waitForFunction(() => Number(document.querySelector('canvas[data-chart=tornado]')?.dataset.draws) > 0);

  // Every risk figure explains itself: draws, seed, estimator.
  await page.locator('[data-table=risk] tbody tr').nth(2).locator('td').nth(3).click();
  const explain = page.locator('.explain');
  await explain.waitFor();
  assert.match(await explain.textContent(), /模拟次数/);
  assert.match(await explain.textContent(), /标准误/);
  await page.keyboard.press('Escape');

  // From the keyboard: a focused figure or tornado bar explains itself on Enter.
  await page.locator('[data-table=risk] tbody tr').nth(1).locator('td').nth(0).focus();
  await page.keyboard.press('Enter');
  await explain.waitFor();
  assert.match(await explain.textContent(), /人均纯收入分布/);
  await page.keyboard.press('Escape');
  const bar = page.locator('[data-table=tornado] tbody tr').first();
  const input = (await bar.locator('th').textContent()).trim();
  await bar.focus();
  await page.keyboard.press('Enter');
  await explain.waitFor();
  assert.ok((await explain.textContent()).includes(input), `the bar's explanation names ${input}`);
  await page.keyboard.press('Escape');

  // The finished analysis goes into the CSV (draws and seed in every row) and the printed report.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action=export-csv]').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  const header = csv[0].split(',');
  const draws = header.indexOf('风险：模拟次数');
  assert.ok(draws > 0, `risk columns in the CSV header: ${csv[0].slice(-200)}`);
  assert.equal(csv[1].split(',')[draws], '10000');
  assert.equal(csv[1].split(',')[draws + 1], '20261129', 'the seed travels with the figures');
  const p50 = header.indexOf('风险：人均纯收入中位数（元/人）');
  assert.ok(Number(csv[2].split(',')[p50]) > 0, 'a median in the second year');
  await page.emulateMedia({ media: 'print' });
  // The report is built when printing starts (a real print's beforeprint comes before its layout).
  await page.waitForSelector('.print-report > *', { state: 'attached' });
  assert.match(await page.locator('.print-report').textContent(), /风险冲击 · 10000 次模拟，随机种子 20261129/);
  await page.emulateMedia({ media: 'screen' });
});

test('an edit during a run replaces it; the result equals a fresh run of the edited scenario in another profile', async () => {
  const run = async (editDuringRun) => {
    const context = shared.track(await launch());
    const page = await context.newPage();
    await page.goto(shared.url);
    await ready(page);
    await addPreset(page, 'hejing_herder');
    // Enough draws that the run is still going when the edit comes.
    await setInSection(page, 'section-risk', 'risk.draws', '100000');
    if (!editDuringRun) await field(page, 'household.members_persons').fill('5');
    await openRisk(page);
    let sawRunning = false;
    if (editDuringRun) {
      await page.waitForSelector('#risk [data-risk=running]');
      sawRunning = true;
      await field(page, 'household.members_persons').fill('5');
    }
    await riskDone(page, 60_000);
    return { table: await riskTable(page), sawRunning };
  };
  const edited = await run(true);
  assert.ok(edited.sawRunning, 'the edit came while the first run was going');
  const fresh = await run(false);
  assert.equal(edited.table, fresh.table, 'the same scenario and seed give the same figures');
});

test('when the risk worker cannot load, the panel says so, and the next edit tries again', async () => {
  // Service workers blocked: a worker's fetches would bypass the page's routes.
  const context = shared.track(await launch({ serviceWorkers: 'block' }));
  await context.route(/risk-worker/, (route) => route.abort());
  const page = await context.newPage();
  const problems = watch(page, new URL(shared.url).origin);
  await page.goto(shared.url);
  await ready(page);
  await addPreset(page, 'hejing_herder');
  await openRisk(page);
  // Not a run that never ends: the failure, in words.
  const failed = page.locator('#risk .risk-status.error');
  await failed.waitFor({ timeout: 20_000 });
  assert.equal(await failed.textContent(), '风险计算未能完成： 计算组件未能加载，请联网后再改一个数值重试。');
  // The failed fetches are the test's own doing; nothing else went wrong.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/risk-worker|Failed to load resource/.test(e)), []);

  // Online again: an edit starts a new worker, and the run finishes.
  await context.unroute(/risk-worker/);
  await field(page, 'household.members_persons').fill('5');
  await riskDone(page, 60_000);
  assert.equal(await failed.count(), 0, 'the failure is gone');
  assert.match(await riskTable(page), /\d/);
  // The failed fetches are the test's own doing; nothing else went wrong.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/risk-worker|Failed to load resource/.test(e)), []);
});

test('the page keeps drawing frames while the worker runs 100,000 draws', async () => {
  const context = shared.track(await launch());
  const page = await context.newPage();
  await page.goto(shared.url);
  await ready(page);
  await addPreset(page, 'hejing_herder');
  await setInSection(page, 'section-risk', 'risk.draws', '100000');
  // Gaps between frames while the run goes (both frames seeing it running); the frame that
  // draws the finished result is not part of the run.
  await page.evaluate(() => {
    window.frameGaps = [];
    let last = null;
    const tick = (t) => {
      const running = document.querySelector('#risk [data-risk=running]') !== null;
      if (running && last !== null) window.frameGaps.push(t - last);
      last = running ? t : null;
      if (!document.querySelector('#risk [data-risk=done]')) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await openRisk(page);
  await riskDone(page, 60_000);
  const gaps = await page.evaluate(() => window.frameGaps);
  const worst = Math.max(...gaps);
  console.log(`frames during the run: ${gaps.length}, longest gap ${worst.toFixed(1)} ms`);
  assert.ok(gaps.length > 10, 'frames kept coming');
  // One frame is 16.7 ms (idle: 16.8–33 ms measured); a busy 2-core machine shares its cores with
  // the worker (350 ms was seen at load average 9.4), so this fails only on a freeze;
  // e2e/bench/risk.mjs prints the figure against the one-frame goal.
  assert.ok(worst < 600, `the main thread never froze (longest gap ${worst.toFixed(1)} ms)`);
});
