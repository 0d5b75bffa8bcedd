// Load budgets, measured in headless Chromium against dist/ on 127.0.0.1, printed, and enforced
// (exit 1 when over a budget recorded in README.md):
//   - gzipped bytes of the first load: what the page itself fetched on a cold visit (not the
//     manifest and icons the browser fetches for its own UI, at times of its choosing). The risk
//     and sheet workers' code must not be among it (they load when a planner first asks for risk
//     or a spreadsheet); the service worker precaches them, with the rest of the build, once the
//     page is up. The whole
//     build is printed beside it;
//   - gzipped wasm of the page;
//   - time from navigation start to the first chart drawn (the per-capita canvas sized and not
//     blank), median of RUNS, cold (fresh profile: no HTTP cache, no worker) and warm (served
//     by the service worker);
//   - the same first chart as a county office or a phone on a slow link meets it (issue 13):
//     cold, with Chromium's network emulation at "slow 4G" (CDP Network.emulateNetworkConditions:
//     1.6 Mbit/s down, 750 kbit/s up, 150 ms latency) and CPU slowdown 4× (Emulation.
//     setCPUThrottlingRate), median of SLOW_RUNS fresh contexts, printed against the goal of 3 s
//     and failing above FIRST_CHART_SLOW_4G_BUDGET_MS. Served gzipped, as a web server would (a
//     small gzip front over the test server; the bytes on the wire are printed), and again from
//     the build's precompressed brotli copies (scripts/precompress.mjs), as nginx's brotli_static
//     or Caddy's precompressed would serve them (printed against the goal). Both emulations
//     are per target, set on the page before it navigates: a fresh profile has no service worker,
//     so nothing of the first load can bypass them — the bench checks that no response before
//     the first chart came from a service worker and that the time is at least what the bytes
//     take at 1.6 Mbit/s. The service worker registers once the page is up; its precache, in its
//     own target, is not slowed, but it starts after the first chart and is not timed.
//     Measured 2026-11-29, the machine busy with other sessions' builds: medians 5,965 ms at load
//     average 6.7, 5,222 ms at 6.8, 5,560 ms at 10.7, 5,134 ms at 11.7 (459.5 kB on the wire); goal
//     not met; budget 8,000 ms. Later sessions: 4.36–4.85 s; then, with the wasm requested first,
//     one stylesheet and one loader, the yearly tables built after the first paint and no layout
//     forced by the charts, 4,010 and 3,938 ms (full test command, load 4.0–5.0; 476–478 kB on
//     the wire in 7 files) and 3.99–4.00 s in two by-hand runs of 5 (load 1.6–3.0). More in README.md, "Size budget".
//   - the request order: the page's wasm (nearly all of the bytes) must be the first request after
//     the document (scripts/fetch-early.mjs), and the first load must hold one stylesheet
//     (scripts/bundle-css.mjs).
// Usage: node e2e/bench/load.mjs   (PLANNER_DIST and CHROMIUM are honoured as in the tests;
// BENCH_RUNS and BENCH_SLOW_RUNS change the number of loads)
import { chromium } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, DIST, serve } from '../lib/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);
// "Slow 4G" as issue 13 sets it; CDP takes bytes per second.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;
const SLOW_GOAL_MS = 3000;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const budget = (name) => {
  const m = readme.match(new RegExp(`${name}=(\\d+)`));
  if (!m) throw new Error(`README.md records no ${name}`);
  return Number(m[1]);
};
const FIRST_LOAD_BUDGET = budget('FIRST_LOAD_GZIP_BUDGET_BYTES');
const COLD_CHART_BUDGET = budget('FIRST_CHART_COLD_BUDGET_MS');
const SLOW_CHART_BUDGET = budget('FIRST_CHART_SLOW_4G_BUDGET_MS');

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
// The build's precompressed copies (scripts/precompress.mjs): not files of the app.
const PRECOMPRESSED = /\.(br|gz)$/;
// Files the page's own code never asks for (its UI has no images): the web app manifest and icons.
const BROWSER_OWN = /(\.webmanifest|\.png|\.svg)$/;
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

async function firstChart(page, url, timeout = 10_000) {
  await page.goto(url, { timeout });
  const handle = await page.waitForFunction(() => window.plannerFirstChartMs, null, { timeout });
  return handle.jsonValue();
}

// A compressing front over the test server (which serves files as they are): what a web server
// configured as usual sends, so that the emulated link carries the bytes a planner's would.
// Compressed once per file, at level 6 (a common server default). With `brotli`, a host that
// serves the build's precompressed copies (scripts/precompress.mjs): `<file>.br` when there is one.
async function compressingFront(origin, { brotli = false } = {}) {
  const up = new URL(origin);
  const cache = new Map();
  const front = createServer((req, res) => {
    const forward = request(
      { host: up.hostname, port: up.port, path: req.url, method: req.method, headers: { ...req.headers, host: up.host } },
      (upRes) => {
        const chunks = [];
        upRes.on('data', (c) => chunks.push(c));
        upRes.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = { ...upRes.headers };
          delete headers['content-length'];
          delete headers['transfer-encoding'];
          const type = String(headers['content-type'] ?? '');
          const name = new URL(req.url, 'http://x').pathname.split('/').pop() || 'index.html';
          const precompressed = join(DIST, `${name}.br`);
          if (brotli && upRes.statusCode === 200 && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')
            && existsSync(precompressed)) {
            const br = readFileSync(precompressed);
            res.writeHead(upRes.statusCode, { ...headers, 'content-encoding': 'br', vary: 'accept-encoding',
              'content-length': br.length });
            res.end(req.method === 'HEAD' ? undefined : br);
          } else if (upRes.statusCode === 200 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
            && !type.startsWith('image/png') && body.length > 0) {
            const key = `${req.url} ${body.length}`;
            if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 6 }));
            const zipped = cache.get(key);
            res.writeHead(upRes.statusCode, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding',
              'content-length': zipped.length });
            res.end(req.method === 'HEAD' ? undefined : zipped);
          } else {
            res.writeHead(upRes.statusCode, { ...headers, 'content-length': body.length });
            res.end(req.method === 'HEAD' ? undefined : body);
          }
        });
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise((ok) => front.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${front.address().port}${up.pathname}`;
  // Compress every file before any timed load.
  for (const f of readdirSync(DIST).filter((f) => !PRECOMPRESSED.test(f))) await (await fetch(new URL(f, url))).arrayBuffer();
  return { url, close: () => new Promise((ok) => { front.closeAllConnections?.(); front.close(ok); }) };
}

/** One cold load on slow 4G with the CPU slowed: first chart ms, bytes on the wire before it. */
async function slowColdLoad(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const finished = [];
  cdp.on('Network.loadingFinished', (e) => finished.push(e));
  const viaWorker = [];
  page.on('response', (res) => { if (res.fromServiceWorker()) viaWorker.push(res.url()); });
  const ms = await firstChart(page, url, 60_000);
  // Resource timing marks every fetch a service worker handled (workerStart > 0).
  const controlled = await page.evaluate(() => [...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource')]
    .filter((e) => e.startTime <= window.plannerFirstChartMs && e.workerStart > 0).length);
  // What the page's target had loaded by the time the chart was seen (the service worker's
  // precache runs in its own target and is not counted).
  const wire = finished.reduce((s, e) => s + e.encodedDataLength, 0);
  return { ms, wire, files: finished.length, viaWorker: viaWorker.length + controlled };
}

/** SLOW_RUNS cold loads on slow 4G, each in a fresh context, through a front with `options`. */
async function slowColdLoads(options) {
  const front = await compressingFront(server.url, options);
  const loads = [];
  try {
    for (let i = 0; i < SLOW_RUNS; i++) {
      const context = await newContext();
      loads.push(await slowColdLoad(context, front.url));
      await context.close();
    }
  } finally {
    await front.close();
  }
  return loads;
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
  // The manifest and the icons: fetched by the browser for its own tab and install UI, whenever it
  // gets to them (before or after the first chart, or not at all before the context closes), so
  // they made the first load's figure swing by up to 0.9 kB between runs. Printed, not counted.
  const browserFiles = new Map();
  // Request order on the first cold load: the wasm, nearly all of the bytes, must go first.
  const requested = [];
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await newContext();
    const page = await context.newPage();
    if (i === 0) {
      page.on('request', (req) => requested.push(new URL(req.url()).pathname.split('/').pop() || 'index.html'));
      page.on('response', async (res) => {
        if (res.status() !== 200) return;
        const size = gz(await res.body().catch(() => Buffer.alloc(0)));
        (BROWSER_OWN.test(new URL(res.url()).pathname) ? browserFiles : pageFiles).set(res.url(), size);
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

  // First chart on slow 4G with the CPU slowed 4×, cold: served gzipped, then from a host that
  // serves the precompressed brotli copies.
  const slowLoad = loadavg()[0];
  const slow = await slowColdLoads({});
  const slowBr = await slowColdLoads({ brotli: true });
  const slowBrMs = median(slowBr.map((r) => r.ms));
  const slowBrWire = median(slowBr.map((r) => r.wire));
  const slowMs = median(slow.map((r) => r.ms));
  const slowWire = median(slow.map((r) => r.wire));
  // The bytes alone take this long at the emulated rate: a faster load means the emulation missed.
  const wireFloor = (slowWire / SLOW_4G.downloadThroughput) * 1000;
  const slowEmulated = [...slow, ...slowBr].every((r) => r.ms >= (r.wire / SLOW_4G.downloadThroughput) * 1000 && r.viaWorker === 0);

  const build = readdirSync(DIST).filter((f) => !PRECOMPRESSED.test(f)).map((f) => ({ f, gz: gz(readFileSync(join(DIST, f))) }));
  const buildGz = build.reduce((s, x) => s + x.gz, 0);
  const pageGz = [...pageFiles.values()].reduce((s, x) => s + x, 0);
  const wasm = build.find((x) => x.f.startsWith('village-income-planner-') && x.f.endsWith('_bg.wasm'));
  const workerFiles = build.filter((x) => x.f.startsWith('risk-worker'));
  const workerGz = workerFiles.reduce((s, x) => s + x.gz, 0);
  const workerFetched = [...pageFiles.keys()].filter((u) => new URL(u).pathname.includes('risk-worker'));
  const sheetFiles = build.filter((x) => x.f.startsWith('sheet-worker'));
  const sheetGz = sheetFiles.reduce((s, x) => s + x.gz, 0);
  const sheetFetched = [...pageFiles.keys()].filter((u) => new URL(u).pathname.includes('sheet-worker'));
  // A part of the build loaded when first wanted, by its file names: its files, their gzipped
  // size, and what of it the first load fetched (must be nothing).
  const lazyPart = (isPart) => {
    const files = build.filter((x) => isPart(x.f));
    return { files, gz: files.reduce((s, x) => s + x.gz, 0),
      fetched: [...pageFiles.keys()].filter((u) => isPart(new URL(u).pathname.split('/').pop())) };
  };
  // The county page (its wasm, glue, stylesheet) and its roster worker; only pages-loader.js is in the first load.
  const { files: countyFiles, gz: countyGz, fetched: countyFetched } =
    lazyPart((name) => name.startsWith('county') || name.startsWith('roster-worker'));
  // The training panel (wasm, glue, stylesheet); only pages-loader.js is in the first load.
  const { files: trainingFiles, gz: trainingGz, fetched: trainingFetched } = lazyPart((name) => name.startsWith('training'));
  // The share maker (a link's diff and deflate, its QR code), imported when the share dialog first opens.
  const { files: makerFiles, gz: makerGz, fetched: makerFetched } = lazyPart((name) => name.startsWith('share-maker'));

  // scripts/fetch-early.mjs moves trunk's preload of the wasm to the top of <head>.
  const afterDocument = requested[1] ?? '(nothing)';
  const wasmFirst = afterDocument === wasm.f;
  // scripts/bundle-css.mjs serves the page's stylesheets as one file.
  const stylesheets = [...pageFiles.keys()].filter((u) => new URL(u).pathname.endsWith('.css')).length;

  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const ms = (n) => `${Math.round(n)} ms`;
  const rows = [
    ['first load: what the page fetched, gzipped', kb(pageGz), `budget ${kb(FIRST_LOAD_BUDGET)}, ${pageFiles.size} files`,
      pageGz <= FIRST_LOAD_BUDGET],
    ['  the browser\'s own fetches (manifest, icons), not counted', kb([...browserFiles.values()].reduce((s, x) => s + x, 0)),
      `${browserFiles.size} files`, true],
    ['  risk worker fetched by the first load', `${workerFetched.length} files`, 'must be 0', workerFetched.length === 0],
    ['  sheet worker fetched by the first load', `${sheetFetched.length} files`, 'must be 0', sheetFetched.length === 0],
    ['  county page or roster worker fetched by the first load', `${countyFetched.length} files`, 'must be 0', countyFetched.length === 0],
    ['  training panel fetched by the first load', `${trainingFetched.length} files`, 'must be 0', trainingFetched.length === 0],
    ['  share maker fetched by the first load', `${makerFetched.length} files`, 'must be 0',
      makerFetched.length === 0 && makerFiles.length > 0],
    ['  first request after the document', afterDocument, 'must be the page\'s wasm', wasmFirst],
    ['  stylesheets in the first load', `${stylesheets} file${stylesheets === 1 ? '' : 's'}`, 'must be 1', stylesheets === 1],
    ['whole build gzipped (the service worker precaches it)', kb(buildGz), '', true],
    ['  of which the risk worker, loaded when first needed', kb(workerGz), `${workerFiles.length} files`, true],
    ['  of which the sheet worker, loaded when first needed', kb(sheetGz), `${sheetFiles.length} files`, true],
    ['  of which the county page and roster worker, when opened', kb(countyGz), `${countyFiles.length} files`, true],
    ['  of which the training panel, when opened', kb(trainingGz), `${trainingFiles.length} files`, true],
    ['  of which the share maker, when sharing first opens', kb(makerGz), `${makerFiles.length} files`, true],
    ['wasm of the page gzipped', kb(wasm.gz), wasm.f, true],
    [`first chart, cold (median of ${RUNS})`, ms(median(cold)), `budget ${ms(COLD_CHART_BUDGET)}`,
      median(cold) <= COLD_CHART_BUDGET],
    [`first chart, warm service worker (median of ${RUNS})`, ms(median(warm)), '', true],
    [`first chart, cold, slow 4G + CPU 4× (median of ${SLOW_RUNS})`, ms(slowMs),
      `goal ${ms(SLOW_GOAL_MS)}: ${slowMs <= SLOW_GOAL_MS ? 'met' : 'NOT met'}; budget ${ms(SLOW_CHART_BUDGET)}`,
      slowMs <= SLOW_CHART_BUDGET],
    ['  bytes on the wire before it (gzip served)', kb(slowWire),
      `take ${ms(wireFloor)} at 1.6 Mbit/s; ${slow[0].files} files, none via a service worker`, slowEmulated],
    [`  the same, served as brotli (precompressed .br; median of ${SLOW_RUNS})`, ms(slowBrMs),
      `goal ${ms(SLOW_GOAL_MS)}: ${slowBrMs <= SLOW_GOAL_MS ? 'met' : 'NOT met'}; ${kb(slowBrWire)} on the wire`,
      slowBrMs <= SLOW_CHART_BUDGET],
  ];
  for (const [what, value, note, ok] of rows) {
    console.log(`${ok ? '  ' : '✗ '}${what.padEnd(54)} ${value.padStart(10)}  ${note}`);
  }
  console.log(`  (cold runs: ${cold.map(Math.round).join(', ')} ms; warm: ${warm.map(Math.round).join(', ')} ms; `
    + `slow 4G + CPU 4×: ${slow.map((r) => Math.round(r.ms)).join(', ')} ms, brotli served: `
    + `${slowBr.map((r) => Math.round(r.ms)).join(', ')} ms, load average ${slowLoad.toFixed(2)} `
    + `at its start, ${loadavg()[0].toFixed(2)} at the end)`);
  console.log(`BENCH first_load_gz_bytes=${pageGz} build_gz_bytes=${buildGz} worker_gz_bytes=${workerGz} sheet_worker_gz_bytes=${sheetGz} share_maker_gz_bytes=${makerGz} wasm_gz_bytes=${wasm.gz} `
    + `first_chart_cold_ms=${Math.round(median(cold))} first_chart_warm_ms=${Math.round(median(warm))} `
    + `first_chart_slow4g_cpu4x_ms=${Math.round(slowMs)} slow4g_wire_bytes=${slowWire} `
    + `first_chart_slow4g_cpu4x_brotli_ms=${Math.round(slowBrMs)} slow4g_brotli_wire_bytes=${slowBrWire}`);
  failed = rows.some((r) => !r[3]);
  if (!slowEmulated) console.log('FAIL: the slow-4G load was faster than its bytes allow, or a service worker served it: the emulation did not apply');
  if (failed) console.log('FAIL: over a load budget recorded in README.md');
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
