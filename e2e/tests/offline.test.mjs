// Offline-first: the service worker caches the build, the app opens and computes with the
// network gone (from the root and from a sub-path), a new deployment is announced but never
// forced, the manifest makes it installable, and nothing ever leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, launch, serve, ready, watch, field, tableText } from '../lib/harness.mjs';
import { controlled, cacheNames, buildId, secondBuild } from '../lib/offline.mjs';

const RENT = 'interventions.land_transfer.rent_yuan_per_mu';

/** Types a new rent and waits for the yearly table to change. */
async function computes(page, value) {
  const before = await tableText(page);
  await field(page, RENT).fill(value);
  await page.waitForFunction((t) => document.querySelector('[data-table=summary] tbody').textContent !== t, before,
    { timeout: 5_000 });
  assert.notEqual(await tableText(page), before, 'the table follows the new rent');
}

/** A fresh browser profile with every request of the page and of its service worker recorded. */
async function session() {
  const context = await launch();
  const requests = [];
  context.on('request', (req) => requests.push(req.url()));
  return { context, requests };
}

async function offlineReload(prefix) {
  const server = await serve({ prefix });
  const { context } = await session();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, server.url, 'the worker\'s scope is the folder the app is served from');
    const names = await cacheNames(page);
    assert.deepEqual(names, [`village-income-planner ${server.url} ${buildId(DIST)}`]);

    // No network at all: the browser is offline and the server is gone too.
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await ready(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'controlled after reload');
    const probe = await page.evaluate(() => fetch('not-in-the-build.txt').then(() => 'fetched', () => 'failed'));
    assert.equal(probe, 'failed', 'the network really is gone');
    await computes(page, '1500');

    // The county page too: its wasm, its roster worker and the sheet worker were precached.
    await page.locator('[data-open-county]').click();
    await page.locator('[data-action=use-example]').click();
    await page.waitForSelector('.county-summary[data-households="2193"]');
    const option = await page.locator('#county-template option', { hasText: '博湖' }).first().getAttribute('value');
    await page.selectOption('#county-template', option);
    await page.waitForSelector('.county-page[data-running=false] [data-table=by-village] tbody tr');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=villages-xlsx]').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/, 'an Excel file, written offline');
  } finally {
    await context.close();
    await server.close().catch(() => {});
  }
}

test('after one visit the app opens and computes offline, controlled by the service worker', async () => {
  await offlineReload('/');
});

test('served from a sub-path (/planner/) it works, and works offline, with the worker scoped there', async () => {
  await offlineReload('/planner/');
});

test('a new deployment is announced in the current language, and nothing reloads until asked', async () => {
  const server = await serve();
  const buildB = secondBuild('B');
  const { context } = await session();
  try {
    const page = await context.newPage();
    let navigations = 0;
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations += 1; });
    await page.goto(server.url);
    await ready(page);
    await controlled(page);
    // A second tab on the same build: it must not be reloaded by the first one's choice.
    const other = await context.newPage();
    await other.goto(server.url);
    await ready(other);
    await other.evaluate(() => { window.plannerStillHere = true; });
    await page.bringToFront(); // background tabs get no animation frames: keep the one in use in front
    await field(page, RENT).fill('1234');
    await page.evaluate(() => { window.plannerStillHere = true; });
    const loaded = navigations;
    assert.equal(await page.locator('.update-notice').count(), 0, 'no notice for the first install');

    server.swapDir(buildB);
    // The app looks for a new build when the network comes back (also on return to the tab and
    // every 30 minutes); the event stands in for a township office's line coming back.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const notice = page.locator('.update-notice');
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.innerText(), /新版本/);

    await page.waitForTimeout(1_000);
    assert.equal(navigations, loaded, 'the page did not navigate by itself');
    assert.equal(await page.evaluate(() => window.plannerStillHere), true, 'same document');
    assert.equal(await field(page, RENT).inputValue(), '1234', 'the planner\'s input is untouched');

    await page.locator('.lang-switch').click();
    assert.match(await notice.innerText(), /new version is ready/i, 'the notice follows the language');

    await other.locator('.update-notice').waitFor({ timeout: 5_000 });

    await Promise.all([page.waitForEvent('load'), notice.locator('.update-reload').click()]);
    await ready(page);
    assert.equal(await page.locator('meta[name="planner-build"]').getAttribute('content'), 'B', 'build B runs');
    assert.equal(await page.locator('.update-notice').count(), 0);

    await page.waitForTimeout(500);
    assert.equal(await other.evaluate(() => window.plannerStillHere), true, 'the other tab was left alone');
    await other.bringToFront();
    await Promise.all([other.waitForEvent('load'), other.locator('.update-notice .update-reload').click()]);
    await ready(other);
    assert.equal(await other.locator('meta[name="planner-build"]').getAttribute('content'), 'B');
    await controlled(page);
    const names = await cacheNames(page);
    assert.deepEqual(names, [`village-income-planner ${server.url} ${buildId(buildB)}`], 'old cache deleted');
    await page.locator('.lang-switch').click();
  } finally {
    await context.close();
    await server.close();
    rmSync(buildB, { recursive: true, force: true });
  }
});

test('over plain HTTP to a LAN name (no service worker there) the app still works, without errors', async () => {
  const server = await serve();
  const port = new URL(server.url).port;
  // planner.test resolves to 127.0.0.1 but is not a secure context: navigator.serviceWorker is absent.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP planner.test 127.0.0.1'],
  });
  try {
    // Chinese, like every other test (a first visit follows the browser's language).
    const page = await browser.newPage({ locale: 'zh-CN' });
    const problems = watch(page, `http://planner.test:${port}`);
    await page.goto(`http://planner.test:${port}/`);
    await ready(page);
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
    await computes(page, '800');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the manifest is valid, its icons load, and Chromium finds the app installable', async () => {
  const server = await serve({ prefix: '/planner/' });
  const { context } = await session();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    const href = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
    assert.equal(href, `${server.url}manifest.webmanifest`);
    const res = await page.request.get(href);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /application\/manifest\+json/);
    const m = JSON.parse(await res.text());
    assert.match(m.name, /乡村增收测算/);
    assert.match(m.name, /Village Income Planner/);
    assert.ok(m.short_name && m.short_name.length <= 12, 'a short name for the launcher');
    assert.equal(m.start_url, './');
    assert.equal(m.scope, './');
    assert.equal(m.display, 'standalone');
    assert.match(m.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(m.background_color, /^#[0-9a-f]{6}$/i);
    const sizes = m.icons.map((i) => i.sizes);
    for (const s of ['192x192', '512x512', 'any']) assert.ok(sizes.includes(s), `an icon of size ${s}`);
    assert.ok(m.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon');
    for (const icon of m.icons) {
      const url = new URL(icon.src, href).href;
      const size = await page.evaluate(async (u) => {
        const img = new Image();
        img.src = u;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, url);
      if (icon.sizes !== 'any') assert.equal(size, icon.sizes, `${icon.src} is ${icon.sizes}`);
      assert.equal((await page.request.get(url)).headers()['content-type'], icon.type);
    }

    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium would offer to install the planner');
  } finally {
    await context.close();
    await server.close();
  }
});

test('a whole session, online and offline, requests nothing from another origin', async () => {
  const server = await serve();
  const { context, requests } = await session();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await controlled(page);
    await computes(page, '900');
    await page.locator('.lang-switch').click();
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await computes(page, '950');
    await page.locator('.lang-switch').click();
    const origin = new URL(server.url).origin;
    assert.ok(requests.length >= 10, `requests were recorded (${requests.length})`);
    assert.ok(requests.some((u) => u.endsWith('/sw.js')), 'the worker\'s own requests were recorded');
    assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), [], 'nothing off-origin');

    // And no file we author names another host (SVG namespaces are identifiers, not requests).
    for (const file of readdirSync(DIST).filter((f) => /\.(html|css|webmanifest|svg)$|^sw\.js$/.test(f))) {
      const urls = readFileSync(join(DIST, file), 'utf8').match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
      assert.deepEqual(urls.filter((u) => !u.startsWith('http://www.w3.org/')), [], `${file} names no host`);
    }
  } finally {
    await context.close();
    await server.close();
  }
});
