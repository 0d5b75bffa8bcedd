// The county page (issue 11): opened from the planner's header, its wasm fetched only then; the
// example county, a plan from a preset with targeting and a budget, the results by year, village
// and group; a register imported from CSV (GBK too), the column-mapping step, a bad register
// refused whole with row and column named; the register kept in this browser only, and forgotten
// in one action; no request leaves the origin.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { isUtf8 } from 'node:buffer';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, ready, watch, sharedServer } from '../lib/harness.mjs';

const shared = sharedServer({ before, after, afterEach });

async function openCounty(page) {
  await page.locator('[data-open-county]').click();
  await page.waitForSelector('.county-page');
}

/** Waits for a finished run of the plan. */
async function planDone(page) {
  await page.waitForSelector('.county-page[data-running=false] [data-table=by-year] tbody tr', { timeout: 30_000 });
}

/** The first number of a headline figure ("402 户 · 1,423 人" → 402). */
const headline = async (page, fig) =>
  Number((await page.locator(`.county-headline [data-fig=${fig}] dd`).textContent()).match(/[0-9][0-9,]*/)[0].replace(/,/g, ''));

test('the county page loads on demand and plans for the example county', async () => {
  const context = shared.track(await launch());
  const requests = [];
  context.on('request', (r) => {
    if (!r.serviceWorker()) requests.push(new URL(r.url()).pathname);
  });
  const page = await context.newPage();
  const problems = watch(page, shared.url);
  await page.goto(shared.url);
  await ready(page);
  assert.ok(!requests.some((p) => /county|roster-worker/.test(p) && !p.endsWith('county-loader.js')),
    `nothing of the county page before it is opened: ${requests.join(' ')}`);
  await openCounty(page);
  assert.ok(requests.some((p) => p.endsWith('county_bg.wasm')), 'county wasm fetched when opened');
  assert.equal(await page.locator('.app-header').isVisible(), false, 'the planner is hidden meanwhile');

  await page.locator('[data-action=use-example]').click();
  await page.waitForSelector('.county-summary[data-households="2193"]');
  // The Hejing herder's interventions, with the sheep for households that already keep ewes.
  const option = await page.locator('#county-template option', { hasText: '和静' }).first().getAttribute('value');
  await page.selectOption('#county-template', option);
  await planDone(page);
  const planMs = Number(await page.locator('[data-plan-ms]').getAttribute('data-plan-ms'));
  console.log(`# county plan: 2,193 households × 10 years, aggregated, in ${planMs} ms in the worker`);
  const villages = await page.locator('[data-table=by-village] tbody tr').count();
  assert.equal(villages, 25, 'one row per village');
  const withoutBefore = await headline(page, 'below-without');
  const withBefore = await headline(page, 'below-with');
  assert.ok(withBefore <= withoutBefore, `the plan never adds households below the line (${withBefore} vs ${withoutBefore})`);

  // A budget on the first intervention: fewer lifted, or the same, never more; the spent table says so.
  const firstBudget = page.locator('.county-targeting input[id$=-budget]').first();
  const liftedBefore = await headline(page, 'lifted');
  await firstBudget.fill('5万');
  await firstBudget.dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('[data-table=spent] tbody')?.textContent.includes('5.00万元'));
  await planDone(page);
  const liftedAfter = await headline(page, 'lifted');
  assert.ok(liftedAfter <= liftedBefore, `a budget limit lifts no more (${liftedAfter} vs ${liftedBefore})`);
  const stillBelow = await page.locator('[data-table=still-below] tbody tr').count();
  assert.ok(stillBelow > 0, 'households still below the line are listed with reasons');
  assert.match(await page.locator('[data-table=still-below] tbody').textContent(), /超出预算|不符合条件|无劳动力|无耕地|增收不足|劳动力不足/);

  // Eligibility by household type: ticking one type leaves the others out, and the list says so.
  const groupBox = page.locator('.county-targeting').first().locator('.county-groups input').last();
  await groupBox.check();
  await page.waitForFunction(() => document.querySelector('[data-table=still-below] tbody')?.textContent.includes('不符合条件'));
  await planDone(page);
  await groupBox.uncheck();
  await page.waitForFunction(() => !document.querySelector('[data-table=still-below] tbody')?.textContent.includes('不符合条件'));
  await planDone(page);

  // A bad budget is refused at the field; the plan keeps the last valid one.
  await firstBudget.fill('5万元整');
  await firstBudget.dispatchEvent('change');
  await page.waitForSelector('.county-number.invalid .field-error');
  assert.match(await page.locator('[data-table=spent] tbody').textContent(), /5\.00万元/);

  // The distribution chart is drawn; every village has a tier, and the rule is stated.
  await page.waitForSelector('canvas[data-chart=distribution][data-draws]');
  assert.equal(await page.locator('[data-table=by-village] td[data-tier]').count(), 25);
  assert.match(await page.locator('[data-fig=tier-rule]').textContent(), /示范|薄弱/);

  // A total budget spent greedily, beside the rules; every step explained.
  const greedy = page.locator('#county-greedy-budget');
  await greedy.fill('300万');
  await greedy.dispatchEvent('change');
  await page.waitForSelector('.county-greedy [data-table=allocations] tbody tr');
  await planDone(page);
  assert.equal(await page.locator('.county-greedy [data-table=allocations] tbody tr').count(), 2);
  const steps = Number(await page.locator('.county-steps').getAttribute('data-steps'));
  assert.ok(steps > 0, 'the greedy allocation took steps');
  assert.match(await page.locator('[data-fig=greedy]').textContent(), /300\.00万元/);

  // Exports: the household results as CSV, with no names or IDs by default.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-export=households]').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads the Chinese');
  assert.equal(csv.trim().split(/\r?\n/).length, 2194, 'a header and one row per household');
  assert.doesNotMatch(csv, /身份证|姓名/);

  // The printed county report: the plan in brief and the results, without the controls.
  await page.emulateMedia({ media: 'print' });
  const pdfFile = join(mkdtempSync(join(tmpdir(), 'county-pdf-')), 'county.pdf');
  writeFileSync(pdfFile, await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const printed = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString();
  assert.match(printed, /方案摘要/);
  assert.match(printed, /肉羊改良：/, 'each intervention with its targeting in words');
  assert.match(printed, /分村汇总/);
  assert.match(printed, /第25村/, 'every village on paper');
  assert.doesNotMatch(printed, /下载模板|导入名单|返回单户测算/, 'no controls on paper');
  assert.doesNotMatch(printed, /乡村增收测算\s/, 'the household planner is not printed under it');

  // Risk over the county: progress, then households falling back and the relief need per year.
  await page.locator('[data-action=run-risk]').click();
  await page.waitForSelector('.county-risk[data-risk=done]', { timeout: 120_000 });
  const riskRows = await page.locator('[data-table=county-risk] tbody tr').count();
  assert.ok(riskRows >= 5, `a row per year (${riskRows})`);
  assert.match(await page.locator('[data-fig=fund-verdict]').textContent(), /200\.00万元/);
  // Issue 11's goal is 5 s; the gate is 3 × that, so a busy 2-core machine does not fail by noise.
  const riskMs = Number(await page.locator('[data-risk-ms]').getAttribute('data-risk-ms'));
  const years = riskRows;
  console.log(`# county risk: 2,193 households × 1,000 draws × ${years} years in ${riskMs} ms in the worker (goal 5000 ms: ${riskMs <= 5000 ? 'met' : 'NOT met'}; gate 15000 ms)`);
  assert.ok(riskMs <= 15_000, `risk over the county took ${riskMs} ms`);

  // Results as Excel: a real workbook (a zip) from the sheet worker.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=villages-xlsx]').click()]);
  assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  assert.equal(readFileSync(await xlsx.path()).subarray(0, 2).toString(), 'PK');

  // Back to the planner, which is as it was.
  await page.locator('[data-action=close-county]').click();
  assert.equal(await page.locator('.app-header').isVisible(), true);
  assert.equal(await page.locator('.county-page').isVisible(), false);
  assert.deepEqual(problems.offOrigin, []);
  assert.deepEqual(problems.consoleErrors, []);
});

const HEADER = '户编码,村,户类型,户主姓名,身份证号,家庭人口,劳动力,耕地面积,人均纯收入';
const GOOD = [
  HEADER,
  '001,一村,脱贫户,张三,652829197001011234,4,2,10,6500',
  '002,一村,边缘易致贫户,李四,652829198002022345,3,1,5,5200',
  '003,二村,一般户,王五,652829199003033456,2,0,0,4800',
].join('\r\n');

async function importCsv(page, name, bytes) {
  await page.setInputFiles('#county-file', { name, mimeType: 'text/csv', buffer: bytes });
}

test('a register is imported (UTF-8 and GBK), mapped when its headers differ, refused whole when bad, kept here and forgotten', async () => {
  const context = shared.track(await launch());
  const page = await context.newPage();
  const problems = watch(page, shared.url);
  await page.goto(shared.url + '#county');
  await page.waitForSelector('.county-page');

  // A bad register: nothing imported, each problem with its row and column.
  const bad = [HEADER, '001,一村,脱贫户,张三,,4,2,十,6500', '002,二村,脱贫户,李四,,3,5,5,5200'].join('\n');
  await importCsv(page, 'bad.csv', Buffer.from(bad));
  await page.waitForSelector('.county-import-errors');
  const errors = await page.locator('.county-import-errors').textContent();
  assert.match(errors, /第 2 行「耕地面积」列/);
  assert.match(errors, /第 3 行/);
  assert.equal(await page.locator('.county-summary').count(), 0, 'nothing imported');

  // Headers the reader does not know: the planner maps them.
  const odd = GOOD.replace('户编码', '编号').replace('家庭人口', '人口数');
  await importCsv(page, 'odd.csv', Buffer.from(odd));
  await page.waitForSelector('.county-mapping');
  await page.selectOption('select[data-field="Household code"]', { label: '编号' });
  await page.selectOption('select[data-field="Members (persons)"]', { label: '人口数' });
  await page.locator('[data-action=apply-mapping]').click();
  await page.waitForSelector('.county-summary[data-households="3"]');

  // GBK, as Chinese Excel saves CSV (bytes made by the system's iconv): decoded by the browser.
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: GOOD.replace('003,二村', '003,三村') });
  assert.ok(!isUtf8(gbk), 'the fixture really is GBK');
  await importCsv(page, 'gbk.csv', gbk);
  await page.waitForSelector('.county-summary[data-households="3"]');
  assert.match(await page.locator('.county-summary').textContent(), /gbk\.csv/);

  // Kept in this browser: a reload brings the register back without a network request.
  const stored = await page.evaluate(() => localStorage.getItem('village-income-planner.roster'));
  assert.match(stored, /652829197001011234/, 'the register, with its IDs, stays in this browser');
  await page.reload();
  await page.waitForSelector('.county-summary[data-households="3"]');

  // The Excel template, downloaded and imported back: its two example households.
  const [template] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=download-template-xlsx]').click()]);
  await page.setInputFiles('#county-file', { name: 'template.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(await template.path()) });
  await page.waitForSelector('.county-summary[data-households="2"]');
  // A damaged workbook: its own message, the template's households still in use.
  await page.setInputFiles('#county-file', { name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 not really a workbook') });
  await page.waitForSelector('[data-county-message]');
  assert.match(await page.locator('[data-county-message]').textContent(), /xlsx|文件/);
  assert.equal(await page.locator('.county-summary').getAttribute('data-households'), '2');
  await importCsv(page, 'gbk-again.csv', gbk);
  await page.waitForSelector('.county-summary[data-households="3"]');

  // With a plan: the household results leave names and IDs out unless the box is ticked.
  const option = await page.locator('#county-template option', { hasText: '尉犁' }).first().getAttribute('value');
  await page.selectOption('#county-template', option);
  await page.waitForSelector('.county-page[data-running=false] [data-table=by-year] tbody tr');
  const exported = async () => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=households]').click()]);
    return readFileSync(await d.path(), 'utf8');
  };
  const plain = await exported();
  assert.doesNotMatch(plain, /652829197001011234|张三/);
  await page.locator('#county-export-personal').check();
  assert.match(await exported(), /652829197001011234/);
  // On screen, IDs never show in full.
  assert.doesNotMatch(await page.locator('.county-page').textContent(), /652829197001011234/);

  // Forgotten in one action (confirmed).
  page.once('dialog', (d) => d.accept());
  await page.locator('[data-action=forget]').click();
  await page.waitForSelector('[data-county-message]');
  assert.equal(await page.evaluate(() => localStorage.getItem('village-income-planner.roster')), null);
  assert.equal(await page.locator('.county-summary').count(), 0);
  assert.deepEqual(problems.offOrigin, []);
  assert.deepEqual(problems.consoleErrors, []);
});

test('typical households × counts: types from scenarios, counts per village, planned like a register', async () => {
  const context = shared.track(await launch());
  const page = await context.newPage();
  const problems = watch(page, shared.url);
  await page.goto(shared.url + '#county');
  await page.waitForSelector('.county-page');
  await page.locator('.county-typical-box summary').click();
  // A village before any type is refused with a message; then two types and two villages.
  await page.locator('#county-new-village').fill('东村');
  await page.locator('[data-action=add-village]').click();
  await page.waitForSelector('.county-typical .field-error');
  for (const name of ['尉犁·土地流转', '博湖·庭院经济示范户']) {
    const value = await page.locator('#county-type-choice option', { hasText: name }).first().getAttribute('value');
    await page.selectOption('#county-type-choice', value);
    await page.locator('[data-action=add-type]').click();
  }
  for (const village of ['东村', '西村']) {
    await page.locator('#county-new-village').fill(village);
    await page.locator('[data-action=add-village]').click();
  }
  const counts = { 'county-count-0-0': '120', 'county-count-1-0': '30', 'county-count-0-1': '80', 'county-count-1-1': '１０' };
  for (const [id, n] of Object.entries(counts)) {
    await page.locator(`#${id}`).fill(n);
    await page.locator(`#${id}`).dispatchEvent('change');
  }
  await page.locator('[data-action=use-typical]').click();
  await page.waitForSelector('.county-summary[data-households="240"]');
  const option = await page.locator('#county-template option', { hasText: '尉犁·土地流转' }).first().getAttribute('value');
  await page.selectOption('#county-template', option);
  await planDone(page);
  assert.equal(await page.locator('[data-table=by-village] tbody tr').count(), 2);
  const total = await page.locator('[data-table=by-year] tbody tr').first().locator('td').first().textContent();
  assert.equal(total.trim(), '240');
  // The county page lives beside <body>, where the planner's own event listeners cannot see its
  // events (two yew apps numbering their elements alike): the planner's workspace is untouched.
  assert.equal(await page.evaluate(() => document.getElementById('county-root').parentElement.tagName), 'HTML');
  // Kept for the next visit.
  await page.reload();
  await page.waitForSelector('.county-summary[data-households="240"]');
  assert.deepEqual(problems.offOrigin, []);
  assert.deepEqual(problems.consoleErrors, []);
});

test('when the roster worker cannot load, the county page says so instead of waiting', async () => {
  // Service workers blocked: a worker's fetches would bypass the page's routes.
  const context = shared.track(await launch({ serviceWorkers: 'block' }));
  await context.route(/roster-worker/, (route) => route.abort());
  const page = await context.newPage();
  const problems = watch(page, new URL(shared.url).origin);
  await page.goto(shared.url + '#county');
  const message = page.locator('[data-county-message]');
  await message.waitFor({ timeout: 20_000 });
  assert.equal(await message.textContent(), '计算进程未能加载：请联网后重新打开此页');
  // The failed fetches are the test's own doing; nothing else went wrong.
  assert.deepEqual(problems.consoleErrors.filter((e) => !/roster-worker|Failed to load resource/.test(e)), []);
});
