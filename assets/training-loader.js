// Loads the training panel (its own wasm and CSS) when a course link (#c=…) is opened, the
// header's "培训" link is clicked, or the panel was open when the page was last left. The
// panel itself reads the address and handles later links. A file, not inline code, so the
// CSP needs no exception.
(function () {
  'use strict';
  var started = false;
  function wanted() {
    var h = location.hash;
    if (h.indexOf('#c=') === 0 || h === '#training') return true;
    try { return localStorage.getItem('village-income-planner.training-open') === '1'; } catch (e) { return false; }
  }
  function load() {
    if (started) return;
    started = true;
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('training.css', document.baseURI).href;
    document.head.appendChild(css);
    var root = document.createElement('div');
    root.id = 'training-root';
    // Beside <body>, not in it: the planner's yew app listens for events on <body>.
    document.documentElement.insertBefore(root, document.body);
    import(new URL('training.js', document.baseURI).href).then(function (m) { return m.default(); }).catch(function (e) {
      started = false;
      root.textContent = '无法载入培训面板（' + e + '）· The training panel could not load.';
    });
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest && e.target.closest('[data-open-training]');
    if (a) {
      e.preventDefault();
      location.hash = 'training';
      load();
    }
  });
  window.addEventListener('hashchange', function () { if (wanted()) load(); });
  function atStart() { if (wanted()) load(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', atStart);
  else atStart();
})();
