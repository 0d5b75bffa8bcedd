// Opens the county page over the planner (header link or #county); its wasm and CSS are
// fetched on first open only. A file, not inline code, so the CSP needs no exception.
(function () {
  'use strict';
  var started = false;
  function open() {
    document.documentElement.classList.add('county-open');
    if (!started) {
      started = true;
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = new URL('county.css', document.baseURI).href;
      document.head.appendChild(css);
      var root = document.createElement('div');
      root.id = 'county-root';
      // Beside <body>, not in it: the planner's yew app listens for events on <body>, and the
      // county page's own events must not reach it.
      document.documentElement.appendChild(root);
      var url = new URL('county.js', document.baseURI).href;
      import(url).then(function (m) { return m.default(); }).catch(function (e) {
        started = false;
        root.textContent = '无法载入村县规划页面（' + e + '）· The county page could not load.';
      });
    }
    window.dispatchEvent(new Event('county-open'));
    window.scrollTo(0, 0);
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest && e.target.closest('[data-open-county]');
    if (a) {
      e.preventDefault();
      if (location.hash !== '#county') history.pushState(null, '', '#county');
      open();
    }
  });
  function fromHash() {
    if (location.hash === '#county') open();
    else document.documentElement.classList.remove('county-open');
  }
  window.addEventListener('hashchange', fromHash);
  window.addEventListener('popstate', fromHash);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fromHash);
  else fromHash();
})();
