// Keyboard and screen readers: an axe-core scan of every view and dialog (0 critical, 0 serious),
// focus that enters, stays in and leaves dialogs the way keyboard users expect, the skip link,
// the preset list that acts only on confirm, and the table cells the hint promises.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, sharedServer, watch, ready, addPreset, openDetails } from '../lib/harness.mjs';
import { scan } from '../lib/axe.mjs';

const server = sharedServer({ before, after, afterEach });

async function fresh(options) {
  const context = await launch(options);
  server.track(context);
  const page = await context.newPage();
  const problems = watch(page, new URL(server.url).origin);
  await page.goto(server.url);
  await ready(page);
  return { context, page, problems };
}

const active = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return { tag: a?.tagName, action: a?.dataset?.action ?? null, text: a?.innerText ?? '', id: a?.id ?? '' };
  });
const focusInside = (page, selector) =>
  page.evaluate((s) => !!document.querySelector(s)?.contains(document.activeElement), selector);
const tabCount = (page) => page.locator('.scenario-tab').count();

/** Tab and Shift+Tab more times than the dialog has controls: focus never leaves it. */
async function assertTrapped(page, selector) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(key);
      assert.ok(await focusInside(page, selector), `${key} #${i + 1} stays in ${selector}`);
    }
  }
}

test('axe finds no critical or serious problem in any view or dialog', async () => {
  // axe is injected as a script, which the page's Content-Security-Policy rightly refuses.
  const { page, problems } = await fresh({ bypassCSP: true });
  await scan(page, 'main view (zh)');

  await page.locator('[data-action=share]').click();
  await page.locator('.share-dialog').waitFor();
  await scan(page, 'share dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '重命名' }).click();
  await page.locator('.rename-dialog').waitFor();
  await scan(page, 'rename dialog');
  await page.keyboard.press('Escape');

  await page.locator('[data-headline=last]').click();
  await page.locator('.explain').waitFor();
  await scan(page, 'explain dialog');
  await page.keyboard.press('Escape');

  await addPreset(page, 'yuli_tourism');
  await page.getByRole('button', { name: '对比' }).click();
  for (const box of await page.locator('[data-compare]').all()) await box.check();
  await page.locator('[data-table=compare]').waitFor();
  await scan(page, 'compare view');
  // With a comparison on screen the share dialog offers the compared set too.
  await page.locator('[data-action=share]').click();
  await page.locator('[data-share=compared]').waitFor();
  await scan(page, 'share dialog with the compared set');
  await page.keyboard.press('Escape');
  await page.locator('.share-dialog').waitFor({ state: 'detached' });

  // The risk panel with its results, fan chart, tables and tornado (issue 10).
  await openDetails(page, '#risk details');
  await page.locator('#risk [data-risk=done]').waitFor({ timeout: 60_000 });
  await page.locator('[data-table=tornado]').waitFor();
  await scan(page, 'risk panel');

  await page.emulateMedia({ media: 'print' });
  await scan(page, 'print view');
  await page.emulateMedia({ media: 'screen' });

  await page.locator('.lang-switch').click();
  await page.locator('.app-header h1', { hasText: 'Village Income Planner' }).waitFor();
  await scan(page, 'main view (en)');

  // The county page (issue 11), with a plan's results, the greedy allocation and the mapping step.
  await page.locator('[data-open-county]').click();
  await page.locator('.county-page').waitFor();
  await page.locator('[data-action=use-example]').click();
  await page.locator('.county-summary').waitFor();
  const option = await page.locator('#county-template option', { hasText: 'Hejing' }).first().getAttribute('value');
  await page.selectOption('#county-template', option);
  await page.locator('#county-greedy-budget').fill('3000000');
  await page.locator('#county-greedy-budget').dispatchEvent('change');
  await page.locator('.county-greedy [data-table=allocations]').waitFor();
  await scan(page, 'county page (en)');
  await page.setInputFiles('#county-file', { name: 'odd.csv', mimeType: 'text/csv', buffer: Buffer.from('编号,村,户类型,家庭人口,劳动力,耕地面积,人均纯收入\n1,一村,脱贫户,3,1,2,6000\n') });
  await page.locator('.county-mapping').waitFor();
  await scan(page, 'county column mapping');
  assert.deepEqual(problems.consoleErrors, []);
});

test('the language button is named by what it shows', async () => {
  const { page } = await fresh();
  const button = page.locator('.lang-switch');
  const name = await button.evaluate((b) => b.textContent.replace(/\s+/g, ' ').trim());
  assert.match(name, /English/);
  // getByRole matches the accessible name, so speech input ("click English") finds it.
  assert.equal(await page.getByRole('button', { name: 'English' }).count(), 1);
});

test('arrow keys on the preset list only choose; Add or Enter creates the scenario', async () => {
  const { page } = await fresh();
  assert.equal(await tabCount(page), 1);
  await page.locator('#preset-select').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  assert.equal(await tabCount(page), 1, 'browsing the list added nothing');
  await page.locator('[data-action=add-preset]').click();
  assert.equal(await tabCount(page), 2, 'Add confirms');
  await page.locator('#preset-select').focus();
  await page.keyboard.press('Enter');
  assert.equal(await tabCount(page), 3, 'Enter confirms');
});

test('the share dialog takes focus, keeps it, and gives it back to its button', async () => {
  const { page } = await fresh();
  await page.locator('[data-action=share]').focus();
  await page.keyboard.press('Enter');
  await page.locator('.share-dialog').waitFor();
  assert.ok(await focusInside(page, '.share-dialog'), 'focus moved into the dialog');
  await assertTrapped(page, '.share-dialog');
  await page.keyboard.press('Escape');
  await page.locator('.share-dialog').waitFor({ state: 'detached' });
  assert.equal((await active(page)).action, 'share', 'focus is back on the share button');
});

test('rename: Escape cancels, Enter keeps, focus returns to the Rename button', async () => {
  const { page } = await fresh();
  const before = await page.locator('.scenario-tab.active').innerText();
  const rename = page.getByRole('button', { name: '重命名' });
  await rename.focus();
  await page.keyboard.press('Enter');
  await page.locator('.rename-dialog').waitFor();
  assert.equal((await active(page)).id, 'rename-input', 'the name box has focus');
  await page.keyboard.type('不要保存');
  await assertTrapped(page, '.rename-dialog');
  await page.locator('#rename-input').focus();
  await page.keyboard.press('Escape');
  await page.locator('.rename-dialog').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.scenario-tab.active').innerText(), before, 'Escape kept the old name');
  assert.equal((await active(page)).text.trim(), '重命名', 'focus is back on Rename');

  await page.keyboard.press('Enter');
  await page.locator('#rename-input').fill('仅流转');
  await page.keyboard.press('Enter');
  await page.locator('.rename-dialog').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.scenario-tab.active').innerText(), '仅流转');
  assert.equal((await active(page)).text.trim(), '重命名');
});

test('"how was this computed" takes focus and returns it to the figure that opened it', async () => {
  const { page } = await fresh();
  await page.locator('[data-headline=npv]').focus();
  await page.keyboard.press('Enter');
  await page.locator('.explain').waitFor();
  assert.ok(await focusInside(page, '.explain'));
  await assertTrapped(page, '.explain');
  await page.keyboard.press('Escape');
  await page.locator('.explain').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.dataset.headline), 'npv');
});

test('the skip link is the first stop and jumps past the header to the main content', async () => {
  const { page } = await fresh();
  await page.keyboard.press('Tab');
  const first = await active(page);
  assert.equal(first.tag, 'A');
  assert.match(first.text, /跳到主要内容/);
  assert.ok(await page.locator('.skip-link').isVisible(), 'visible while focused');
  await page.keyboard.press('Enter');
  assert.equal((await active(page)).tag, 'MAIN');
  assert.equal(new URL(page.url()).hash, '', 'no navigation, the share fragment stays free');
  await page.keyboard.press('Tab');
  assert.ok(await focusInside(page, 'main'), 'the next Tab is inside the main content');
});

test('from a table, arrow keys reach every number the hint says can be explained', async () => {
  const { page } = await fresh();
  const table = page.locator('[data-table=summary]');
  const wanted = await table.evaluate((t) => [...t.querySelectorAll('td[data-fig]')].map((c) => c.dataset.fig));
  assert.ok(wanted.length > 20);
  await table.locator('..').focus();
  await page.keyboard.press('ArrowDown');
  const seen = new Set();
  const rows = await table.locator('tbody tr').count();
  // Walk the table as a snake: right across a row, down, left across the next.
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < 20; c++) {
      seen.add(await page.evaluate(() => document.activeElement.dataset.fig));
      await page.keyboard.press(r % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    }
    seen.add(await page.evaluate(() => document.activeElement.dataset.fig));
    await page.keyboard.press('ArrowDown');
  }
  const missed = wanted.filter((f) => !seen.has(f));
  assert.deepEqual(missed, [], 'every explainable cell was reached');
  await page.keyboard.press('Enter');
  await page.locator('.explain').waitFor();
});

test('a first visit follows the browser language; a saved choice wins afterwards', async () => {
  const en = await fresh({ locale: 'en-US' });
  assert.match(await en.page.locator('.app-header h1').innerText(), /Village Income Planner/);
  assert.equal(await en.page.evaluate(() => document.documentElement.lang), 'en');
  // English readers get mu explained where it first appears.
  assert.match(await en.page.locator('.app-header').innerText(), /1 mu \(亩\) ≈ 667 m², 1\/15 ha/);
  // …and at the first field measured in mu, once, with 亩 marked as Chinese.
  const fieldNotes = en.page.locator('.field-hint [data-note=mu]');
  assert.equal(await fieldNotes.count(), 1);
  assert.equal(await fieldNotes.locator('[lang=zh-CN]').innerText(), '亩');
  assert.equal(await en.page.locator('.field:has([data-note=mu]) input').getAttribute('data-field'), 'household.land.cropland_mu');
  await en.page.locator('.lang-switch').click();
  await en.page.reload();
  await ready(en.page);
  assert.match(await en.page.locator('.app-header h1').innerText(), /乡村增收测算/, 'the saved choice wins');

  const zh = await fresh({ locale: 'zh-CN' });
  assert.match(await zh.page.locator('.app-header h1').innerText(), /乡村增收测算/);
});
