/* The query page: editor with highlighting, canned queries, results table, downloads. */
(function () {
  "use strict";
  var ta = document.getElementById("query"), hl = document.getElementById("hl");
  var pre = hl.parentNode, results = document.getElementById("results"), status = document.getElementById("status");
  var BASE = window.KG_BASE, PREFIXES = window.KG_PREFIXES || {};

  function paint() { hl.innerHTML = window.highlightSparql(ta.value); syncScroll(); }
  function syncScroll() { pre.scrollTop = ta.scrollTop; pre.scrollLeft = ta.scrollLeft; }
  ta.addEventListener("input", paint);
  ta.addEventListener("scroll", syncScroll);
  ta.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
    else if (e.key === "Tab") {
      e.preventDefault();
      var s = ta.selectionStart;
      ta.value = ta.value.slice(0, s) + "  " + ta.value.slice(ta.selectionEnd);
      ta.selectionStart = ta.selectionEnd = s + 2; paint();
    }
  });

  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function shortIri(iri) {
    var best = null;
    for (var p in PREFIXES) {
      var ns = PREFIXES[p];
      if (iri.indexOf(ns) === 0 && (!best || ns.length > PREFIXES[best].length)) best = p;
    }
    return best ? best + ":" + iri.slice(PREFIXES[best].length) : iri;
  }
  function cell(b) {
    var td = el("td");
    if (!b) return td;
    if (b.type === "uri") {
      var local = b.value.indexOf(BASE) === 0 ? "/" + b.value.slice(BASE.length) : b.value;
      var a = el("a", {href: local, title: b.value}, shortIri(b.value));
      if (local === b.value) a.setAttribute("rel", "noopener");
      td.appendChild(a);
    } else if (b.type === "bnode") {
      td.appendChild(el("span", {"class": "sub"}, "_:" + b.value));
    } else {
      td.appendChild(document.createTextNode(b.value));
      if (b["xml:lang"]) td.appendChild(el("span", {"class": "dt"}, "@" + b["xml:lang"]));
      else if (b.datatype) td.appendChild(el("span", {"class": "dt"}, shortIri(b.datatype)));
    }
    return td;
  }
  function render(data, truncated) {
    results.innerHTML = "";
    if (data.boolean !== undefined) { results.appendChild(el("p", {"class": "count"}, "ASK → " + data.boolean)); return; }
    var vars = data.head.vars, rows = data.results.bindings;
    results.appendChild(el("p", {"class": "count"}, rows.length + " " + results.dataset.rows +
                        (truncated ? " · " + results.dataset.truncated : "")));
    if (!rows.length) { results.appendChild(el("p", {"class": "sub"}, results.dataset.empty)); return; }
    var table = el("table", {"class": "data", id: "result-table"}), thead = el("thead"), tr = el("tr");
    vars.forEach(function (v) { tr.appendChild(el("th", {}, "?" + v)); });
    thead.appendChild(tr); table.appendChild(thead);
    var tbody = el("tbody");
    rows.forEach(function (r) {
      var row = el("tr");
      vars.forEach(function (v) { row.appendChild(cell(r[v])); });
      tbody.appendChild(row);
    });
    table.appendChild(tbody); results.appendChild(table);
  }
  function run() {
    status.textContent = "…";
    var t0 = performance.now();
    fetch("/sparql", {method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: "query=" + encodeURIComponent(ta.value)})
      .then(function (r) {
        var ms = Math.round(performance.now() - t0);
        status.textContent = r.status + " · " + ms + " ms";
        var ct = r.headers.get("Content-Type") || "", truncated = r.headers.get("KG-Results-Truncated");
        return r.text().then(function (body) {
          if (!r.ok) { results.innerHTML = ""; results.appendChild(el("pre", {"class": "err"}, body)); return; }
          if (ct.indexOf("json") >= 0) render(JSON.parse(body), truncated);
          else { results.innerHTML = ""; results.appendChild(el("pre", {}, body)); }
        });
      })
      .catch(function (e) { status.textContent = String(e); });
  }
  document.getElementById("run").addEventListener("click", run);
  Array.prototype.forEach.call(document.querySelectorAll("a.canned-q"), function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var src = document.querySelector('textarea.canned-text[data-name="' + a.dataset.name + '"]');
      ta.value = src.value; paint();
      Array.prototype.forEach.call(document.querySelectorAll("a.canned-q.on"), function (x) { x.classList.remove("on"); });
      a.classList.add("on");
      history.replaceState(null, "", "?canned=" + encodeURIComponent(a.dataset.name));
      run();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.dl"), function (b) {
    b.addEventListener("click", function () {
      document.getElementById("dlformat").value = b.dataset.format;
      document.getElementById("qform").submit();
    });
  });
  paint();
  if (window.KG_AUTORUN) run();
})();
