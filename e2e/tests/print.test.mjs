// The printed report as the county office gets it: Chromium prints it to PDF (page.pdf(), with no
// media emulation, so the app sees what a real print does), poppler turns the PDF into images and
// text, and the test measures the paper: how much of its column each chart fills, how tall its
// labels are in points, and what the report says.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, sharedServer, ready, watch, addPreset, ROOT } from '../lib/harness.mjs';

const server = sharedServer({ before, after, afterEach });

/** Rasterising resolution: 4 pixels per point. */
const DPI = 288;
const PX_PER_PT = DPI / 72;
/** A4 at 12 mm margins (styles/print.css): the margin and the printable width in points. */
const MARGIN_PT = (12 / 25.4) * 72;
const CONTENT_WIDTH_PT = ((210 - 24) / 25.4) * 72;
/** The least a label may measure on paper. */
const MIN_LABEL_PT = 8;

/** The charts' font stack, read from the source so the test measures the font the app draws with. */
const FONT_FAMILY = JSON.parse(
  /FONT_FAMILY: &str =\s*("(?:[^"\\]|\\.)*");/.exec(readFileSync(join(ROOT, 'src/charts/mod.rs'), 'utf8'))[1],
);

async function open() {
  const context = server.track(await launch());
  const page = await context.newPage();
  const problems = watch(page, new URL(server.url).origin);
  await page.goto(server.url);
  await ready(page);
  return { page, problems };
}

/** Prints to A4 PDF in a fresh folder; returns the folder and the file. */
async function print(page) {
  const dir = mkdtempSync(join(tmpdir(), 'planner-print-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  return { dir, file };
}

/** Every word of the PDF with its box in points from its page's top left (pdftotext -bbox). */
function words({ file }) {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
  const out = [];
  xml.split('<page ').slice(1).forEach((pageXml, i) => {
    for (const m of pageXml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const [xMin, yMin, xMax, yMax] = m.slice(1, 5).map(Number);
      out.push({ page: i + 1, xMin, yMin, xMax, yMax, text: m[5].replace(/&amp;/g, '&') });
    }
  });
  return out;
}

/** One page rasterised in grey at DPI: { width, height, data } with 0 = black, 255 = white. */
function raster({ dir, file }, pageNumber) {
  const base = join(dir, `page-${pageNumber}`);
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', file, base]);
  const buf = readFileSync(`${base}.pgm`);
  // P5 header: magic, width, height, max value, each followed by whitespace.
  const fields = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[at]))) at++;
    const start = at;
    while (!/\s/.test(String.fromCharCode(buf[at]))) at++;
    fields.push(buf.toString('latin1', start, at));
  }
  assert.equal(fields[0], 'P5');
  return { width: Number(fields[1]), height: Number(fields[2]), data: buf.subarray(at + 1) };
}

/** A rectangle given in points ({ left, top, width, height }) in raster pixels, and a pixel reader inside it. */
function crop(r, rect) {
  const x0 = Math.round(rect.left * PX_PER_PT);
  const y0 = Math.round(rect.top * PX_PER_PT);
  const w = Math.round(rect.width * PX_PER_PT);
  const h = Math.round(rect.height * PX_PER_PT);
  return { w, h, at: (x, y) => r.data[(y0 + y) * r.width + x0 + x] };
}

/** Width and height (points) of the bounding box of what is drawn (not white) inside a crop. */
function inkBox(c) {
  let [left, right, top, bottom] = [c.w, -1, c.h, -1];
  for (let y = 0; y < c.h; y++) {
    for (let x = 0; x < c.w; x++) {
      if (c.at(x, y) < 235) {
        left = Math.min(left, x); right = Math.max(right, x);
        top = Math.min(top, y); bottom = Math.max(bottom, y);
      }
    }
  }
  return right < 0 ? { width: 0, height: 0 } : { width: (right - left + 1) / PX_PER_PT, height: (bottom - top + 1) / PX_PER_PT };
}

/** Ink height of `text` as a fraction of the font size, in the charts' font, measured by the browser. */
const inkPerEm = (page, text) =>
  page.evaluate(([t, family]) => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `100px ${family}`;
    const m = ctx.measureText(t);
    return (m.actualBoundingBoxAscent + m.actualBoundingBoxDescent) / 100;
  }, [text, FONT_FAMILY]);

test('printed charts fill their column and their labels measure at least 8 pt on paper', async () => {
  const { page, problems } = await open();
  const screenWidth = await page.locator('canvas[data-chart="per-capita"]').evaluate((c) => c.width);
  const figures = await page.locator('.charts figure').evaluateAll((fs) =>
    fs.map((f) => ({ caption: f.querySelector('figcaption').innerText, legend: f.querySelector('.legend li').innerText })));
  const pdf = await print(page);
  const all = words(pdf);
  const rasters = new Map();
  const pageRaster = (n) => rasters.get(n) ?? rasters.set(n, raster(pdf, n)).get(n);
  const half = CONTENT_WIDTH_PT / 2;
  const measured = [];
  for (const { caption, legend } of figures) {
    // The chart's box on paper: its column, between its caption and its legend (both HTML text).
    const cap = all.find((w) => w.text === caption);
    assert.ok(cap, `caption ${caption} on paper`);
    const column = cap.xMin < MARGIN_PT + half ? MARGIN_PT : MARGIN_PT + half;
    const inColumn = (w) => w.page === cap.page && w.xMin >= column - 1 && w.xMax <= column + half + 1;
    const leg = all.find((w) => inColumn(w) && w.yMin > cap.yMax && w.text === legend);
    assert.ok(leg, `legend ${legend} below ${caption}`);
    const box = { left: column, top: cap.yMax + 1, width: half, height: leg.yMin - cap.yMax - 2 };
    const ink = inkBox(crop(pageRaster(cap.page), box));
    // The chart's own labels: every word printed inside its box (the canvas prints as vector text).
    const labels = all.filter((w) => inColumn(w) && w.yMin >= box.top && w.yMax <= box.top + box.height);
    measured.push({ caption, box, ink, labels });
  }
  for (const { caption, box, ink } of measured) {
    // The drawing spans its column (a column is half the printable width, less half the gap)
    // and its box from caption to legend.
    assert.ok(ink.width >= 0.87 * half, `${caption}: drawn ${ink.width.toFixed(0)} pt wide in a ${half.toFixed(0)} pt column`);
    assert.ok(ink.height >= 0.8 * box.height, `${caption}: drawn ${ink.height.toFixed(0)} pt high in a ${box.height.toFixed(0)} pt box`);
    assert.ok(box.height >= 120, `${caption}: box ${box.height.toFixed(0)} pt high`);
  }

  // Label sizes, two ways. Word boxes from the PDF's text: axis title and tick labels.
  const axisWords = measured.flatMap((m) => m.labels.filter((w) => /^(年份|[\d,]+)$/.test(w.text)));
  assert.ok(axisWords.some((w) => w.text === '年份'), 'the axis title is printed with the chart');
  const smallestBox = Math.min(...axisWords.map((w) => w.yMax - w.yMin));
  // And from the pixels: the ink height of the first chart's axis title over the font's ink per
  // em (measured by the browser in the charts' font) is its font size in points.
  const title = measured[0].labels.find((w) => w.text === '年份');
  const titleInk = inkBox(crop(pageRaster(title.page), { left: title.xMin - 1, top: title.yMin - 1, width: title.xMax - title.xMin + 2, height: title.yMax - title.yMin + 2 }));
  const titleSize = titleInk.height / (await inkPerEm(page, '年份'));
  // A year in the middle of the axis (clear of the y axis), its first two digits (the tick mark
  // above it stands over its middle), below the axis line that touches the top of its word box.
  const years = measured[0].labels.filter((w) => /^20\d\d$/.test(w.text));
  const yearWord = years[Math.floor(years.length / 2)];
  const yearInk = inkBox(crop(pageRaster(yearWord.page), { left: yearWord.xMin - 1, top: yearWord.yMin + 1, width: (yearWord.xMax - yearWord.xMin) * 0.45 + 1, height: yearWord.yMax - yearWord.yMin }));
  const yearSize = yearInk.height / (await inkPerEm(page, '20'));
  console.log(`# charts on paper: ${measured.map((m) => `${m.caption} ${m.ink.width.toFixed(0)}×${m.ink.height.toFixed(0)} pt drawn in ${m.box.width.toFixed(0)}×${m.box.height.toFixed(0)}`).join('; ')}`);
  console.log(`# labels: smallest axis word box ${smallestBox.toFixed(1)} pt high (${axisWords.length} words); from the pixels, axis title ${titleSize.toFixed(1)} pt, year labels ${yearSize.toFixed(1)} pt`);
  assert.ok(smallestBox >= MIN_LABEL_PT, `axis word box ${smallestBox.toFixed(1)} pt`);
  assert.ok(titleSize >= MIN_LABEL_PT, `axis title ${titleSize.toFixed(1)} pt`);
  assert.ok(yearSize >= MIN_LABEL_PT, `year labels ${yearSize.toFixed(1)} pt`);

  // After printing, the screen gets its own drawing back.
  await page.waitForFunction((w) => document.querySelector('canvas[data-chart="per-capita"]').width === w, screenWidth);
  assert.deepEqual(problems.consoleErrors, []);
});

test('the report says the public cost, the line status once, the notes and how the compared scenarios differ', async () => {
  const { page, problems } = await open();
  const notes = page.locator('textarea[data-field=notes]');
  // A bounded field: 2,000 characters, with a message at the limit.
  await notes.fill('备'.repeat(2100));
  assert.equal((await notes.inputValue()).length, 2000);
  assert.match(await page.locator('#notes-count').innerText(), /2,000 \/ 2,000 · 已达 2,000 字上限/);
  const note = '2026 年 3 月入户调查，羊价按县畜牧站报价。';
  await notes.fill(note);
  await notes.blur();
  // A second scenario, compared with the first.
  await addPreset(page, 'yuli_tourism');
  await page.getByRole('button', { name: '对比' }).click();
  for (const box of await page.locator('[data-compare]').all()) await box.check();
  const inputs = page.locator('[data-table=compare-inputs]');
  await inputs.waitFor();
  const differing = await inputs.locator('tbody th').allInnerTexts();
  assert.ok(differing.length > 0 && differing.every((t) => t.includes(' · ')), differing.join('|'));
  // Back to the first scenario, whose notes the report prints.
  await page.locator('.scenario-tab').first().click();
  await page.waitForFunction((n) => document.querySelector('textarea[data-field=notes]').value === n, note);
  const totalCost = await page.locator('[data-headline=total-cost] .headline-value').innerText();

  const pdf = await print(page);
  const text = execFileSync('pdftotext', ['-layout', pdf.file, '-']).toString();
  const flat = text.replace(/\s+/g, '');
  assert.ok(flat.includes(`公共投入合计（全部年份）：${totalCost.replace(/\s+/g, '')}`), `total public cost ${totalCost}`);
  assert.match(flat, /按措施：/);
  const lineSentences = flat.match(/监测线：[^。]*。/g) ?? [];
  assert.equal(lineSentences.length, 1, `the line's status said once: ${lineSentences.join(' | ')}`);
  assert.match(lineSentences[0], /已核实|待核实|未填写/);
  assert.ok(flat.includes(note.replace(/\s+/g, '')), 'the notes are printed');
  assert.match(flat, /输入差异/);
  assert.ok(flat.includes(differing[0].replace(/\s+/g, '')), `a differing input (${differing[0]}) is printed`);
  console.log(`# report: ${lineSentences[0]}; ${differing.length} differing inputs, first ${differing[0]}`);

  // The same report in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('[data-table=compare-inputs] caption', { hasText: 'Inputs that differ' }).waitFor();
  const en = execFileSync('pdftotext', ['-layout', (await print(page)).file, '-']).toString().replace(/\s+/g, ' ');
  assert.match(en, /Total public cost \(all years\):/);
  assert.equal(en.match(/Monitoring line: /g)?.length, 1, 'the line status said once');
  assert.match(en, /Inputs that differ/);
  assert.ok(en.includes(note), 'the notes are printed as written');

  // Printing with the cursor still in the notes: what is on screen is what prints.
  const added = ' Checked again in April.';
  await notes.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(added);
  const still = execFileSync('pdftotext', ['-layout', (await print(page)).file, '-']).toString().replace(/\s+/g, ' ');
  assert.ok(still.includes(added.trim()), 'notes typed just before printing are on the report');
  assert.deepEqual(problems.consoleErrors, []);
});
