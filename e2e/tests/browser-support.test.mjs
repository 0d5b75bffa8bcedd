// Where the planner cannot run — no WebAssembly, a WebAssembly without the features the build
// uses, or the wasm failing to load — the page says so in Chinese and English instead of
// staying blank (assets/boot-check.js). Where it can run, nothing of that shows.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, sharedServer } from '../lib/harness.mjs';

const server = sharedServer({ before, after, afterEach });

async function open(prepare) {
  const context = server.track(await launch());
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(server.url);
  return page;
}

async function failureMessage(page) {
  const box = page.locator('#boot-failure');
  await box.waitFor({ timeout: 10_000 });
  const text = await box.innerText();
  // Both languages, whatever the browser's.
  assert.match(text, /浏览器/);
  assert.match(text, /browser/);
  assert.equal(await box.getAttribute('role'), 'alert');
  return { reason: await box.getAttribute('data-reason'), text };
}

test('with no WebAssembly at all, the page explains which browsers run the planner', async () => {
  const page = await open((c) => c.addInitScript(() => { delete window.WebAssembly; }));
  const { reason, text } = await failureMessage(page);
  assert.equal(reason, 'unsupported');
  assert.match(text, /96/, 'names the oldest Chromium core');
  assert.match(text, /Firefox 79/);
  assert.match(text, /Safari 15/);
});

test('a WebAssembly without reference types (an older core) gets the same message', async () => {
  // Chromium 86's engine: WebAssembly is there, but a module with externref neither validates
  // nor compiles. (Were the check ever wrong and the app started, the app's first render would
  // replace the message.)
  const page = await open((c) => c.addInitScript(() => {
    const refused = () => Promise.reject(new WebAssembly.CompileError('invalid value type 0x6f'));
    WebAssembly.validate = () => false;
    WebAssembly.instantiateStreaming = refused;
    WebAssembly.instantiate = refused;
  }));
  const { reason } = await failureMessage(page);
  assert.equal(reason, 'unsupported');
});

test('a wasm that fails to load gets a message instead of a blank page', async () => {
  const page = await open((c) => c.route(/_bg\.wasm$/, (route) => route.abort()));
  const { reason } = await failureMessage(page);
  assert.equal(reason, 'load');
});

test('a browser that runs the planner shows no such message, and the check is a file, not inline code', async () => {
  const page = await open();
  await ready(page);
  assert.equal(await page.locator('#boot-failure').count(), 0);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type=module])')].length);
  assert.equal(inline, 0, 'no inline classic script (a CSP need not allow one)');
  // The check runs before trunk's loader.
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('script')].map((s) => (s.src ? 'check' : s.type)));
  assert.equal(order[0], 'check');
});
