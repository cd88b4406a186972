/* Filters of a year page's event cards by outlet, place and actor, in the browser alone: each card carries
   its values as JSON data attributes. The chosen filters live in the query string (?outlets=...), so the
   year menu, which opens another year's page, keeps them. Text is only ever set with textContent. */
(function () {
  "use strict";

  function values(card, name) {
    try { return JSON.parse(card.getAttribute("data-" + name) || "[]"); } catch (e) { return []; }
  }

  function init() {
    var bar = document.querySelector(".chrono .filters");
    if (!bar) { return; }
    var cards = Array.prototype.slice.call(document.querySelectorAll(".chrono .event-card"));
    var selects = Array.prototype.slice.call(bar.querySelectorAll("select[data-filter]"));
    var count = bar.querySelector(".filter-count");
    var params = new URLSearchParams(window.location.search);

    function chosen() {
      var result = {};
      selects.forEach(function (s) {
        var name = s.getAttribute("data-filter");
        if (name !== "year" && s.value) { result[name] = s.value; }
      });
      return result;
    }

    function query() {
      var q = new URLSearchParams(chosen()).toString();
      return q ? "?" + q : "";
    }

    function apply() {
      var want = chosen();
      var shown = 0;
      cards.forEach(function (card) {
        var ok = Object.keys(want).every(function (name) { return values(card, name).indexOf(want[name]) >= 0; });
        card.hidden = !ok;
        if (ok) { shown += 1; }
      });
      document.querySelectorAll(".chrono section.month").forEach(function (section) {
        section.hidden = !section.querySelector(".event-card:not([hidden])");
      });
      count.textContent = "يظهر " + shown + " من " + cards.length;
      window.history.replaceState(null, "", window.location.pathname + query() + window.location.hash);
    }

    selects.forEach(function (s) {
      var name = s.getAttribute("data-filter");
      if (name === "year") {
        s.addEventListener("change", function () { window.location.href = s.value + query(); });
        return;
      }
      var wanted = params.get(name);
      if (wanted) {
        /* A value chosen on another year's page that no card here carries: kept, and it shows nothing. */
        if (!Array.prototype.some.call(s.options, function (o) { return o.value === wanted; })) {
          var option = document.createElement("option");
          option.value = wanted;
          option.textContent = wanted + " (0)";
          s.appendChild(option);
        }
        s.value = wanted;
      }
      s.addEventListener("change", apply);
    });
    apply();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
