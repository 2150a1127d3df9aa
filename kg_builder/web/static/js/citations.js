/* Citation graph: a small force-directed layout drawn in SVG (own code, no library). */
(function () {
  "use strict";
  var svg = document.getElementById("citegraph");
  if (!svg) return;
  var NS = "http://www.w3.org/2000/svg", W = 1000, H = 700;
  function mk(tag, attrs) { var n = document.createElementNS(NS, tag); for (var k in attrs) n.setAttribute(k, attrs[k]); return n; }
  fetch(svg.dataset.src).then(function (r) { return r.json(); }).then(function (data) {
    var byId = {}, nodes = data.nodes, links = [];
    nodes.forEach(function (n, i) {
      var a = 2 * Math.PI * i / nodes.length;
      n.x = W / 2 + 260 * Math.cos(a); n.y = H / 2 + 220 * Math.sin(a); n.vx = n.vy = 0; n.deg = 0; byId[n.id] = n;
    });
    data.links.forEach(function (l) {
      var s = byId[l.source], t = byId[l.target];
      if (s && t && s !== t) { links.push({s: s, t: t}); s.deg++; t.deg++; }
    });
    var defs = mk("defs", {}), marker = mk("marker", {id: "arrow", viewBox: "0 0 10 10", refX: "14", refY: "5",
      markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse"});
    marker.appendChild(mk("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "#a9b4c2"}));
    defs.appendChild(marker); svg.appendChild(defs);
    var lineEls = links.map(function (l) { var e = mk("line", {"marker-end": "url(#arrow)"}); svg.appendChild(e); return e; });
    var nodeEls = nodes.map(function (n) {
      var g = mk("g", {}), r = 4 + Math.min(8, Math.sqrt(n.deg) * 2);
      var c = mk("circle", {r: r, "class": n.corpus ? "corpus" : "ext"});
      var title = mk("title", {}); title.textContent = n.label; c.appendChild(title);
      var label = mk("text", {dx: r + 2, dy: 3}); label.textContent = n.label.replace(/^kst-/, "");
      g.appendChild(c); g.appendChild(label); svg.appendChild(g);
      c.addEventListener("click", function () { if (!n.dragged) location.href = n.href; });
      c.addEventListener("mousedown", function (e) { drag = n; n.dragged = false; e.preventDefault(); });
      return g;
    });
    var drag = null;
    svg.addEventListener("mousemove", function (e) {
      if (!drag) return;
      var pt = svg.createSVGPoint(); pt.x = e.clientX; pt.y = e.clientY;
      var p = pt.matrixTransform(svg.getScreenCTM().inverse());
      drag.x = p.x; drag.y = p.y; drag.dragged = true; alpha = Math.max(alpha, 0.3); tick();
    });
    window.addEventListener("mouseup", function () { drag = null; });
    var alpha = 1;
    function step() {
      for (var i = 0; i < nodes.length; i++) {
        var a = nodes[i];
        for (var j = i + 1; j < nodes.length; j++) {
          var b = nodes[j], dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01, f = 900 / d2;
          a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
        }
        a.vx += (W / 2 - a.x) * 0.004; a.vy += (H / 2 - a.y) * 0.004;
      }
      links.forEach(function (l) {
        var dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1, f = (d - 70) * 0.02;
        l.s.vx += dx / d * f; l.s.vy += dy / d * f; l.t.vx -= dx / d * f; l.t.vy -= dy / d * f;
      });
      nodes.forEach(function (n) {
        if (n === drag) { n.vx = n.vy = 0; return; }
        n.x = Math.max(15, Math.min(W - 60, n.x + n.vx * alpha)); n.y = Math.max(15, Math.min(H - 15, n.y + n.vy * alpha));
        n.vx *= 0.6; n.vy *= 0.6;
      });
    }
    function tick() {
      lineEls.forEach(function (e, i) { var l = links[i]; e.setAttribute("x1", l.s.x); e.setAttribute("y1", l.s.y); e.setAttribute("x2", l.t.x); e.setAttribute("y2", l.t.y); });
      nodeEls.forEach(function (g, i) { g.setAttribute("transform", "translate(" + nodes[i].x + "," + nodes[i].y + ")"); });
    }
    (function loop() { step(); tick(); alpha *= 0.985; if (alpha > 0.02) requestAnimationFrame(loop); })();
  });
})();
