// Talking to the sheet worker from a test, as src/ui/sheet_client.rs does from the page: spawned
// from sheet-worker_loader.js against the document's base, messages in the byte protocol of
// src/sheet_worker/protocol.rs (tag, request id, body; u32 little-endian lengths), buffers
// transferred. `inPage` runs inside the page (page.evaluate(inPage, jobs)): it is self-contained
// on purpose, since Playwright sends the function's source, not its module.
//
// A job is { write: [{ name, headers, rows }] } (the reply's bytes are kept as the last
// workbook), { read: 'last' } (reads the last workbook written) or { read: [byte, …] }. Each
// result is { ms, tag, … }: for a table its headers and rows, for bytes their length, for a
// failure its messages ({ zh, en }).
export async function inPage(jobs) {
  const utf8 = new TextEncoder();
  const message = (tag, id, write) => {
    const parts = [];
    const u32 = (n) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, true); parts.push(b); };
    const text = (s) => { const b = utf8.encode(s); u32(b.length); parts.push(b); };
    const texts = (v) => { u32(v.length); v.forEach(text); };
    parts.push(new Uint8Array([tag]));
    u32(id);
    write({ u32, text, texts, bytes: (b) => parts.push(b) });
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  };
  const reader = (bytes) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const decoder = new TextDecoder();
    let at = 5;
    const u32 = () => { const n = view.getUint32(at, true); at += 4; return n; };
    const text = () => { const n = u32(); const s = decoder.decode(bytes.subarray(at, at + n)); at += n; return s; };
    const texts = () => Array.from({ length: u32() }, text);
    return { u32, text, texts };
  };
  const t0 = performance.now();
  const worker = new Worker(new URL('sheet-worker_loader.js', document.baseURI));
  await new Promise((resolve, reject) => {
    worker.onmessage = (e) => { if (new Uint8Array(e.data)[0] === 10) resolve(); };
    worker.onerror = (e) => reject(new Error(`sheet worker: ${e.message}`));
  });
  const loadMs = performance.now() - t0;
  const call = (buf) => new Promise((resolve) => {
    worker.onmessage = (e) => resolve(new Uint8Array(e.data));
    worker.postMessage(buf, [buf.buffer]);
  });
  const results = [];
  let last = new Uint8Array();
  let id = 0;
  for (const job of jobs) {
    id += 1;
    const request = job.write
      ? message(2, id, (w) => {
        w.u32(job.write.length);
        for (const s of job.write) {
          w.text(s.name);
          w.texts(s.headers);
          w.u32(s.rows.length);
          s.rows.forEach(w.texts);
        }
      })
      : message(1, id, (w) => w.bytes(job.read === 'last' ? last : new Uint8Array(job.read)));
    const s = performance.now();
    const reply = await call(request);
    const ms = performance.now() - s;
    const tag = reply[0];
    const r = reader(reply);
    if (tag === 11) {
      const headers = r.texts();
      const rows = Array.from({ length: r.u32() }, () => [r.u32(), r.texts()]);
      results.push({ ms, tag, headers, rows: job.summary ? rows.length : rows });
    } else if (tag === 12) {
      last = reply.slice(5);
      // `keep`: the workbook's bytes come back to the test (to import it through the page).
      results.push({ ms, tag, bytes: last.length, ...(job.keep ? { workbook: Array.from(last) } : {}) });
    } else if (tag === 13) {
      results.push({ ms, tag, messages: Array.from({ length: r.u32() }, () => ({ zh: r.text(), en: r.text() })) });
    } else {
      results.push({ ms, tag });
    }
  }
  worker.terminate();
  return { loadMs, results };
}

/** A synthetic register of `households` rows in the template's 18 columns, for the benchmarks. */
export function syntheticRegister(households) {
  const headers = ['户编码', '村', '户类型', '户主姓名', '身份证号', '家庭人口(人)', '劳动力(人)', '耕地面积(亩)',
    '能繁母羊(只)', '能繁母牛(头)', '蛋鸡(只)', '人均纯收入(元)', '工资性收入(元)', '经营性收入(元)',
    '财产性收入(元)', '转移性收入(元)', '慢性病人数(人)', '残疾人数(人)'];
  const groups = ['脱贫户', '脱贫不稳定户', '边缘易致贫户', '突发严重困难户', '一般户'];
  const rows = [];
  for (let i = 0; i < households; i++) {
    const members = 1 + (i % 6);
    rows.push([`652829${String(i).padStart(6, '0')}`, `示例${i % 25}村`, groups[i % 5], `户主${i}`,
      `6528291980${String(i).padStart(7, '0')}X`, String(members), String(Math.min(members, i % 3)),
      String((i % 40) / 2), String(i % 30), String(i % 3), String(i % 50), '', String(1000 * (i % 20)),
      String(500 * (i % 30)), String(i % 7 === 0 ? 800 : 0), String(2000 + (i % 9) * 100), '0', '0']);
  }
  return { headers, rows };
}
