// Risk benchmark (issue 10): the Monte Carlo of the richest preset (the Hejing herder, 20 years,
// 10,000 draws) and its tornado, timed inside the risk worker in headless Chromium (the worker
// reports its own time from request to result), median of RUNS with different seeds; and the
// longest gap between the page's frames while a 100,000-draw run goes. Prints the figures against the goals
// (200 ms for the Monte Carlo, 100 ms for the tornado, no dropped frame for the page); exits 1
// only past three times a goal (a frame gap only past 400 ms, a freeze), so a regression fails the test command
// and a busy 2-core machine's noise does not.
import { launch, serve, ready, field, addPreset, watch, openDetails } from '../lib/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_MC_MS = 200;
const GOAL_TORNADO_MS = 100;
// No frame dropped: consecutive frames 16.7 ms apart, give or take the timer's jitter (a gap of
// 1.5 frames would mean one was missed).
const GOAL_FRAME_MS = 1.5 * (1000 / 60);
const FRAME_GATE_MS = 400;

const server = await serve();
const context = await launch();
const page = await context.newPage();
const problems = watch(page, server.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let failed = false;
try {
  await page.goto(server.url);
  await ready(page);
  await addPreset(page, 'hejing_herder');
  const set = async (section, id, value) => {
    await openDetails(page, `#${section} details`);
    await field(page, id).fill(value);
    await field(page, id).blur();
  };
  await set('section-projection', 'horizon.years', '20');
  await set('section-risk', 'risk.draws', '10000');
  await openDetails(page, '#risk details');
  const mc = [];
  const tornado = [];
  for (let i = 0; i < RUNS; i++) {
    if (i > 0) await set('section-risk', 'risk.seed', String(20261129 + i));
    await page.waitForSelector('#risk [data-risk=done][data-risk-ms]', { timeout: 60_000 });
    await page.waitForSelector('#risk .risk-results:not(.stale)');
    await page.waitForSelector('#risk [data-tornado-ms]');
    const rows = await page.locator('[data-table=risk] tbody tr').count();
    if (rows !== 20) throw new Error(`expected 20 years, found ${rows}`);
    mc.push(Number(await page.getAttribute('#risk [data-risk=done]', 'data-risk-ms')));
    tornado.push(Number(await page.getAttribute('#risk [data-tornado-ms]', 'data-tornado-ms')));
    // The next run must not be mistaken for this one.
    await page.evaluate(() => {
      document.querySelector('#risk [data-risk=done]')?.removeAttribute('data-risk-ms');
      document.querySelector('#risk [data-tornado-ms]')?.removeAttribute('data-tornado-ms');
    });
  }
  // The tornado of the chance below the line (Monte Carlo with common draws for every moved
  // input), the costliest metric.
  const pBelow = [];
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => document.querySelector('#risk [data-tornado-ms]')?.removeAttribute('data-tornado-ms'));
    if (i === 0) await page.selectOption('[data-control=tornado-metric]', 'p-below');
    else await page.selectOption('[data-control=tornado-year]', { index: 3 + i });
    await page.waitForSelector('#risk [data-tornado-ms]', { timeout: 60_000 });
    pBelow.push(Number(await page.getAttribute('#risk [data-tornado-ms]', 'data-tornado-ms')));
  }
  // The page while a longer run goes (100,000 draws), with nothing else happening: the edit that
  // starts it has rendered before the probe begins, and the frame that draws the finished
  // result is not part of the run.
  await set('section-risk', 'risk.draws', '100000');
  await page.waitForSelector('#risk [data-risk=running]');
  await page.waitForTimeout(150);
  const gaps = await page.evaluate(() => new Promise((resolve) => {
    const gaps = [];
    let last = null;
    const tick = (t) => {
      const running = document.querySelector('#risk [data-risk=running]') !== null;
      if (running && last !== null) gaps.push(t - last);
      last = running ? t : null;
      if (running) requestAnimationFrame(tick);
      else resolve(gaps);
    };
    requestAnimationFrame(tick);
  }));
  const worstGap = gaps.length ? Math.max(...gaps) : 0;
  if (gaps.length < 10) throw new Error(`the long run gave only ${gaps.length} frames to measure`);
  const rows = [
    [`Monte Carlo, 10,000 draws × 20 years in the worker (median of ${RUNS})`, median(mc), GOAL_MC_MS],
    [`tornado of per-capita income, all fields (median of ${RUNS})`, median(tornado), GOAL_TORNADO_MS],
    ['tornado of the chance below the line, all fields (median of 3)', median(pBelow), GOAL_TORNADO_MS],
    // A stalled frame is noise-prone on a loaded 2-core machine (the worker takes one core):
    // idle it measured 16.8 ms, with the load average at 7.5 233 ms. Fail only past a stall a
    // planner would feel as a freeze.
    [`longest gap between page frames during a 100,000-draw run (${gaps.length} gaps)`, worstGap, GOAL_FRAME_MS, FRAME_GATE_MS],
  ];
  for (const [what, ms, goal, gate = 3 * goal] of rows) {
    const verdict = ms <= goal ? 'goal met' : ms <= gate ? 'goal NOT met' : `FAIL: over the gate (${gate.toFixed(0)} ms)`;
    if (ms > gate) failed = true;
    console.log(`  ${what.padEnd(72)} ${ms.toFixed(1).padStart(8)} ms  goal ${goal.toFixed(1)} ms: ${verdict}`);
  }
  console.log(`  (Monte Carlo runs: ${mc.map((x) => x.toFixed(0)).join(', ')} ms; tornado: ${tornado.map((x) => x.toFixed(0)).join(', ')} ms; `
    + `chance-below tornado: ${pBelow.map((x) => x.toFixed(0)).join(', ')} ms)`);
  console.log(`BENCH risk_mc_ms=${median(mc).toFixed(1)} risk_tornado_ms=${median(tornado).toFixed(1)} `
    + `risk_tornado_p_below_ms=${median(pBelow).toFixed(1)} risk_worst_frame_gap_ms=${worstGap.toFixed(1)}`);
} catch (e) {
  // Say where it stopped: the panel's status and whatever the page or the worker logged.
  const status = await page.evaluate(() => {
    const s = document.querySelector('#risk .risk-status');
    return s ? `${s.outerHTML.slice(0, 300)}; results ${document.querySelector('#risk .risk-results')?.className ?? 'absent'}` : 'no status in the risk panel';
  }).catch((err) => `page unreadable: ${err.message}`);
  console.error(`risk benchmark stopped: ${e.message.split('\n')[0]}\n  risk panel: ${status}\n  console errors: ${problems.consoleErrors.join(' | ') || 'none'}`);
  throw e;
} finally {
  await context.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
