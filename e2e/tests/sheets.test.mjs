// The sheet worker (issue 11) in the browser: none of it is part of the first load; spawned from
// the page, it writes tables as a workbook and reads a workbook back into the table the column
// mapping works on; a damaged file gets its message, Chinese and English.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, sharedServer } from '../lib/harness.mjs';
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
