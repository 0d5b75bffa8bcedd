// axe-core scans for the Playwright tests: 0 critical and 0 serious violations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// From node_modules (pinned in package-lock.json), injected as text: nothing from the network.
// The page's Content-Security-Policy rightly refuses an injected script: launch with bypassCSP.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page as it is now; prints the counts by impact and returns the violations. */
export async function scan(page, view) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      resultTypes: ['violations'],
      // Experimental in axe, but WCAG 2.5.3 (label in name) is what speech-input users rely on.
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const count = (impact) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes, 0);
  const counts = { critical: count('critical'), serious: count('serious'), moderate: count('moderate'), minor: count('minor') };
  console.log(`axe ${view}: critical ${counts.critical}, serious ${counts.serious}, moderate ${counts.moderate}, minor ${counts.minor}`);
  const blocking = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  assert.deepEqual(blocking, [], `${view}: critical or serious violations`);
  return violations;
}

