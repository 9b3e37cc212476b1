// On a narrow screen a list's results come before its filters: the filter panel, open
// by default (and without JavaScript), starts closed; its summary says how many filters
// are in use and opens it. Loaded right after the panel, so it closes before first paint.
(function () {
  "use strict";
  if (!window.matchMedia("(max-width: 59.99rem)").matches) {
    return;
  }
  var panels = document.querySelectorAll("details.filter-panel[open]");
  for (var i = 0; i < panels.length; i += 1) {
    panels[i].open = false;
  }
})();
