/* Draws the home page's plotly figures from the JSON embedded in the page, follows a click on a timeline
   point to the event's card (the point's customdata is that URL), and recolours the axes when the reader
   switches between the light and dark palettes.

   plotly.min.js (4.8 MB) is loaded from here, after the page: evaluating it takes seconds on a slow
   machine, and the text of the page should not wait for it. Without WebGL, scattergl traces are drawn as
   SVG scatter, slower at 10,000 points but still drawn. */
(function () {
  "use strict";

  function webgl() {
    try { return !!document.createElement("canvas").getContext("webgl"); } catch (e) { return false; }
  }

  function palette() {
    var style = window.getComputedStyle(document.body);
    return {
      fg: style.getPropertyValue("--md-default-fg-color").trim() || "#222",
      grid: style.getPropertyValue("--md-default-fg-color--lightest").trim() || "#ddd"
    };
  }

  function colours() {
    var p = palette();
    return { "font.color": p.fg, "xaxis.gridcolor": p.grid, "yaxis.gridcolor": p.grid };
  }

  function coloured(layout) {
    var p = palette();
    layout.font = Object.assign({}, layout.font, { color: p.fg });
    layout.xaxis = Object.assign({}, layout.xaxis, { gridcolor: p.grid });
    layout.yaxis = Object.assign({}, layout.yaxis, { gridcolor: p.grid });
    return layout;
  }

  var charts = Array.prototype.slice.call(document.querySelectorAll(".chrono .chart[data-figure]"));

  function draw(el) {
    var figure = JSON.parse(document.getElementById(el.getAttribute("data-figure")).textContent);
    if (!webgl()) {
      figure.data.forEach(function (trace) { if (trace.type === "scattergl") { trace.type = "scatter"; } });
    }
    Plotly.newPlot(el, figure.data, coloured(figure.layout), figure.config).then(function () {
      el.on("plotly_click", function (event) {
        var point = event.points && event.points[0];
        if (point && typeof point.customdata === "string") { window.location.href = point.customdata; }
      });
    });
  }

  var plotly = document.createElement("script");
  plotly.src = document.currentScript.getAttribute("data-plotly");
  plotly.onload = function () {
    charts.forEach(draw);
    new MutationObserver(function () {
      charts.forEach(function (el) { Plotly.relayout(el, colours()); });
    }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
  };
  document.head.appendChild(plotly);
})();
