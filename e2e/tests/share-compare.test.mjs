// Sharing a comparison (issue 13): one link carries the compared set; opened in another browser
// it adds the scenarios and shows them compared; pasted into an open tab it is imported; opened
// twice it adds no copy. The compare view's CSV holds every compared scenario.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, sharedServer, watch, ready, addPreset, shareLink } from '../lib/harness.mjs';

const server = sharedServer({ before, after, afterEach });

async function fresh() {
  const context = server.track(await launch());
  const page = await context.newPage();
  const problems = watch(page, new URL(server.url).origin);
  await page.goto(server.url);
  await ready(page);
  return { context, page, problems };
}

const tabs = (page) => page.locator('.scenario-tab').allInnerTexts();
const compareHead = (page) => page.locator('[data-table=compare] thead th').allInnerTexts();

/** A browser with two presets compared; returns the page and the set's link. */
async function sharedSet() {
  const a = await fresh();
  await addPreset(a.page, 'yuli_tourism');
  await addPreset(a.page, 'bohu_courtyard');
  await a.page.getByRole('button', { name: '对比', exact: true }).click();
  const names = await tabs(a.page);
  await a.page.locator('[data-compare]').nth(1).check();
  await a.page.locator('[data-compare]').nth(2).check();
  await a.page.locator('[data-table=compare]').waitFor();
  await a.page.locator('[data-action=share]').click();
  // The compare view shows a set: the dialog offers it, chosen first.
  assert.ok(await a.page.locator('[data-share=compared]').isChecked());
  const single = async () => {
    await a.page.locator('[data-share=scenario]').check();
    return shareLink(a.page);
  };
  const one = await single();
  await a.page.locator('[data-share=compared]').check();
  const link = await shareLink(a.page);
  assert.notEqual(link, one);
  assert.match(link, /#s=M3/);
  assert.ok(await a.page.locator('.share-dialog svg.qr path').count(), 'QR code shown for the set');
  return { ...a, link, names: names.slice(1) };
}

test('a compared set opens in a fresh browser with both scenarios compared; twice adds no copy', async () => {
  const { link, names, problems: pa } = await sharedSet();
  const { page, problems } = await fresh();
  await page.goto(link);
  await ready(page);
  // The example the first visit opens, and the two shared scenarios.
  assert.deepEqual((await tabs(page)).slice(1), names);
  const head = await compareHead(page);
  assert.equal(head.length, 3, head.join('|'));
  assert.ok(names.every((n) => head.some((h) => h.includes(n))), head.join('|'));
  assert.match(await page.locator('[data-status=notice]').innerText(), /已从分享链接添加 2 个方案并打开对比/);
  assert.ok(!page.url().includes('#'));

  // The same link again, in a new document: nothing added, the two are compared again.
  await page.goto('about:blank');
  await page.goto(link);
  await ready(page);
  assert.equal((await tabs(page)).length, 3, 'no copy added');
  assert.equal((await compareHead(page)).length, 3);
  assert.match(await page.locator('[data-status=notice]').innerText(), /2 个方案都已在工作区中（“.+”、“.+”），已切换到对比，未重复添加/);
  assert.deepEqual(pa.consoleErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
});

test('a link pasted into an open tab is imported, and pasting it again switches to it', async () => {
  const { link } = await sharedSet();
  const { page, problems } = await fresh();
  assert.equal((await tabs(page)).length, 1);
  // What the address bar does when a link to this page is pasted: only the fragment changes.
  const hash = link.slice(link.indexOf('#'));
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.locator('[data-table=compare]').waitFor();
  assert.equal((await tabs(page)).length, 3);
  await page.waitForFunction(() => location.hash === '');
  assert.equal((await compareHead(page)).length, 3);

  // A single scenario's link pasted twice: added once, then switched to.
  await page.getByRole('button', { name: '对比', exact: true }).click();
  await page.locator('.scenario-tab').first().click();
  await page.locator('[data-action=share]').click();
  const one = await shareLink(page);
  await page.keyboard.press('Escape');
  await page.evaluate((h) => { location.hash = h; }, one.slice(one.indexOf('#')));
  const notice = page.locator('[data-status=notice]');
  await page.waitForFunction(() => location.hash === '');
  assert.match(await notice.innerText(), /已在工作区中/);
  assert.equal((await tabs(page)).length, 3, 'the example itself was shared: no copy');
  // A damaged link pasted: a message, nothing changes.
  await page.evaluate(() => { location.hash = '#s=' + 'A'.repeat(40); });
  await page.waitForFunction(() => /无法打开分享链接/.test(document.querySelector('[data-status=notice]')?.innerText ?? ''));
  assert.equal((await tabs(page)).length, 3);
  assert.deepEqual(problems.consoleErrors, []);
});

test('the compare view exports every compared scenario in one CSV', async () => {
  const { page } = await fresh();
  await addPreset(page, 'yuli_tourism');
  await page.getByRole('button', { name: '对比', exact: true }).click();
  for (const box of await page.locator('[data-compare]').all()) await box.check();
  await page.locator('[data-table=compare]').waitFor();
  const names = await tabs(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action=export-compare-csv]').click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'));
  const rows = text.slice(1).trim().split('\r\n');
  assert.match(rows[0], /^情景,年份,/);
  assert.equal(rows.filter((r) => r.startsWith('情景,')).length, 1, 'one header');
  const scenarioColumn = new Set(rows.slice(1).map((r) => r.split(',')[0]));
  assert.equal(scenarioColumn.size, 2, [...scenarioColumn].join('|'));
  assert.ok(names.length === 2);
});

test('in English the notice says the same', async () => {
  const { link } = await sharedSet();
  const context = server.track(await launch({ locale: 'en-US' }));
  const page = await context.newPage();
  await page.goto(link);
  await ready(page);
  assert.match(await page.locator('[data-status=notice]').innerText(), /The 2 shared scenarios were added and are compared/);
  await page.goto('about:blank');
  await page.goto(link);
  await ready(page);
  assert.match(await page.locator('[data-status=notice]').innerText(), /The 2 shared scenarios are all in your workspace already \(“.+”, “.+”\): they are compared, and no copy was added/);
  await page.getByRole('button', { name: 'Compare', exact: true }).waitFor();
  await page.locator('[data-action=share]').click();
  assert.equal(await page.locator('label:has([data-share=compared])').innerText(), 'The 2 compared scenarios');
});
