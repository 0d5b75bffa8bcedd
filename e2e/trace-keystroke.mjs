// Where a keystroke's time goes (by hand, not run by the test command): the keystroke benchmark's
// set-up, then a Chromium trace of N edits, summed by trace event (script, style, layout, paint).
// Usage: node e2e/trace-keystroke.mjs [slowdown=4] [dpr=2] [edits=20]
import { launch, serve, field, richestScenario } from './lib/harness.mjs';

const [slowdown = 4, dpr = 2, edits = 20] = process.argv.slice(2).map(Number);
const server = await serve();
const context = await launch({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: dpr });
const page = await context.newPage();
await page.goto(server.url);
await richestScenario(page);
await field(page, 'interventions.land_transfer.rent_yuan_per_mu').focus();
const cdp = await context.newCDPSession(page);
if (slowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
await page.waitForTimeout(300);
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
const PROFILE = process.env.PROFILE === '1';
if (PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
const wall = await page.evaluate(async (edits) => {
  const input = document.querySelector('input[data-field="interventions.land_transfer.rent_yuan_per_mu"]');
  const canvases = [...document.querySelectorAll("canvas[data-chart]")].filter((c) => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
  const draws = () => canvases.map((c) => Number(c.dataset.draws ?? 0));
  const t0 = performance.now();
  for (let i = 0; i < edits; i++) {
    const before = draws();
    input.value = String(600 + (i % 2) * 900 + i);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: '1', inputType: 'insertText' }));
    while (!draws().every((n, c) => n > before[c])) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return performance.now() - t0;
}, edits);
await cdp.send('Tracing.end');
if (PROFILE) {
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  for (const [id, c] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; self.set(name, (self.get(name) ?? 0) + c); }
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const id of profile.samples) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      const name = n.callFrame.functionName || '(anon)';
      if (!seen.has(name)) { seen.add(name); incl.set(name, (incl.get(name) ?? 0) + 1); }
    }
  }
  console.log('inclusive time by function (share of samples):');
  for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(`  ${(100 * v / total).toFixed(1).padStart(5)} %  ${k.slice(0, 120)}`);
  console.log('self time by function (share of samples):');
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`  ${(100 * v / total).toFixed(1).padStart(5)} %  ${k.slice(0, 110)}`);
}
await done;
const sums = new Map();
if (process.env.LAYOUTARGS === '1') {
  const lay = events.filter((e) => (e.name === 'Layout' || e.name === 'Paint' || e.name === 'UpdateLayoutTree') && e.dur);
  for (const e of lay.slice(0, 24)) console.log(e.name, (e.dur / 1000).toFixed(2), JSON.stringify(e.args).slice(0, 300));
}
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  const key = e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire' ? `${e.name}` : e.name;
  sums.set(key, (sums.get(key) ?? 0) + e.dur / 1000);
}
const top = [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18);
console.log(`${edits} edits at ${slowdown}× CPU, DPR ${dpr}: ${wall.toFixed(0)} ms wall (${(wall / edits).toFixed(1)} ms per edit incl. one frame wait)`);
for (const [k, v] of top) console.log(`  ${k.padEnd(28)} ${(v / edits).toFixed(2).padStart(8)} ms per edit`);
await context.close();
await server.close();
