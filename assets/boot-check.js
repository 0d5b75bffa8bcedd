// Runs before the planner's own loader (a deferred classic script in <head>, so also in browsers that
// cannot run module scripts). Where the planner cannot run, it says so in Chinese and English
// instead of leaving a blank page:
//   - no WebAssembly, or a WebAssembly without what the release build uses (checked by
//     validating a tiny module that uses each of those features);
//   - the wasm or its loader failing to load or start (an error before the app has started).
// A separate file rather than inline code, so a Content-Security-Policy needs no exception.
// ES5 only: the browsers it speaks to are the old ones.
(function () {
  'use strict';
  // (module (memory 1) (func (result externref i32) ref.null extern; i32.const 0;
  //   i32.extend8_s; f32.const 0; i32.trunc_sat_f32_s; drop; memory.copy 0 0 0))
  // reference types, multi-value, sign extension, non-trapping float-to-int, bulk memory:
  // what rustc 1.82+ and wasm-bindgen emit (README: "Which browsers").
  var FEATURES = [
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 6, 1, 0x60, 0, 2, 0x6f, 0x7f,
    3, 2, 1, 0,
    5, 3, 1, 0, 1,
    10, 0x1b, 1, 0x19, 0, 0xd0, 0x6f, 0x41, 0, 0xc0, 0x43, 0, 0, 0, 0, 0xfc, 0, 0x1a,
    0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 0x0a, 0, 0, 0x0b
  ];
  var started = false;

  function supported() {
    try {
      return typeof WebAssembly === 'object' && typeof Uint8Array === 'function' &&
        WebAssembly.validate(new Uint8Array(FEATURES));
    } catch (e) {
      return false;
    }
  }

  function paragraph(box, text, lang) {
    var p = document.createElement('p');
    p.setAttribute('lang', lang);
    p.appendChild(document.createTextNode(text));
    box.appendChild(p);
  }

  function show(reason) {
    if (started) return;
    var put = function () {
      if (document.getElementById('boot-failure')) return;
      var box = document.createElement('div');
      box.id = 'boot-failure';
      box.className = 'boot-failure';
      box.setAttribute('role', 'alert');
      box.setAttribute('data-reason', reason);
      var heading = document.createElement('h1');
      heading.appendChild(document.createTextNode('乡村增收测算 · Village Income Planner'));
      box.appendChild(heading);
      if (reason === 'unsupported') {
        paragraph(box, '此浏览器无法运行本应用：它需要支持 WebAssembly（含引用类型）的浏览器内核。' +
          '请使用 Chrome、Edge 或 360 等国产浏览器的极速模式（内核 96 或更新），Firefox 79 或更新，或 Safari 15 或更新。', 'zh-CN');
        paragraph(box, 'This browser cannot run the planner: it needs WebAssembly with reference types. ' +
          'Use Chrome, Edge or a Chromium-based browser in its fast mode (core 96 or newer), Firefox 79 or newer, or Safari 15 or newer.', 'en');
      } else {
        paragraph(box, '本应用未能加载。请检查网络后刷新页面；如仍不行，请换用较新的浏览器（Chrome、Edge 或国产浏览器极速模式，内核 96 或更新）。', 'zh-CN');
        paragraph(box, 'The planner failed to load. Check the connection and reload the page; if it still fails, use a newer browser (Chrome, Edge or a Chromium-based browser in fast mode, core 96 or newer).', 'en');
      }
      document.body.insertBefore(box, document.body.firstChild);
    };
    if (document.body) put(); else document.addEventListener('DOMContentLoaded', put);
  }

  window.addEventListener('TrunkApplicationStarted', function () { started = true; });
  if (!supported()) {
    show('unsupported');
    return;
  }
  // Errors of the loader itself (the wasm not fetched, not compiled, a panic while starting)
  // arrive here before the start event; errors after it are the app's own business.
  window.addEventListener('error', function () { show('load'); });
  window.addEventListener('unhandledrejection', function () { show('load'); });
})();
