// The sheet worker (issue 11) in the browser: none of it is part of the first load; spawned from
// the page, it writes tables as a workbook and reads a workbook back into the table the column
// mapping works on; a damaged file gets its message, Chinese and English.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, ready, sharedServer, watch } from '../lib/harness.mjs';
import { inPage } from '../lib/sheet-worker.mjs';

const shared = sharedServer({ before, after, afterEach });

test('the sheet worker is not in the first load, writes a workbook and reads it back', async () => {
  const context = shared.track(await launch());
  const requests = [];
  context.on('request', (r) => {
    if (!r.serviceWorker()) requests.push(new URL(r.url()).pathname);
  });
  const page = await context.newPage();
  await page.goto(shared.url);
  await ready(page);
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((p) => p.includes('sheet-worker')), [], 'no sheet worker in the first load');

  const villages = {
    name: '村汇总',
    headers: ['村', '户数', '人均纯收入(元)'],
    rows: [['一村', '120', '9876.5'], ['二村', '80', ''], ['三村', '7', '-12']],
  };
  const households = { name: '农户结果', headers: ['户编码'], rows: [['652829000001']] };
  const { results } = await page.evaluate(inPage, [
    { write: [villages, households] },
    { read: 'last' },
    { read: [0x50, 0x4b, 3, 4, 1, 2, 3] },
  ]);
  assert.ok(requests.some((p) => p.endsWith('sheet-worker_bg.wasm')), 'the worker loads when used');
  const [written, read, damaged] = results;
  assert.equal(written.tag, 12, 'bytes back');
  assert.ok(written.bytes > 1000, `an .xlsx of ${written.bytes} bytes`);
  assert.equal(read.tag, 11, 'a table back');
  assert.deepEqual(read.headers, villages.headers);
  // Row numbers are the sheet's (the header is row 1); the empty cell stays empty.
  assert.deepEqual(read.rows, [[2, villages.rows[0]], [3, villages.rows[1]], [4, villages.rows[2]]]);
  assert.equal(damaged.tag, 13, 'refused');
  assert.match(damaged.messages[0].zh, /^无法读取 \.xlsx 文件/);
  assert.match(damaged.messages[0].en, /^Cannot read the \.xlsx file/);
});

test('when the sheet worker cannot load, an .xlsx import says so in words, and works once it can', async () => {
  // Service workers blocked: a worker's fetches would bypass the page's routes.
  const context = shared.track(await launch({ serviceWorkers: 'block' }));
  await context.route(/sheet-worker/, (route) => route.abort());
  const page = await context.newPage();
  const problems = watch(page, new URL(shared.url).origin);
  await page.goto(shared.url + '#county');
  await page.waitForSelector('#county-file', { state: 'attached' });
  await page.setInputFiles('#county-file', { name: '名单.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 a workbook') });
  // Not a silent wait: the planner is told, without a stack trace or empty brackets.
  const message = page.locator('[data-county-message]');
  await message.waitFor({ timeout: 20_000 });
  const text = await message.textContent();
  assert.match(text, /^表格组件未能加载.*请联网后重试$/);
  assert.doesNotMatch(text, /（）|JsValue|\bat /, text);
  // The failed fetches are the test's own doing; nothing else went wrong.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/sheet-worker|Failed to load resource/.test(e)), []);

  // Online again: the next try starts a new worker (the template comes from it too).
  await context.unroute(/sheet-worker/);
  const [template] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=download-template-xlsx]').click()]);
  await page.setInputFiles('#county-file', { name: 'template.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(await template.path()) });
  await page.waitForSelector('.county-summary[data-households="2"]', { timeout: 20_000 });
  // The failed fetches are the test's own doing; nothing else went wrong.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/sheet-worker|Failed to load resource/.test(e)), []);
});
