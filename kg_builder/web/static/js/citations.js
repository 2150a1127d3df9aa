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
      drag.x = p.x; drag.y = p.y; drag.dragged = true; tick();
    });
    window.addEventListener("mouseup", function () { drag = null; });
    // Fruchterman-Reingold layout, computed once; dragging then moves single nodes
    var N = Math.max(nodes.length, 1), k = 0.5 * Math.sqrt(W * H / N), temp = W / 8;
    var R = 0.46 * Math.min(W, H), gravity = N * k * k / (R * R);  // balances repulsion at radius R
    function step() {
      nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          var f = k * k / d / d;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      links.forEach(function (l) {
        var dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01, f = d / k;
        l.s.dx += dx * f; l.s.dy += dy * f; l.t.dx -= dx * f; l.t.dy -= dy * f;
      });
      nodes.forEach(function (n) {
        n.dx += (W / 2 - n.x) * gravity; n.dy += (H / 2 - n.y) * gravity;
        var d = Math.sqrt(n.dx * n.dx + n.dy * n.dy) || 1, m = Math.min(d, temp);
        n.x = Math.max(20, Math.min(W - 90, n.x + n.dx / d * m));
        n.y = Math.max(20, Math.min(H - 20, n.y + n.dy / d * m));
      });
      temp = Math.max(temp * 0.97, 0.5);
    }
    function tick() {
      lineEls.forEach(function (e, i) { var l = links[i]; e.setAttribute("x1", l.s.x); e.setAttribute("y1", l.s.y); e.setAttribute("x2", l.t.x); e.setAttribute("y2", l.t.y); });
      nodeEls.forEach(function (g, i) { g.setAttribute("transform", "translate(" + nodes[i].x + "," + nodes[i].y + ")"); });
    }
    for (var it = 0; it < 300; it++) step();
    tick();
  });
})();
