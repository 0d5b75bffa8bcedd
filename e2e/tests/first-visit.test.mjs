// A first visit: the browser's language, and a clear start — a blank household or one of the
// county presets — with an example open meanwhile; afterwards the last workspace opens as it was.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, sharedServer } from '../lib/harness.mjs';

const server = sharedServer({ before, after, afterEach });

async function firstVisit(locale) {
  const context = server.track(await launch({ locale }));
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  return page;
}

const tabs = (page) => page.locator('.scenario-tab').allInnerTexts();
const interventionsOn = (page) => page.locator('.form-section.has-switch:not(.off)').count();

test('en-US: English, the start choice in English; a blank household is kept after a reload', async () => {
  const page = await firstVisit('en-US');
  const panel = page.locator('.start-panel');
  assert.match(await panel.locator('h2').innerText(), /Where to start/);
  assert.equal(await panel.locator('[data-start=blank]').innerText(), 'Blank household');
  assert.match(await panel.innerText(), /Hejing · Bayinbuluk herder household/);
  assert.doesNotMatch(await panel.innerText(), /[\u3400-\u9fff]/, 'no Chinese in English mode');
  // An example is open behind the choice, so the first screen shows what the tool does.
  assert.ok((await tabs(page)).length === 1);

  await panel.locator('[data-start=blank]').click();
  await panel.waitFor({ state: 'detached' });
  assert.deepEqual(await tabs(page), ['Blank household']);
  assert.equal(await interventionsOn(page), 0, 'a blank household has no intervention on');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main', 'focus moves on to the form');

  await page.reload();
  await ready(page);
  assert.equal(await page.locator('.start-panel').count(), 0, 'only the first visit is asked');
  assert.deepEqual(await tabs(page), ['Blank household'], 'the last workspace opens');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
});

test('zh-CN: the start choice in Chinese; a county preset takes the example\'s place', async () => {
  const page = await firstVisit('zh-CN');
  const panel = page.locator('.start-panel');
  assert.match(await panel.locator('h2').innerText(), /从哪里开始/);
  assert.equal(await panel.locator('[data-start=blank]').innerText(), '空白家庭');
  assert.equal(await panel.locator('li button').count(), 5, 'every county preset is offered');

  await panel.locator('[data-start=hejing_herder]').click();
  await panel.waitFor({ state: 'detached' });
  assert.deepEqual(await tabs(page), ['和静·巴音布鲁克牧民户'], 'replaces the untouched example');
  assert.ok(await interventionsOn(page) > 0);

  await page.reload();
  await ready(page);
  assert.equal(await page.locator('.start-panel').count(), 0);
  assert.deepEqual(await tabs(page), ['和静·巴音布鲁克牧民户']);
});

test('keeping the example closes the choice, and an edited example is never thrown away', async () => {
  const page = await firstVisit('zh-CN');
  await page.locator('input[data-field="household.members_persons"]').fill('5');
  await page.locator('.start-panel [data-start=blank]').click();
  assert.deepEqual(await tabs(page), ['尉犁·土地流转', '空白家庭'], 'added beside the edited example');

  const again = await firstVisit('zh-CN');
  await again.locator('.start-panel [data-start=keep]').click();
  await again.locator('.start-panel').waitFor({ state: 'detached' });
  assert.deepEqual(await tabs(again), ['尉犁·土地流转']);
});
