// Load budgets, measured in headless Chromium against dist/ on 127.0.0.1, printed, and enforced
// (exit 1 when over a budget recorded in README.md):
//   - gzipped bytes of the first load: what the page itself fetched on a cold visit. The risk
//     worker's code must not be among it (it loads when a planner first asks for risk); the
//     service worker precaches it, with the rest of the build, once the page is up. The whole
//     build is printed beside it;
//   - gzipped wasm of the page;
//   - time from navigation start to the first chart drawn (the per-capita canvas sized and not
//     blank), median of RUNS, cold (fresh profile: no HTTP cache, no worker) and warm (served
//     by the service worker).
// Usage: node e2e/bench/load.mjs   (PLANNER_DIST and CHROMIUM are honoured as in the tests)
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, DIST, serve } from '../lib/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const budget = (name) => {
  const m = readme.match(new RegExp(`${name}=(\\d+)`));
  if (!m) throw new Error(`README.md records no ${name}`);
  return Number(m[1]);
};
const FIRST_LOAD_BUDGET = budget('FIRST_LOAD_GZIP_BUDGET_BYTES');
const COLD_CHART_BUDGET = budget('FIRST_CHART_COLD_BUDGET_MS');

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Polls every frame from the very start of the document; records performance.now(), which counts
// from navigation start, once the chart has pixels.
function firstChartProbe() {
  const check = () => {
    const c = document.querySelector('canvas[data-chart="per-capita"]');
    if (c && c.width > 0 && c.height > 0) {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) {
        if (data[i] !== 0) {
          window.plannerFirstChartMs = performance.now();
          return;
        }
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function firstChart(page, url) {
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.plannerFirstChartMs, null, { timeout: 10_000 });
  return handle.jsonValue();
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const newContext = async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(firstChartProbe);
  return context;
};

let failed = false;
try {
  // Bytes: what the page fetched itself on a cold visit, and the whole build.
  const pageFiles = new Map();
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await newContext();
    const page = await context.newPage();
    if (i === 0) {
      page.on('response', async (res) => {
        if (res.status() === 200) pageFiles.set(res.url(), gz(await res.body().catch(() => Buffer.alloc(0))));
      });
    }
    cold.push(await firstChart(page, server.url));
    await context.close();
  }

  const context = await newContext();
  const page = await context.newPage();
  await firstChart(page, server.url);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await firstChart(page, server.url));
  await context.close();

  const build = readdirSync(DIST).map((f) => ({ f, gz: gz(readFileSync(join(DIST, f))) }));
  const buildGz = build.reduce((s, x) => s + x.gz, 0);
  const pageGz = [...pageFiles.values()].reduce((s, x) => s + x, 0);
  const wasm = build.find((x) => x.f.startsWith('village-income-planner-') && x.f.endsWith('_bg.wasm'));
  const workerFiles = build.filter((x) => x.f.startsWith('risk-worker'));
  const workerGz = workerFiles.reduce((s, x) => s + x.gz, 0);
  const workerFetched = [...pageFiles.keys()].filter((u) => new URL(u).pathname.includes('risk-worker'));

  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const ms = (n) => `${Math.round(n)} ms`;
  const rows = [
    ['first load: what the page fetched, gzipped', kb(pageGz), `budget ${kb(FIRST_LOAD_BUDGET)}, ${pageFiles.size} files`,
      pageGz <= FIRST_LOAD_BUDGET],
    ['  risk worker fetched by the first load', `${workerFetched.length} files`, 'must be 0', workerFetched.length === 0],
    ['whole build gzipped (the service worker precaches it)', kb(buildGz), '', true],
    ['  of which the risk worker, loaded when first needed', kb(workerGz), `${workerFiles.length} files`, true],
    ['wasm of the page gzipped', kb(wasm.gz), wasm.f, true],
    [`first chart, cold (median of ${RUNS})`, ms(median(cold)), `budget ${ms(COLD_CHART_BUDGET)}`,
      median(cold) <= COLD_CHART_BUDGET],
    [`first chart, warm service worker (median of ${RUNS})`, ms(median(warm)), '', true],
  ];
  for (const [what, value, note, ok] of rows) {
    console.log(`${ok ? '  ' : '✗ '}${what.padEnd(54)} ${value.padStart(10)}  ${note}`);
  }
  console.log(`  (cold runs: ${cold.map(Math.round).join(', ')} ms; warm: ${warm.map(Math.round).join(', ')} ms)`);
  console.log(`BENCH first_load_gz_bytes=${pageGz} build_gz_bytes=${buildGz} worker_gz_bytes=${workerGz} wasm_gz_bytes=${wasm.gz} `
    + `first_chart_cold_ms=${Math.round(median(cold))} first_chart_warm_ms=${Math.round(median(warm))}`);
  failed = rows.some((r) => !r[3]);
  if (failed) console.log('FAIL: over a load budget recorded in README.md');
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
