// Keystroke-to-redraw benchmark: with the richest preset (the Hejing herder: its own flock, cows
// and hens) and every other module switched on too, in headless
// Chromium, type different values into a field and time, for each, the whole update —
// parse, validate, project, re-render the form (and the tables when in view), redraw the charts on
// screen — from the input event until every chart in view has drawn again. Charts and tables below
// the fold catch up when typing pauses (or when scrolled to; the tables are marked `data-stale`
// meanwhile): the benchmark checks they did, after the last edit. Prints median and p95 against the goal of one 60 Hz frame
// (16 ms, issue 13) in two conditions:
//   - as the test machine runs it: no CPU slowdown, devicePixelRatio 1, 100 edits. Exits 1 only
//     when the p95 exceeds six frames (96 ms), so a regression fails the test command while a
//     busy 2-core machine's noise does not (four frames, 64 ms, was crossed at 66 and 72 ms while
//     other builds ran);
//   - as a county office's old PC or a mid-range phone meets it: Chromium's CPU slowdown 4×
//     (CDP Emulation.setCPUThrottlingRate, from the first timed edit on) and devicePixelRatio 2
//     (every canvas has four times the pixels), 40 edits. Exits 1 when the p95 exceeds
//     KEYSTROKE_SLOW_P95_GATE_MS in README.md, a generous multiple of the measured figure.
// Figures on this machine (2 cores), 2026-11-29:
//   no slowdown, DPR 1: idle p95 21.8–22.0 ms; with both cores busy with two other processes,
//     p95 43.8 ms; with other sessions' rustc builds, p95 45–66 ms at load average 1.8 and 72 ms at
//     4.6 (past the gate: it holds while other work takes no more than the two cores);
//   4× slowdown, DPR 2 (the machine busy with other sessions' builds throughout): median 190 ms,
//     p95 296 ms at load average 1.8–2.2; median 235 ms, p95 702 ms at load 5.0; p95 198–412 ms
//     in three runs at load 9–10. The gate was then 1,000 ms, about 3.4× the first. Goal of 16 ms
//     not met.
//   later that day, with only on-screen charts redrawn per edit and the print report built only
//   while printing: 4× and DPR 2, median / p95 73 / 102, 69 / 91, 88 / 146 and 110 / 149 ms in four
//   full runs (load 3.5–4.4); plain 10–17 / 18–22 ms. Then, with charts told they are in view by
//   an IntersectionObserver (no layout forced mid-edit) and autosave written compact: 90 / 162
//   and 82 / 123 ms (load 4.5–5.6), plain 13–16 / 21 ms — within the same spread. With the
//   yearly tables left alone while out of view (marked data-stale, checked here): 56 / 84 ms in
//   the full test command (load 3.6), 45 / 75 and 70 / 98 by hand; plain 8.6 / 12.5 ms.
//   2026-11-29, later: charts drawn in a microtask the render queues (yew runs effects only after
//   yielding, which at 4× let a frame in first), dashed lines as one path, a form section rebuilt
//   only when what it shows changed, autosave once typing pauses: 62 / 105 ms by hand (load 3.5);
//   the finer figures: last chart drawn 24.5 / 38.2 ms, the frame showing it painted 103 / 149 ms
//   (the browser's own layout, paint and commit of the page take 40–60 ms of that at 4×);
//   plain 5.5 / 10.7 ms, drawn 4.4 / 6.2 ms.
//   2026-11-30: charts draw their own axes, the app's callbacks are made once, fields and
//   headline figures paint as layers of their own: on a quiet machine 35 / 42–47 ms, last chart
//   drawn median 11.6–11.9 ms, p95 13.8–24.1 (five runs), painted p95 81–111 ms. The gate is now
//   400 ms (README.md).
// Usage: node e2e/bench/keystroke.mjs   (BENCH_CONDITIONS=plain, =many or =slow runs only those)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { ROOT, launch, serve, ready, field, richestScenario } from '../lib/harness.mjs';

const FRAME_MS = 16;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const budget = (name) => {
  const m = readme.match(new RegExp(`${name}=(\\d+)`));
  if (!m) throw new Error(`README.md records no ${name}`);
  return Number(m[1]);
};

const CONDITIONS = [
  { key: 'plain', name: 'no CPU slowdown, DPR 1', slowdown: 1, dpr: 1, edits: 100, gate: 6 * FRAME_MS,
    why: 'six frames' },
  // A planner's workspace holds up to 200 scenarios (MAX_SCENARIOS): a keystroke's cost must not
  // grow with them (an edit copied, compared and stored every scenario before 2026-11-29).
  { key: 'many', name: 'no CPU slowdown, DPR 1, 200 scenarios in the workspace', slowdown: 1, dpr: 1, edits: 100,
    gate: 6 * FRAME_MS, why: 'six frames', scenarios: 200 },
  { key: 'slow', name: '4× CPU slowdown, DPR 2', slowdown: 4, dpr: 2, edits: 40,
    gate: budget('KEYSTROKE_SLOW_P95_GATE_MS'), why: 'KEYSTROKE_SLOW_P95_GATE_MS in README.md' },
].filter((c) => !process.env.BENCH_CONDITIONS || process.env.BENCH_CONDITIONS.split(',').includes(c.key));

/** Sets up the richest scenario in a fresh browser at `dpr`, then times `edits` edits at `slowdown`. */
async function measure(server, { slowdown, dpr, edits, scenarios }) {
  const context = await launch({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: dpr });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await richestScenario(page);
    if (scenarios) {
      // Copies of the stored scenarios up to `scenarios`, the richest still active, then reload.
      await page.waitForFunction(() => localStorage.getItem('village-income-planner.workspace')?.includes('"hejing_herder"'));
      await page.waitForTimeout(600);
      await page.evaluate((n) => {
        const key = 'village-income-planner.workspace';
        const stored = JSON.parse(localStorage.getItem(key));
        const w = stored.data;
        const originals = w.entries.slice();
        for (let i = 0; w.entries.length < n; i++) {
          const copy = structuredClone(originals[i % originals.length]);
          copy.id = w.next_id++;
          copy.scenario.name = `${copy.scenario.name} ${copy.id}`;
          w.entries.push(copy);
        }
        localStorage.setItem(key, JSON.stringify(stored));
      }, scenarios);
      await page.reload();
      await ready(page);
      const tabs = await page.locator('.scenario-tab').count();
      if (tabs !== scenarios) throw new Error(`the workspace opened with ${tabs} scenarios, not ${scenarios}`);
      await page.waitForSelector('input[data-field="interventions.land_transfer.rent_yuan_per_mu"]', { state: 'attached' });
    }
    await field(page, 'interventions.land_transfer.rent_yuan_per_mu').focus();
    // The set-up runs at full speed; only the timed edits are slowed down.
    if (slowdown !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    }
    await page.waitForTimeout(300);
    const dprSeen = await page.evaluate(() => window.devicePixelRatio);
    if (dprSeen !== dpr) throw new Error(`devicePixelRatio is ${dprSeen}, not ${dpr}`);

    return await page.evaluate(async ({ edits, limit }) => {
      const input = document.querySelector('input[data-field="interventions.land_transfer.rent_yuan_per_mu"]');
      const table = document.querySelector('[data-table=summary] tbody');
      const tables = document.querySelector('.tables');
      const textAtStart = table.textContent;
      const all = [...document.querySelectorAll('canvas[data-chart]')];
      // Charts on screen are redrawn within the edit; those below the fold when typing pauses
      // (or when scrolled to), which is checked after the last edit.
      const onScreen = (c) => {
        const r = c.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      };
      const canvases = all.filter(onScreen);
      const offScreen = all.filter((c) => !onScreen(c));
      const perCapita = document.querySelector('canvas[data-chart="per-capita"]');
      const draws = () => canvases.map((c) => Number(c.dataset.draws ?? 0));
      const tick = () => new Promise((r) => setTimeout(r, 0));
      const times = [];
      // Two finer figures per edit: when the last chart in view finished drawing (seen by a
      // MutationObserver on its draw count, a microtask after the draw — the loop below only
      // notices at its next task, after any frame the browser paints first), and when the frame
      // that shows it has been painted (a task after the next animation frame's paint).
      const drawnTimes = [];
      const paintedTimes = [];
      let changedTables = 0;
      let changedCharts = 0;
      let unfinished = 0;
      for (let i = 0; i < edits; i++) {
        const before = table.textContent;
        const drawsBefore = draws();
        const pixels = perCapita.getContext('2d').getImageData(0, 0, perCapita.width, perCapita.height).data;
        let drawnAt = 0;
        const observer = new MutationObserver(() => {
          if (!drawnAt && draws().every((n, c) => n > drawsBefore[c])) drawnAt = performance.now();
        });
        canvases.forEach((c) => observer.observe(c, { attributes: true, attributeFilter: ['data-draws'] }));
        const start = performance.now();
        // Alternate low and high rents so every edit moves the chart by whole pixels.
        input.value = String(600 + (i % 2) * 900 + i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: String(i % 10), inputType: 'insertText' }));
        // yew renders and runs effects (the charts draw) in tasks queued by the input, and when an
        // update runs past 16 ms it finishes in later tasks: wait, a zero-delay timeout at a time,
        // until every chart has drawn again (each counts its draws in data-draws).
        let end = start;
        for (;;) {
          await tick();
          end = performance.now();
          if (draws().every((n, c) => n > drawsBefore[c])) break;
          if (end - start > limit) { unfinished++; break; }
        }
        times.push(end - start);
        observer.disconnect();
        drawnTimes.push((drawnAt || end) - start);
        // Out of view the tables are marked stale and catch up when typing pauses.
        if (table.textContent !== before || tables.hasAttribute('data-stale')) changedTables++;
        const after = perCapita.getContext('2d').getImageData(0, 0, perCapita.width, perCapita.height).data;
        if (after.some((v, j) => v !== pixels[j])) changedCharts++;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        paintedTimes.push(performance.now() - start);
      }
      // Typing paused: every chart out of view draws the last edit's data.
      const offBefore = offScreen.map((c) => Number(c.dataset.draws ?? 0));
      const paused = performance.now();
      while (!offScreen.every((c, j) => Number(c.dataset.draws ?? 0) > offBefore[j]) && performance.now() - paused < limit) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const offDrawnMs = performance.now() - paused;
      while (tables.hasAttribute('data-stale') && performance.now() - paused < limit) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const tablesCurrent = !tables.hasAttribute('data-stale') && table.textContent !== textAtStart;
      const offDrawn = offScreen.filter((c, j) => Number(c.dataset.draws ?? 0) > offBefore[j]).length;
      return { times, drawnTimes, paintedTimes, changedTables, changedCharts, unfinished, charts: canvases.length, width: perCapita.width,
        offScreen: offScreen.length, offDrawn, offDrawnMs, tablesCurrent };
    }, { edits, limit: 2000 * slowdown });
  } finally {
    await context.close();
  }
}

const server = await serve();
let failed = false;
const bench = [];
try {
  for (const c of CONDITIONS) {
    const load = loadavg()[0].toFixed(2);
    const result = await measure(server, c);
    const quantiles = (times) => {
      const sorted = [...times].sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
    };
    const { median, p95, max } = quantiles(result.times);
    const drawn = quantiles(result.drawnTimes);
    const painted = quantiles(result.paintedTimes);
    console.log(
      `keystroke → recompute + redraw, ${c.name} (Hejing herder, every module on, ${c.edits} edits, ` +
        `headless Chromium, load average ${load}): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, ` +
        `max ${max.toFixed(2)} ms; table changed or marked stale ${result.changedTables}/${c.edits}, ` +
        `${result.tablesCurrent ? 'current' : 'NOT current'} after typing paused, ` +
        `per-capita chart changed ${result.changedCharts}/${c.edits}, ${result.charts} charts on screen redrawn each time, ` +
        `${result.offDrawn}/${result.offScreen} below the fold drawn ${Math.round(result.offDrawnMs)} ms after typing paused ` +
        `(per-capita canvas ${result.width} px wide; ${result.unfinished} edits not finished within ${2 * c.slowdown} s)`,
    );
    if (result.charts === 0 || result.unfinished > 0 || result.changedTables !== c.edits || result.changedCharts !== c.edits ||
      result.offDrawn !== result.offScreen || !result.tablesCurrent) {
      console.log('FAIL: an edit did not update (or mark stale) the table and the charts on screen, or what is below the fold never caught up');
      failed = true;
      continue;
    }
    const verdict = (q) => `median ${q.median.toFixed(1)} ms, p95 ${q.p95.toFixed(1)} ms (${q.p95 <= FRAME_MS ? 'met' : 'NOT met'})`;
    console.log(
      `  goal: p95 within one frame (${FRAME_MS} ms): as above ${p95 <= FRAME_MS ? 'met' : 'NOT met'}; ` +
        `to the last chart drawn ${verdict(drawn)}; to the frame showing it painted ${verdict(painted)}; ` +
        `gate: p95 as above within ${c.gate} ms (${c.why})`,
    );
    if (p95 > c.gate) {
      console.log(`FAIL: p95 over ${c.gate} ms (${c.name}), a regression`);
      failed = true;
    }
    bench.push(`keystroke_${c.key}_median_ms=${median.toFixed(1)} keystroke_${c.key}_p95_ms=${p95.toFixed(1)} ` +
      `keystroke_${c.key}_drawn_p95_ms=${drawn.p95.toFixed(1)} keystroke_${c.key}_painted_p95_ms=${painted.p95.toFixed(1)}`);
  }
} finally {
  await server.close();
}
if (bench.length) console.log(`BENCH ${bench.join(' ')}`);
process.exit(failed ? 1 : 0);
