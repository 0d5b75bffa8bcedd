// Keystroke-to-redraw benchmark: with the richest preset (the Hejing herder: its own flock, cows
// and hens) and every other module switched on too, in headless
// Chromium, type 100 different values into a field and time, for each, the whole update —
// parse, validate, project, re-render the form and tables, redraw every chart — from the input
// event until every chart has drawn again. Prints median and p95 against the goal of one 60 Hz frame
// (16 ms); exits 1 only when the p95 exceeds four frames, so a regression fails the test
// command while a busy 2-core machine's noise does not. Figures on this machine, 2026-11-29:
// idle p95 21.8–22.0 ms; with both cores busy with two other processes, p95 43.8 ms.
import { launch, serve, ready, field, addPreset } from '../lib/harness.mjs';

const EDITS = 100;
const FRAME_MS = 16;
const GATE_MS = 4 * FRAME_MS;

const server = await serve();
const context = await launch({ viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
await page.goto(server.url);
await ready(page);
await addPreset(page, 'hejing_herder');
// The herder has 5 mu and a 0.3-mu courtyard: lease and plant no more than that (set first,
// or switching those modules on would be refused). Closed sections build their fields when opened.
// Opening builds them in a later task, so wait until both inputs exist before setting them.
const sizes = [['interventions.land_transfer.area_mu', '5'], ['interventions.courtyard.planted_mu', '0.3']];
for (const id of ['section-landtransfer', 'section-courtyard']) await page.locator(`#${id} summary`).click();
for (const [id] of sizes) await page.waitForSelector(`input[data-field="${id}"]`, { state: 'attached' });
await page.evaluate((sizes) => {
  for (const [id, value] of sizes) {
    const input = document.querySelector(`input[data-field="${id}"]`);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value, inputType: 'insertText' }));
  }
}, sizes);
await page.waitForTimeout(300);
for (const t of await page.locator('[data-toggle$="schedule.enabled"]').all()) await t.check();
await field(page, 'interventions.land_transfer.rent_yuan_per_mu').focus();
await page.waitForTimeout(300);

const result = await page.evaluate(async (edits) => {
  const input = document.querySelector('input[data-field="interventions.land_transfer.rent_yuan_per_mu"]');
  const table = document.querySelector('[data-table=summary] tbody');
  const canvases = [...document.querySelectorAll('canvas[data-chart]')];
  const perCapita = document.querySelector('canvas[data-chart="per-capita"]');
  const draws = () => canvases.map((c) => Number(c.dataset.draws ?? 0));
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const times = [];
  let changedTables = 0;
  let changedCharts = 0;
  let unfinished = 0;
  for (let i = 0; i < edits; i++) {
    const before = table.textContent;
    const drawsBefore = draws();
    const pixels = perCapita.getContext('2d').getImageData(0, 0, perCapita.width, perCapita.height).data;
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
      if (end - start > 2000) { unfinished++; break; }
    }
    times.push(end - start);
    if (table.textContent !== before) changedTables++;
    const after = perCapita.getContext('2d').getImageData(0, 0, perCapita.width, perCapita.height).data;
    if (after.some((v, j) => v !== pixels[j])) changedCharts++;
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return { times, changedTables, changedCharts, unfinished, charts: canvases.length };
}, EDITS);

await context.close();
await server.close();

const sorted = [...result.times].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const median = at(0.5);
const p95 = at(0.95);
console.log(
  `keystroke → recompute + redraw (Hejing herder, every module on, ${EDITS} edits, headless Chromium): ` +
    `median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms; ` +
    `table changed ${result.changedTables}/${EDITS}, per-capita chart changed ${result.changedCharts}/${EDITS}, ` +
    `${result.charts} charts redrawn each time (${result.unfinished} edits not finished within 2 s)`,
);
if (result.charts === 0 || result.unfinished > 0 || result.changedTables !== EDITS || result.changedCharts !== EDITS) {
  console.log('FAIL: an edit did not update both the table and the chart, so the timing is not of a full update');
  process.exit(1);
}
console.log(
  `goal: p95 within one frame (${FRAME_MS} ms): ${p95 <= FRAME_MS ? 'met' : 'NOT met'}; ` +
    `gate: p95 within ${GATE_MS} ms`,
);
if (p95 > GATE_MS) {
  console.log(`FAIL: p95 over ${GATE_MS} ms, a regression`);
  process.exit(1);
}
