// What a planner does in the workspace, in real Chromium against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, watch, ready, field, canvasPixels, tableText, addPreset } from '../lib/harness.mjs';

let server;
let context;
before(async () => {
  server = await serve();
  context = await launch();
});
after(async () => {
  await context?.close();
  await server?.close();
});

async function open() {
  const page = await context.newPage();
  const problems = watch(page, new URL(server.url).origin);
  await page.goto(server.url);
  await ready(page);
  // Every test starts Chinese-first with the default preset.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  return { page, problems };
}

const summaryCell = (page, row, col) =>
  page.locator(`[data-table=summary] tbody tr:nth-child(${row}) td:nth-of-type(${col})`).innerText();
const changed = (page, before) =>
  page.waitForFunction((t) => document.querySelector('[data-table=summary] tbody').textContent !== t, before);

test('picking a preset loads it, shows its note, and reset brings it back', async () => {
  const { page, problems } = await open();
  const before = await tableText(page);
  await addPreset(page, 'yuli_tourism');
  await changed(page, before);
  assert.match(await page.locator('.preset-note').innerText(), /3,000|3000/);
  assert.ok(await page.locator('[data-toggle="interventions.tourism.schedule.enabled"]').isChecked());
  const preset = await tableText(page);
  await field(page, 'household.income.other_yuan').fill('9000');
  await changed(page, preset);
  await page.getByRole('button', { name: '恢复预设' }).click();
  await page.waitForFunction((t) => document.querySelector('[data-table=summary] tbody').textContent === t, preset);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('switching tourism on adds its gain to the table and the contribution legend', async () => {
  const { page } = await open();
  const before = await tableText(page);
  const toggle = page.locator('[data-toggle="interventions.tourism.schedule.enabled"]');
  assert.equal(await toggle.isChecked(), false);
  await toggle.check();
  await changed(page, before);
  // Yuli's average tourism gain is 3,000 yuan a household a year from its start year.
  const legend = await page.locator('figure:has(canvas[data-chart="contributions"]) .legend').innerText();
  assert.match(legend, /乡村旅游/);
  assert.match(await page.locator('[data-table=interventions] thead').innerText(), /乡村旅游·增收/);
  await page.close();
});

test('1.5万 typed into a money field is used as 15,000', async () => {
  const { page } = await open();
  // Baseline household income in the base year: 24,560 with 5,000 of local wages.
  assert.equal(await summaryCell(page, 1, 1), '24,560');
  const before = await tableText(page);
  const wages = field(page, 'household.income.local_wages_yuan');
  await wages.fill('1.5万');
  await changed(page, before);
  assert.equal(await summaryCell(page, 1, 1), '34,560', '24,560 − 5,000 + 15,000');
  assert.equal(await wages.getAttribute('aria-invalid'), 'false');
  // Full-width digits and separators read the same way.
  await wages.fill('１５，０００');
  assert.equal(await summaryCell(page, 1, 1), '34,560');
  await page.close();
});

test('abc shows a message at the field while charts and tables keep the last valid state', async () => {
  const { page, problems } = await open();
  const rent = field(page, 'interventions.land_transfer.rent_yuan_per_mu');
  const table = await tableText(page);
  const charts = await Promise.all(['per-capita', 'by-source'].map((c) => canvasPixels(page, c)));
  await rent.fill('abc');
  const error = page.locator('.field-invalid .field-error');
  await error.waitFor();
  assert.match(await error.innerText(), /无法识别的数字/);
  assert.equal(await rent.getAttribute('aria-invalid'), 'true');
  await page.waitForTimeout(100);
  assert.equal(await tableText(page), table);
  assert.deepEqual(await Promise.all(['per-capita', 'by-source'].map((c) => canvasPixels(page, c))), charts);
  // Out of range gets its own message, in the current language.
  await rent.fill('99999');
  // Numbers in the message are written as the field's hint writes them.
  const range = (await page.locator('.field-invalid .range').innerText()).replace(/^范围 /, '');
  assert.equal(range, '0–3,000 元/亩');
  assert.match(await error.innerText(), /须在 0–3,000 元\/亩 之间/);
  await page.locator('.lang-switch').click();
  assert.match(await page.locator('.field-invalid .field-error').innerText(), /must be within 0–3,000 yuan\/mu/);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('what planners type: the unit of the field, "1 2", "15k", a pasted sentence, and years', async () => {
  const { page, problems } = await open();
  const members = field(page, 'household.members_persons');
  const error = page.locator('#f-household-members_persons-error');
  const before = await tableText(page);
  // The preset household has 4 members: 5人 changes the per-capita figures.
  await members.fill('5人');
  await page.waitForFunction((t) => document.querySelector('[data-table=summary] tbody').textContent !== t, before);
  assert.equal(await members.getAttribute('aria-invalid'), 'false', '5人 in a persons field reads as 5');
  const cases = [
    ['4亩', /请只输入数字，单位（人）已给出/],
    ['1 2', /数字中间有空格/],
    ['15k', /如指 15000，请写 15000 或 1.5万/],
    ['家里有四口人，两个劳动力', /只填一个数字/],
  ];
  for (const [text, message] of cases) {
    await members.fill(text);
    assert.match(await error.innerText(), message, text);
    assert.equal(await members.getAttribute('aria-invalid'), 'true', text);
  }
  await page.locator('.lang-switch').click();
  await members.fill('15k');
  assert.match(await error.innerText(), /for 15,000 type 15000 or 15,000/);
  await members.fill('abc');
  assert.doesNotMatch(await error.innerText(), /万/, 'English examples in English');
  // Years are labels, never grouped: inputs, hints and table rows.
  const baseYear = field(page, 'horizon.base_year');
  assert.match(await baseYear.inputValue(), /^20\d\d$/);
  const hints = await page.locator('.field-hint .range').allTextContents(); // off-screen sections have no innerText
  assert.ok(hints.some((h) => /2015–2050 year/.test(h)), hints.join(' | '));
  assert.deepEqual(hints.filter((h) => /\b\d,\d{3}–\d,\d{3} year\b/.test(h)), []);
  const years = await page.locator('[data-table=summary] tbody th').allTextContents();
  assert.ok(years.every((y) => /^\d{4}$/.test(y)), years.join(','));
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

/** Visible text and labelling attributes of the page, outside elements marked with another language. */
async function screenText(page) {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const foreign = (el) => {
      const tagged = el.closest('[lang]');
      return tagged && tagged !== document.documentElement && tagged.lang !== pageLang;
    };
    // Open every section so collapsed fields are checked too.
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || foreign(el) || el.closest('script,style,noscript')) continue;
      if (node.textContent.trim()) out.push(node.textContent.trim());
    }
    for (const el of document.querySelectorAll('[title],[aria-label],[placeholder]')) {
      if (foreign(el)) continue;
      for (const a of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    out.push(document.title);
    return out;
  });
}

test('English mode shows no Chinese, and Chinese mode no English', async () => {
  const { page } = await open();
  // Turn every intervention on so all their fields and legends are on screen.
  await addPreset(page, 'hejing_herder');
  for (const t of await page.locator('[data-toggle$="schedule.enabled"]').all()) await t.check();
  await page.locator('.headline[data-headline="npv"]').click();
  await page.locator('.explain').waitFor();

  const zh = await screenText(page);
  const english = zh.filter((t) => /[A-Za-z]{2,}/.test(t.replace(/\b(m²|kg|NPV|CSV|json)\b/gi, '')));
  assert.deepEqual(english, [], 'Chinese mode has no English words');

  // The drawer covers the header's switch, as it would for a planner: close, switch, reopen.
  await page.keyboard.press('Escape');
  await page.locator('.lang-switch').click();
  await page.locator('.headline[data-headline="npv"]').click();
  await page.locator('.explain').waitFor();
  const en = await screenText(page);
  const chinese = en.filter((t) => /[\u3400-\u9fff]/.test(t));
  assert.deepEqual(chinese, [], 'English mode has no Chinese');
  await page.close();
});

test('"how was this computed" opens on a table cell and shows the formula and inputs', async () => {
  const { page } = await open();
  const cell = page.locator('[data-table=summary] td[data-fig^="pc:2026:0"]');
  const shown = await cell.innerText();
  await cell.click();
  const panel = page.locator('.explain');
  await panel.waitFor();
  assert.match(await panel.locator('h2').innerText(), /计算过程/);
  assert.match(await panel.locator('.formula').first().innerText(), /家庭纯收入 ÷ 家庭人口/);
  // The panel's figure is the cell's figure (written in 万 from 10,000 up).
  const figure = await panel.locator('.explain-figure strong').innerText();
  const yuan = (t) => Number(t.replace(/[^0-9.]/g, '')) * (t.includes('万') ? 10000 : 1);
  const cellYuan = Number(shown.replace(/,/g, ''));
  assert.ok(Math.abs(yuan(figure) - cellYuan) <= (figure.includes('万') ? 50 : 0.5), `${figure} vs ${shown}`);
  assert.match(await panel.locator('.trace-inputs').first().innerText(), /家庭人口\s+4人/);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  // Keyboard: arrows move between cells, Enter explains.
  await page.locator('[data-table=summary]').locator('..').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await panel.waitFor();
  await page.close();
});

test('layout fits a 1024×768 projector and a phone without sideways scrolling', async () => {
  for (const viewport of [{ width: 1024, height: 768 }, { width: 375, height: 740 }]) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(server.url);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal overflow at ${viewport.width}px (got ${overflow}px)`);
    const columns = await page.evaluate(() => getComputedStyle(document.querySelector('.workspace')).gridTemplateColumns.split(' ').length);
    assert.equal(columns, viewport.width >= 1000 ? 2 : 1);
    await page.close();
  }
});
