// A phone (390×844): the header stays short, rarely used sections start folded, and the headline
// figures stay in view while the planner edits inputs far above the results.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, field, sharedServer } from '../lib/harness.mjs';

const server = sharedServer({ before, after, afterEach });
const PHONE = { width: 390, height: 844 };

async function open(viewport) {
  const context = server.track(await launch({ viewport }));
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  return page;
}

const inViewport = (page, selector) =>
  page.evaluate((s) => {
    const e = document.querySelector(s);
    if (!e) return false;
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  }, selector);
const isOpen = (page, id) => page.evaluate((i) => document.querySelector(`#${i} > details`).open, id);

test('at 390×844 the headline summary stays in view while a field is edited', async () => {
  const page = await open(PHONE);
  const summary = page.locator('[data-summary]');
  const before = await summary.innerText();
  assert.match(before, /\d{4} 年人均 .*元/);
  assert.match(before, /监测线/);

  // An intervention's field, thousands of pixels above the results on a phone.
  const rent = field(page, 'interventions.land_transfer.rent_yuan_per_mu');
  await rent.scrollIntoViewIfNeeded();
  await rent.fill('1500');
  await page.waitForFunction((t) => document.querySelector('[data-summary]').innerText !== t, before);
  assert.ok(await inViewport(page, '[data-summary]'), 'the summary is in the viewport');
  assert.ok(await inViewport(page, 'input[data-field="interventions.land_transfer.rent_yuan_per_mu"]'),
    'and the field being edited is not hidden under it');
  const results = await page.locator('.headlines').boundingBox();
  assert.ok(results.y > PHONE.height, 'the full headlines are far below: the summary is what shows');

  // An input that is not applied is said there too, with a way back to it.
  await rent.fill('abc');
  await page.locator('[data-summary] .summary-unapplied').waitFor();
  assert.match(await page.locator('[data-summary] .summary-unapplied').innerText(), /租金|rent/i);
});

test('at 390×844 the header takes well under a third of the screen, and rare sections start folded', async () => {
  const page = await open(PHONE);
  const header = await page.locator('.app-header').boundingBox();
  assert.ok(header.height <= PHONE.height / 4, `header ${header.height}px of ${PHONE.height}px`);
  assert.equal(await page.locator('.preset-note').evaluate((d) => d.open), false, 'the preset note is folded');
  assert.equal(await isOpen(page, 'section-household'), true);
  assert.equal(await isOpen(page, 'section-income'), false, 'baseline income detail folded');
  assert.equal(await isOpen(page, 'section-projection'), false, 'settings and the line table folded');
  // Folded, not gone: opening one builds its fields.
  await page.locator('#section-projection > details > summary').click();
  await page.locator('#line-editor').waitFor();
});

test('a laptop (1366×768) keeps every section open, the note open and no summary bar', async () => {
  const page = await open({ width: 1366, height: 768 });
  assert.equal(await isOpen(page, 'section-income'), true);
  assert.equal(await isOpen(page, 'section-projection'), true);
  assert.equal(await page.locator('.preset-note').evaluate((d) => d.open), true);
  assert.equal(await page.locator('[data-summary]').isVisible(), false);
});
