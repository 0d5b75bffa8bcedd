// Training sessions (issue 12): a trainer builds a two-step course in the app and shares it; a
// participant, offline after the first load, opens the link, answers a predict step and a target
// step, gets the model's verdicts, edits, and returns to the trainer's version; the presenter view
// at 1280×720 shows the step's headline figures without scrolling and steps by keyboard; the
// printed handout and answer key read back from the PDF; a damaged link changes nothing.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, ready, watch, field, addPreset, sharedServer } from '../lib/harness.mjs';
import { controlled } from '../lib/offline.mjs';
import { scan } from '../lib/axe.mjs';

const shared = sharedServer({ before, after, afterEach });

const CHICKS = 'interventions.poultry.chicks_per_round_head';
const SURVIVAL = 'interventions.poultry.survival_pct';

/** The PDF Chromium prints now, as text. */
async function printedText(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'training-pdf-')), `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

/** The active scenario's name in the planner's scenario bar. */
const activeName = (page) => page.locator('.scenario-tab[aria-selected=true], .scenario-tab.active').first().textContent();

/** Sets a planner field the way a person does: type, then leave the field. */
async function setField(page, id, text) {
  const input = field(page, id);
  await input.fill(text);
  await input.press('Tab');
}

test('a trainer builds and shares a two-step course; a participant offline answers, edits and returns', async () => {
  // The trainer: two planner scenarios become a course of two steps.
  const trainer = shared.track(await launch());
  const tp = await trainer.newPage();
  // The print dialog is the browser's; here the PDF is made by page.pdf() instead.
  await tp.addInitScript(() => { window.print = () => { window.printCalls = (window.printCalls ?? 0) + 1; }; });
  const tProblems = watch(tp, shared.url);
  const requests = [];
  // The service worker's precache fetches everything in the background: not the page's load.
  trainer.on('request', (r) => {
    if (!r.serviceWorker()) requests.push(new URL(r.url()).pathname);
  });
  await tp.goto(shared.url);
  await ready(tp);
  assert.ok(!requests.some((p) => /training(_bg)?\.(js|wasm)$/.test(p) && !p.endsWith('training-loader.js')),
    `nothing of the training panel before it is opened: ${requests.join(' ')}`);
  await addPreset(tp, 'yuli_land_transfer');
  await tp.locator('[data-open-training]').click();
  await tp.locator('[data-new-course]').click();
  await tp.locator('.course-editor').waitFor();
  assert.ok(requests.some((p) => p.endsWith('training_bg.wasm')), 'the panel\'s wasm is fetched when opened');
  await tp.fill('#course-title-zh', '测试课程：两步');
  await tp.fill('#course-title-en', 'Test course: two steps');
  await tp.fill('#course-0-title-zh', '土地流转：预测人均收入');
  await tp.fill('#course-0-title-en', 'Land transfer: predict per-capita income');
  await tp.fill('#course-0-prompt-zh', '先估一估 2030 年的人均收入。');
  await tp.selectOption('#course-0-exercise', 'predict');
  await tp.selectOption('#course-0-figure', 'per_capita');

  await addPreset(tp, 'hejing_herder');
  await tp.locator('[data-add-step]').click();
  await tp.locator('#course-1-title-zh').waitFor();
  await tp.fill('#course-1-title-zh', '鸡苗：最少发多少只');
  await tp.fill('#course-1-title-en', 'Chicks: the fewest');
  await tp.locator('.course-step').nth(1).locator('.focus-editor summary').click();
  await tp.locator(`#course-1-focus-${CHICKS.replaceAll('.', '-')}`).check();
  await tp.selectOption('#course-1-exercise', 'target');
  await tp.selectOption('#course-1-target-field', CHICKS);
  await tp.fill('#course-1-from-year', '2026');
  await tp.fill('#course-1-until-year', '2027');
  assert.equal(await tp.locator('[data-course-problem]').count(), 0, 'the course is valid');
  await tp.locator('[data-use-course]').click();
  await tp.locator('.training-panel[data-step="1"]').waitFor();

  await tp.locator('[data-share-course]').click();
  const link = await tp.locator('#training-link').inputValue();
  assert.match(link, /#c=[A-Za-z0-9_-]+$/);
  const modules = Number(await tp.locator('.training-qr').getAttribute('data-modules'));
  console.log(`# training: two-step course link of ${link.length} characters, QR code of ${modules} modules`);
  assert.ok(modules > 0);

  // The handout and the answer key, on paper.
  await tp.locator('[data-print-handout]').click();
  await tp.waitForFunction(() => document.documentElement.classList.contains('training-print-handout') && window.printCalls === 1);
  const handout = await printedText(tp, 'handout');
  assert.match(handout, /测试课程：两步/);
  assert.match(handout, /第 1 步 · 土地流转：预测人均收入/);
  assert.match(handout, /第 2 步 · 鸡苗：最少发多少只/);
  assert.match(handout, /我的预测：/);
  assert.match(handout, /我找到的值：/);
  assert.doesNotMatch(handout, /答案|测算结果/, 'no answers and no planner on the handout');
  await tp.locator('[data-print-key]').click();
  await tp.waitForFunction(() => document.documentElement.classList.contains('training-print-key') && window.printCalls === 2);
  const key = await printedText(tp, 'answer-key');
  assert.match(key, /答案/);
  const keyChicks = Number(key.match(/鸡苗[^：\n]*：([0-9,]+)/)?.[1].replace(/,/g, ''));
  assert.ok(keyChicks > 0, `the answer key names the fewest chicks: ${key}`);
  const keyIncome = Number(key.match(/\d{4} 年人均纯收入\(元\)：([0-9,]+)/)?.[1].replace(/,/g, ''));
  assert.ok(keyIncome > 0, `the answer key gives the predicted figure: ${key}`);
  console.log(`# training: answer key — per-capita ${keyIncome} yuan, fewest chicks ${keyChicks}`);
  assert.deepEqual(tProblems.consoleErrors, []);

  // The participant: one visit online, then no network; the link opens from the cache.
  const participant = shared.track(await launch());
  const pp = await participant.newPage();
  const pProblems = watch(pp, shared.url);
  await pp.goto(shared.url);
  await ready(pp);
  await controlled(pp);
  await participant.setOffline(true);
  await pp.goto('about:blank');
  await pp.goto(link);
  await ready(pp);
  await pp.locator('.training-panel[data-step="1"]').waitFor();
  assert.match(await pp.locator('#training-step-title').textContent(), /土地流转：预测人均收入/);
  await pp.waitForFunction(() => document.querySelector('.scenario-tab[aria-selected=true], .scenario-tab.active')?.textContent.includes('尉犁'));

  // Predict: a guess typed as a cadre would, then the model's value and how it was computed.
  await pp.fill('#training-guess', '1.5万');
  await pp.locator('.exercise.predict button[type=submit]').click();
  const verdict1 = await pp.locator('.exercise .verdict').textContent();
  assert.match(verdict1, new RegExp(`模型得出 ${keyIncome}`), `the model's value as in the answer key: ${verdict1}`);
  assert.match(verdict1, /低估|高估|相差/);
  assert.ok(await pp.locator('.training-trace .formula').first().isVisible(), 'the formula behind the figure');
  await pp.fill('#training-guess', '很多');
  await pp.locator('.exercise.predict button[type=submit]').click();
  assert.match(await pp.locator('#training-guess-error').textContent(), /无法识别|数字/);

  // Target: only the step's field is shown; too few chicks fail, the fewest pass.
  await pp.locator('[data-step-next]').click();
  await pp.locator('.training-panel[data-step="2"]').waitFor();
  await pp.waitForFunction(() => document.querySelector('.scenario-tab[aria-selected=true], .scenario-tab.active')?.textContent.includes('和静'));
  await field(pp, CHICKS).waitFor({ state: 'visible' });
  const original = await field(pp, CHICKS).inputValue();
  assert.equal(await field(pp, SURVIVAL).isVisible(), false, 'fields the step does not look at are folded away');
  await setField(pp, CHICKS, '1');
  await pp.locator('[data-check-target]').click();
  const low = await pp.locator('.exercise .verdict').textContent();
  assert.match(low, /未达到目标/, low);
  await setField(pp, CHICKS, String(keyChicks));
  await pp.locator('[data-check-target]').click();
  await pp.waitForFunction(() => document.querySelector('.exercise .verdict')?.dataset.verdict === 'right');
  assert.match(await pp.locator('.exercise .verdict').textContent(), /正是最优值/);

  // Back to the trainer's version: the step's own value again, the participant's kept aside.
  await pp.locator('[data-back-to-trainer]').click();
  await pp.waitForFunction(([id, v]) => document.querySelector(`input[data-field="${id}"]`)?.value === v, [CHICKS, original]);
  assert.notEqual(original, String(keyChicks));
  assert.equal(pProblems.offOrigin.length, 0, `nothing left the origin: ${pProblems.offOrigin}`);
  assert.deepEqual(pProblems.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
});

test('presenter view at 1280×720: results first, headline figures without scrolling, keys step', async () => {
  const context = shared.track(await launch({ viewport: { width: 1280, height: 720 }, bypassCSP: true }));
  const page = await context.newPage();
  await page.goto(`${shared.url}#c=B`);
  await ready(page);
  await page.locator('.training-panel[data-step="1"]').waitFor();
  assert.match(await page.locator('.training-bar .counter').textContent(), /第 1 \/ 6 步/);
  await scan(page, 'training panel');
  await page.locator('[data-presenter]').click();
  await page.waitForFunction(() => document.documentElement.classList.contains('training-presenter'));
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator('.headlines').first().boundingBox();
  const prompt = await page.locator('.training-step .prompt').boundingBox();
  console.log(`# training presenter 1280×720: prompt ${Math.round(prompt.y)}–${Math.round(prompt.y + prompt.height)} px, headlines ${Math.round(box.y)}–${Math.round(box.y + box.height)} px`);
  assert.ok(box.y >= 0 && box.y + box.height <= 720, 'the headline figures are on screen without scrolling');
  assert.ok(prompt.y >= 0 && prompt.y + prompt.height <= 720, 'the step\'s prompt is on screen');
  assert.equal(await page.locator('.app-header').isVisible(), false, 'no planner chrome on the projector');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('ArrowRight');
  await page.locator('.training-panel[data-step="2"]').waitFor();
  await page.keyboard.press(' ');
  await page.locator('.training-panel[data-step="3"]').waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.locator('.training-panel[data-step="2"]').waitFor();
  await scan(page, 'training presenter view');
  // The course's QR code as tall as the projector allows, for the back of the room.
  await page.locator('[data-big-qr]').click();
  const qr = await page.locator('.training-qr-overlay svg').boundingBox();
  console.log(`# training presenter QR code: ${Math.round(qr.width)}×${Math.round(qr.height)} px of 1280×720 (link #c=B)`);
  assert.ok(qr.height >= 560, 'the QR code fills most of the screen height');
  await page.keyboard.press('Escape');
  await page.locator('.training-qr-overlay').waitFor({ state: 'detached' });
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('training-presenter')), 'Escape closed only the QR code');
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.documentElement.classList.contains('training-presenter'));
});

test('a damaged or newer course link gets a clear message and changes nothing', async () => {
  const context = shared.track(await launch());
  const page = await context.newPage();
  await page.goto(`${shared.url}#c=B`);
  await ready(page);
  await page.locator('.training-panel[data-step="1"]').waitFor();
  await page.locator('[data-step-next]').click();
  await page.locator('.training-panel[data-step="2"]').waitFor();
  const tabs = await page.locator('.scenario-tab').count();
  const title = await page.locator('#training-step-title').textContent();

  await page.evaluate(() => { location.hash = 'c=Z1garbled-link'; });
  await page.locator('.training-message').waitFor();
  assert.match(await page.locator('.training-message').textContent(), /无法打开此培训课程/);
  assert.equal(await page.locator('#training-step-title').textContent(), title, 'the session is where it was');
  assert.equal(await page.locator('.scenario-tab').count(), tabs, 'no scenario added');
  // Kept across a reload, on the same step.
  await page.reload();
  await ready(page);
  await page.locator('.training-panel[data-step="2"]').waitFor();
});
