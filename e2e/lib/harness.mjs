// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core, dist/
// served on 127.0.0.1, and watchers for console errors and off-origin requests.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../static-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.PLANNER_DIST ?? join(ROOT, 'dist');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

const UTF8_LOCALE = /utf-?8/i.test(process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || '');

/** A persistent-profile browser context in a fresh user-data dir, plus its cleanup. */
export async function launch({ viewport = { width: 1366, height: 768 }, deviceScaleFactor = 1, locale = 'zh-CN', bypassCSP = false,
  serviceWorkers = 'allow' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'planner-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor,
    // Only for tools a test injects into the page (the axe scanner): the page's own policy
    // refuses injected scripts, as e2e/tests/privacy.test.mjs shows.
    bypassCSP,
    // 'block' for a test that routes the page's requests: a service worker's fetches bypass routes.
    serviceWorkers,
    // The planner follows the browser's language on a first visit: tests start in Chinese
    // unless they ask for another locale.
    locale,
    // A UTF-8 locale, or Chromium drops Chinese download names (see scripts/test.sh).
    env: UTF8_LOCALE ? process.env : { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  return context;
}

export async function serve(options = {}) {
  return startServer({ dir: DIST, ...options });
}

/** Records console errors, page errors and requests that leave `origin`. */
export function watch(page, origin) {
  const problems = { consoleErrors: [], offOrigin: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.offOrigin.push(url);
    }
  });
  return problems;
}

/** Waits until the app has rendered its table and drawn its chart. */
export async function ready(page) {
  await page.waitForSelector('[data-table=summary] tbody tr');
  await page.waitForFunction(() => {
    const c = document.querySelector('canvas[data-chart="per-capita"]');
    return c && c.width > 0 && c.height > 0;
  });
}

export const field = (page, id) => page.locator(`input[data-field="${id}"]`);
export const canvasPixels = (page, name) =>
  page.evaluate((n) => document.querySelector(`canvas[data-chart="${n}"]`).toDataURL(), name);
/** The summary table's text once it shows the current scenario: out of view, the tables catch up
 *  when typing pauses (`data-stale` meanwhile). textContent: an off-screen table
 *  (content-visibility) has no innerText. */
export async function tableText(page) {
  await tablesCurrent(page);
  return page.evaluate(() => document.querySelector('[data-table=summary] tbody').textContent);
}

/** Waits until the yearly tables show the current scenario (polled in the page: a locator's wait
 *  would also wait on a navigation a test set off). */
export async function tablesCurrent(page) {
  await page.evaluate(async () => {
    const deadline = performance.now() + 10_000;
    for (;;) {
      const tables = document.querySelector('.tables');
      const body = document.querySelector('[data-table=summary] tbody');
      if (tables && body && !tables.hasAttribute('data-stale')) return;
      if (performance.now() > deadline) throw new Error('the yearly tables did not catch up');
      await new Promise((r) => setTimeout(r, 20));
    }
  });
}

/**
 * Opens a closed <details> by clicking its summary, as a planner would, and checks that it opened.
 * After an edit the yearly tables catch up a moment later and may grow (a longer horizon), pushing
 * everything below them down: a click aimed before that lands on something else. So it waits for
 * them first.
 */
export async function openDetails(page, selector) {
  const details = page.locator(selector);
  if (await details.evaluate((d) => d.open)) return;
  await tablesCurrent(page);
  await details.locator(':scope > summary').click();
  await page.waitForFunction((s) => document.querySelector(s)?.open, selector, { timeout: 5_000 });
}

/** Adds a scenario from a preset: choose it in the list, then confirm with the Add button. */
export async function addPreset(page, id) {
  await page.selectOption('#preset-select', id);
  await page.locator('[data-action=add-preset]').click();
}

/**
 * The keystroke benchmark's scenario: the Hejing herder (its own flock, cows and hens) with every
 * other module switched on too. The herder has 5 mu and a 0.3-mu courtyard: lease and plant no
 * more than that (set first, or switching those modules on would be refused). Closed sections
 * build their fields in a later task after opening, so it waits until both inputs exist.
 */
export async function richestScenario(page) {
  await ready(page);
  await addPreset(page, 'hejing_herder');
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
}

/**
 * One static server for a test file, and every browser context its tests open closed after each
 * test, pass or fail, so a failure never hangs the run. Takes node:test's hooks so that scripts
 * which only import this harness (the benchmarks) never load the test runner.
 */
export function sharedServer({ before, after, afterEach }) {
  let server;
  const contexts = [];
  before(async () => {
    server = await serve();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });
  after(async () => {
    await server?.close();
  });
  return {
    get url() {
      return server.url;
    },
    /** Closes `context` after the current test. */
    track(context) {
      contexts.push(context);
      return context;
    },
  };
}

/** The share dialog's link once made: the maker (share-maker.js) is imported when the dialog first opens. */
export async function shareLink(page) {
  const input = page.locator('#share-link');
  await page.waitForFunction(() => document.querySelector('#share-link')?.value);
  return input.inputValue();
}
