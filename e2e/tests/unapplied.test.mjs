// An input that is not applied (its text does not read or is out of range) leaves the results
// on the last valid value: the results say so and take the planner to it, and export, share and
// print say so before they use the last valid scenario.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, field, sharedServer } from '../lib/harness.mjs';

const server = sharedServer({ before, after, afterEach });

async function open() {
  const context = server.track(await launch());
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  return page;
}

const MEMBERS = 'household.members_persons';
const notice = (page) => page.locator('[data-notice=unapplied]');

test('"abc" in a field: the results name it, and its button takes focus back to the field', async () => {
  const page = await open();
  assert.equal(await notice(page).count(), 0, 'nothing to say while every input is applied');
  await field(page, MEMBERS).fill('abc');
  await notice(page).waitFor();
  assert.match(await notice(page).innerText(), /输入未生效[\s\S]*家庭人口/);

  // Away from the field, with its section closed: the button opens it, scrolls and focuses.
  await page.locator('#section-household > details > summary').click();
  await page.locator('#results-title').scrollIntoViewIfNeeded();
  await notice(page).getByRole('button', { name: '家庭人口' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.field), MEMBERS);
  assert.equal(await field(page, MEMBERS).inputValue(), 'abc', 'the planner\'s text is kept');
  const box = await field(page, MEMBERS).boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 768, `the field is in view (${JSON.stringify(box)})`);

  // English names it in English.
  await page.locator('.lang-switch').click();
  assert.match(await notice(page).innerText(), /Input not applied[\s\S]*Household members/);
  await page.locator('.lang-switch').click();

  // Applied again: the notice goes.
  await field(page, MEMBERS).fill('5');
  await notice(page).waitFor({ state: 'detached' });
});

test('export, share and print say an input is not applied before they use the last valid values', async () => {
  const page = await open();
  await field(page, MEMBERS).fill('99');
  await notice(page).waitFor();

  const menu = page.locator('.file-menu [data-warning=unapplied]');
  assert.match(await menu.innerText(), /导出、分享和打印[\s\S]*家庭人口/);
  // The printed report is built when printing starts (the print media query turns on).
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('.print-report [data-warning=unapplied]').textContent(), /本报告[\s\S]*家庭人口/);
  await page.emulateMedia({ media: 'screen' });
  // …and taken down after: not rebuilt, unseen, on every keystroke.
  await page.locator('.print-report [data-warning=unapplied]').waitFor({ state: 'detached' });

  await page.locator('[data-action=share]').click();
  const dialog = page.locator('.share-dialog');
  await dialog.waitFor();
  assert.match(await dialog.locator('[data-warning=unapplied]').innerText(), /此链接[\s\S]*家庭人口/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  await field(page, MEMBERS).fill('4');
  await notice(page).waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-warning=unapplied]').count(), 0, 'every warning goes with it');
});
