// Scenarios that last: autosave, workspace, export/import, share links, print, storage failures.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, sharedServer, watch, ready, field, tableText, addPreset, shareLink } from '../lib/harness.mjs';

const server = sharedServer({ before, after, afterEach });

async function browser() {
  const context = await launch();
  server.track(context);
  return context;
}

/** A fresh browser profile with one page on the app. */
async function fresh(init, arg) {
  const context = await browser();
  const page = await context.newPage();
  if (init) await page.addInitScript(init, arg);
  const problems = watch(page, new URL(server.url).origin);
  await page.goto(server.url);
  await ready(page);
  return { context, page, problems };
}

const tabs = (page) => page.locator('.scenario-tab').allInnerTexts();
const changed = (page, before) =>
  page.waitForFunction((t) => document.querySelector('[data-table=summary] tbody').textContent !== t, before);

test('an edit survives a reload, with the whole workspace', async () => {
  const { context, page, problems } = await fresh();
  await addPreset(page, 'yuli_tourism');
  const before = await tableText(page);
  await field(page, 'household.income.other_yuan').fill('4321');
  await changed(page, before);
  const edited = await tableText(page);
  const names = await tabs(page);
  assert.equal(names.length, 2);
  await page.reload();
  await ready(page);
  assert.equal(await field(page, 'household.income.other_yuan').inputValue(), '4,321');
  assert.equal(await tableText(page), edited);
  assert.deepEqual(await tabs(page), names);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('typing is saved once it pauses, and at once when the page is hidden or left', async () => {
  const { context, page, problems } = await fresh();
  const stored = () => page.evaluate(() => localStorage.getItem('village-income-planner.workspace'));
  // A burst of typing is one write, after a pause (not one per keystroke).
  const early = await page.evaluate(async () => {
    const input = document.querySelector('input[data-field="household.income.other_yuan"]');
    const table = document.querySelector('[data-table=summary] tbody');
    const before = table.textContent;
    const start = performance.now();
    input.value = '4321';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: '1', inputType: 'insertText' }));
    while (table.textContent === before) await new Promise((r) => setTimeout(r, 0));
    return { ms: performance.now() - start, text: localStorage.getItem('village-income-planner.workspace') };
  });
  // Only judged when the machine was quick enough to look before the pause could have passed.
  if (early.ms < 300) assert.ok(!early.text.includes('4321'), 'not written while typing');
  await page.waitForFunction(() => localStorage.getItem('village-income-planner.workspace').includes('4321'));
  // Leaving the page (or hiding it) writes what is waiting before it goes.
  const onLeaving = await page.evaluate(async () => {
    const input = document.querySelector('input[data-field="household.income.other_yuan"]');
    const table = document.querySelector('[data-table=summary] tbody');
    const before = table.textContent;
    input.value = '8765';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: '5', inputType: 'insertText' }));
    while (table.textContent === before) await new Promise((r) => setTimeout(r, 0));
    window.dispatchEvent(new Event('pagehide'));
    return localStorage.getItem('village-income-planner.workspace');
  });
  assert.ok(onLeaving.includes('8765'), 'written on pagehide');
  assert.ok((await stored()).includes('8765'));
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('duplicate, rename, delete and undo', async () => {
  const { context, page } = await fresh();
  await page.getByRole('button', { name: '复制', exact: true }).click();
  assert.equal((await tabs(page)).length, 2);
  await page.getByRole('button', { name: '重命名' }).click();
  const box = page.locator('input.rename');
  await box.fill('仅流转');
  await box.press('Enter');
  await page.locator('.rename-dialog').waitFor({ state: 'detached' });
  assert.ok((await tabs(page)).includes('仅流转'));
  await page.getByRole('button', { name: '删除', exact: true }).click();
  assert.equal((await tabs(page)).length, 1);
  await page.locator('.undo button').click();
  assert.deepEqual((await tabs(page)).includes('仅流转'), true);
  assert.equal(await page.locator('.scenario-tab.active').innerText(), '仅流转');
  await context.close();
});

test('export a scenario, import it in a fresh profile: the same results', async () => {
  const a = await fresh();
  await field(a.page, 'interventions.land_transfer.rent_yuan_per_mu').fill('850');
  await a.page.waitForTimeout(50);
  const expected = await tableText(a.page);
  const [download] = await Promise.all([
    a.page.waitForEvent('download'),
    a.page.locator('[data-action=export-scenario]').click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'planner-export-')), download.suggestedFilename());
  await download.saveAs(file);
  assert.match(download.suggestedFilename(), /\.json$/);
  await a.context.close();

  const b = await fresh();
  const before = await tableText(b.page);
  assert.notEqual(before, expected);
  await b.page.locator('[data-action=import]').setInputFiles(file);
  await b.page.locator('[data-status=notice]').waitFor();
  assert.match(await b.page.locator('[data-status=notice]').innerText(), /已导入 1 个方案/);
  assert.equal((await tabs(b.page)).length, 2, 'added beside the existing scenario');
  assert.equal(await tableText(b.page), expected);
  await b.context.close();
});

test('CSV export has a BOM, a header and every year', async () => {
  const { context, page } = await fresh();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action=export-csv]').click(),
  ]);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
  assert.match(lines[0], /年份/);
  assert.equal(lines.length, 1 + 10, 'header and ten years');
  await context.close();
});

test('a bad file is refused with a message and the workspace does not change', async () => {
  const { context, page } = await fresh();
  const dir = mkdtempSync(join(tmpdir(), 'planner-bad-'));
  const truncated = join(dir, 'truncated.json');
  writeFileSync(truncated, '{"app":"village-income-planner","kind":"scenario","version":1,"data":{"name":"x",');
  const table = await tableText(page);
  const names = await tabs(page);
  await page.locator('[data-action=import]').setInputFiles(truncated);
  const notice = page.locator('[data-status=notice]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /未导入“truncated.json”/);
  assert.deepEqual(await tabs(page), names);
  assert.equal(await tableText(page), table);
  await context.close();
});

test('a share link opens the same scenario in another browser, beside its own', async () => {
  const a = await fresh();
  await addPreset(a.page, 'hejing_herder');
  await field(a.page, 'household.income.other_yuan').fill('3333');
  await a.page.waitForTimeout(50);
  const expected = await tableText(a.page);
  // The link's maker is a module of its own, fetched when the dialog first opens, not before.
  const makerRequests = [];
  a.page.on('request', (r) => { if (/share-maker/.test(r.url())) makerRequests.push(r.url()); });
  assert.equal(await a.page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /share-maker/.test(e.name)).length), 0, 'the share maker is not in the page before sharing');
  await a.page.locator('[data-action=share]').click();
  const link = await shareLink(a.page);
  assert.ok(makerRequests.some((u) => /share-maker_bg\.wasm$/.test(u)), `fetched on opening: ${makerRequests}`);
  assert.ok(link.startsWith(server.url), link);
  assert.ok(await a.page.locator('.share-dialog svg.qr path').count(), 'QR code shown');
  assert.ok(await a.page.getByRole('button', { name: '复制链接' }).isEnabled());
  await a.context.close();

  const b = await browser();
  const page = await b.newPage();
  await page.goto(link);
  await ready(page);
  assert.equal(await tableText(page), expected);
  assert.equal((await page.locator('.scenario-tab').count()), 2, 'added beside the default scenario');
  assert.ok(!page.url().includes('#'), 'the fragment is cleared so a reload does not add it twice');
  await page.reload();
  await ready(page);
  assert.equal((await page.locator('.scenario-tab').count()), 2);
  // A damaged link: a message, nothing else changes.
  // A new document, not a same-page fragment change.
  await page.goto('about:blank');
  await page.goto(`${server.url}#s=${'A'.repeat(40)}`);
  await ready(page);
  assert.match(await page.locator('[data-status=notice]').innerText(), /无法打开分享链接/);
  assert.equal((await page.locator('.scenario-tab').count()), 2);
  await b.close();
});

test('when the link maker cannot load, the dialog says so, and opening it again once it can makes the link', async () => {
  const context = await launch({ serviceWorkers: 'block' });
  server.track(context);
  const page = await context.newPage();
  // As offline before the service worker had cached it: the module's fetch fails.
  await page.route(/share-maker/, (route) => route.abort('internetdisconnected'));
  const problems = watch(page, new URL(server.url).origin);
  await page.goto(server.url);
  await ready(page);
  await page.locator('[data-action=share]').click();
  const warning = page.locator('.share-dialog [data-warning=maker]');
  await warning.waitFor();
  assert.match(await warning.innerText(), /无法载入生成链接的代码/);
  assert.equal(await page.locator('#share-link').inputValue(), '', 'no half-made link');
  assert.equal(await page.locator('#share-link').getAttribute('aria-busy'), 'false', 'not shown as still making it');
  assert.ok(await page.getByRole('button', { name: '复制链接' }).isDisabled());
  await page.keyboard.press('Escape');
  await page.unroute(/share-maker/);
  await page.locator('[data-action=share]').click();
  assert.match(await shareLink(page), /#s=3/);
  assert.equal(await page.locator('.share-dialog [data-warning=maker]').count(), 0);
  // The failed fetches are the test's own doing; nothing else went wrong.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/share-maker|Failed to load resource/.test(e)), []);
  assert.deepEqual(problems.offOrigin, []);
  await context.close();
});

test('the print view makes a PDF with the assumptions and the headline figures', async () => {
  const { context, page } = await fresh();
  const headline = (await page.locator('[data-headline=last] .headline-value').innerText()).split(' ')[0];
  // A real print fires beforeprint and then lays the page out for paper: the report, built only
  // while printing, must be there once the event's microtasks have run.
  const builtInTime = await page.evaluate(() => {
    dispatchEvent(new Event('beforeprint'));
    return Promise.resolve().then(() => document.querySelector('.print-report > *') !== null);
  });
  assert.ok(builtInTime, 'the report is built before a real print lays the page out');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'print' });
  // The report is built when printing starts (a real print's beforeprint comes before its layout).
  await page.waitForSelector('.print-report > *', { state: 'attached' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = join(mkdtempSync(join(tmpdir(), 'planner-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())[1]);
  assert.ok(pages <= 2, `one or two A4 pages (got ${pages})`);
  assert.match(text, /测算报告/);
  assert.match(text, /测算假设/);
  assert.ok(text.includes(headline), `headline ${headline} in the PDF`);
  assert.match(text, /2034/);
  assert.doesNotMatch(text, /导出全部方案/, 'no controls on paper');
  await context.close();
});

test('storage that throws: the app still computes and says changes will not survive', async () => {
  const { context, page, problems } = await fresh(() => {
    const boom = () => { throw new DOMException('blocked', 'SecurityError'); };
    Storage.prototype.setItem = boom;
    Storage.prototype.getItem = boom;
  });
  const banner = page.locator('[data-status=storage]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /刷新后改动不会保留/);
  const before = await tableText(page);
  await field(page, 'interventions.land_transfer.rent_yuan_per_mu').fill('900');
  await changed(page, before);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('an unreadable store is kept aside, the planner is told and can download it', async () => {
  const { context, page } = await fresh(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('village-income-planner.workspace', '{"version":1,"entries":[{"id":1,');
    }
  });
  // The init script put the bad store in place before the app started.
  const banner = page.locator('[data-status=storage]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /无法读取已保存的工作区/);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('village-income-planner.unreadable-')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, ['{"version":1,"entries":[{"id":1,']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action=download-unreadable]').click(),
  ]);
  assert.equal(readFileSync(await download.path(), 'utf8'), '{"version":1,"entries":[{"id":1,');
  await context.close();
});

test('compare two scenarios against a reference', async () => {
  const { context, page } = await fresh();
  await addPreset(page, 'yuli_tourism');
  await page.getByRole('button', { name: '对比' }).click();
  for (const box of await page.locator('[data-compare]').all()) await box.check();
  await page.selectOption('[data-action=reference]', { index: 1 });
  const table = page.locator('[data-table=compare]');
  await table.waitFor();
  assert.equal(await table.locator('thead th').count(), 3);
  assert.match(await table.innerText(), /（参照）/);
  assert.match(await table.locator('.delta').first().innerText(), /[+−±]/);
  await page.waitForFunction(() => document.querySelector('canvas[data-chart=compare]').width > 0);
  await context.close();
});

test('a file dropped on the save-and-share bar is imported', async () => {
  const { page } = await fresh();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action=export-workspace]').click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.equal((await tabs(page)).length, 1);
  await page.evaluate((json) => {
    const files = new DataTransfer();
    files.items.add(new File([json], 'workspace.json', { type: 'application/json' }));
    const bar = document.querySelector('.file-menu');
    for (const type of ['dragover', 'drop']) {
      bar.dispatchEvent(new DragEvent(type, { dataTransfer: files, bubbles: true, cancelable: true }));
    }
  }, text);
  await page.locator('[data-status=notice]').waitFor();
  assert.match(await page.locator('[data-status=notice]').innerText(), /已导入 1 个方案/);
  assert.equal((await tabs(page)).length, 2);
});

test('an autosave over the bound opens 200 scenarios and keeps the rest aside, not dropped', async () => {
  const stored = 20000;
  const started = Date.now();
  const { context, page, problems } = await fresh((n) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      const entries = Array.from({ length: n }, (_, i) => ({ id: i + 1, scenario: { name: `s${i + 1}` } }));
      localStorage.setItem('village-income-planner.workspace',
        JSON.stringify({ version: 1, entries, active: 1, next_id: n + 1 }));
    }
  }, stored);
  console.log(`opened a store of ${stored} scenarios in ${Date.now() - started} ms (browser start included)`);
  const banner = page.locator('[data-status=storage]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /已保存的工作区有 20000 个方案.*其余 19800 个原样另存/s);
  assert.equal(await tabs(page).then((t) => t.length), 200);
  const store = await page.evaluate(() => {
    const aside = Object.keys(localStorage).filter((k) => k.startsWith('village-income-planner.set-aside-'));
    return {
      aside: aside.map((k) => JSON.parse(localStorage.getItem(k)).entries.length),
      main: JSON.parse(localStorage.getItem('village-income-planner.workspace')).data.entries.length,
    };
  });
  assert.deepEqual(store, { aside: [19800], main: 200 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action=download-set-aside]').click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(file.entries.length, 19800);
  assert.equal(file.entries[0].scenario.name, 's201');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
