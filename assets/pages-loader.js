// Loads the two apps that open over the planner, each with its own wasm and stylesheet fetched
// the first time it is wanted, so the planner's first load carries neither (and, below, the
// modules of functions the planner imports when first needed):
//   - the county page: the header's "村县规划" link or #county;
//   - the training panel: a course link (#c=…), #training, the header's "培训" link, or the panel
//     left open when the page was last left (the panel itself reads the address and handles
//     later links).
// Each is mounted beside <body>, not in it: the planner's yew app listens for events on <body>,
// and another app's events must not reach it. A file, not inline code, so the CSP needs no
// exception. ES5, like boot-check.js.
(function () {
  'use strict';

  // Mounts `name`.js (an ES module whose default export starts the app) in a new #`name`-root
  // with `name`.css; `place` puts the root in the document. Returns a loader that runs once
  // (again after a failure).
  function app(name, place, failure) {
    var started = false;
    return function () {
      if (started) return;
      started = true;
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = new URL(name + '.css', document.baseURI).href;
      document.head.appendChild(css);
      var root = document.createElement('div');
      root.id = name + '-root';
      place(root);
      import(new URL(name + '.js', document.baseURI).href).then(function (m) { return m.default(); }).catch(function (e) {
        started = false;
        root.textContent = failure.replace('%s', String(e));
      });
    };
  }

  function clicked(e, attribute) {
    return e.target && e.target.closest && e.target.closest('[' + attribute + ']');
  }

  function onStart(f) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', f);
    else f();
  }

  // The county page.
  var county = app('county', function (root) { document.documentElement.appendChild(root); },
    '无法载入村县规划页面（%s）· The county page could not load.');
  function openCounty() {
    document.documentElement.classList.add('county-open');
    county();
    window.dispatchEvent(new Event('county-open'));
    window.scrollTo(0, 0);
  }
  function countyFromHash() {
    if (location.hash === '#county') openCounty();
    else document.documentElement.classList.remove('county-open');
  }
  document.addEventListener('click', function (e) {
    if (clicked(e, 'data-open-county')) {
      e.preventDefault();
      if (location.hash !== '#county') history.pushState(null, '', '#county');
      openCounty();
    }
  });
  window.addEventListener('hashchange', countyFromHash);
  window.addEventListener('popstate', countyFromHash);
  onStart(countyFromHash);

  // The training panel.
  var training = app('training', function (root) { document.documentElement.insertBefore(root, document.body); },
    '无法载入培训面板（%s）· The training panel could not load.');
  function trainingWanted() {
    var h = location.hash;
    if (h.indexOf('#c=') === 0 || h === '#training') return true;
    try { return localStorage.getItem('village-income-planner.training-open') === '1'; } catch (e) { return false; }
  }
  document.addEventListener('click', function (e) {
    if (clicked(e, 'data-open-training')) {
      e.preventDefault();
      location.hash = 'training';
      training();
    }
  });
  window.addEventListener('hashchange', function () { if (trainingWanted()) training(); });
  onStart(function () { if (trainingWanted()) training(); });

  // Modules of functions, no app of their own, that the planner imports the first time it needs
  // them (src/ui/share_maker.rs): `name`.js initialised, as a promise of the module. A failure
  // is forgotten, so a later try (back online) can succeed.
  var modules = {};
  window.plannerModule = function (name) {
    if (!modules[name]) {
      modules[name] = import(new URL(name + '.js', document.baseURI).href).then(function (m) {
        return m.default().then(function () { return m; });
      });
      modules[name].catch(function () { delete modules[name]; });
    }
    return modules[name];
  };
})();
