// Opens the county page (villages, rosters, budgets) over the planner: on a click on the
// header's link or a #county address. Its wasm is fetched the first time only, so the planner's
// first load carries this file and nothing more of it. A file rather than inline code, so the
// Content-Security-Policy needs no exception; dynamic import() of our own module is 'self'.
(function () {
  'use strict';
  var started = false;
  function open() {
    document.body.classList.add('county-open');
    if (!started) {
      started = true;
      // The page's own stylesheet, unhashed (copied as is), only now.
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = new URL('county.css', document.baseURI).href;
      document.head.appendChild(css);
      var root = document.createElement('div');
      root.id = 'county-root';
      document.body.appendChild(root);
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
    else document.body.classList.remove('county-open');
  }
  window.addEventListener('hashchange', fromHash);
  window.addEventListener('popstate', fromHash);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fromHash);
  else fromHash();
})();
