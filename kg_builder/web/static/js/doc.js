/* Document page: #char=START,END (RFC 5147, code points) highlights that span and scrolls to it. */
(function () {
  "use strict";
  var box = document.getElementById("doctext");
  if (!box) return;
  function clear() {
    Array.prototype.forEach.call(box.querySelectorAll("mark.hl"), function (m) {
      var p = m.parentNode; while (m.firstChild) p.insertBefore(m.firstChild, m); p.removeChild(m); p.normalize();
    });
  }
  function cpLength(s) { var n = 0; for (var i = 0; i < s.length; i++) { var c = s.charCodeAt(i); if (c < 0xDC00 || c > 0xDFFF) n++; } return n; }
  function cuIndex(s, cp) { var n = 0, i = 0; for (; i < s.length && n < cp; i++) { var c = s.charCodeAt(i); if (c < 0xD800 || c > 0xDBFF) n++; } return i; }
  function highlight(start, end) {
    clear();
    var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT), node, pos = 0, pieces = [];
    while ((node = walker.nextNode())) {
      var len = cpLength(node.data), a = Math.max(start, pos), b = Math.min(end, pos + len);
      if (a < b) pieces.push([node, cuIndex(node.data, a - pos), cuIndex(node.data, b - pos)]);
      pos += len;
      if (pos >= end) break;
    }
    var first = null;
    pieces.forEach(function (p) {
      var range = document.createRange();
      range.setStart(p[0], p[1]); range.setEnd(p[0], p[2]);
      var mark = document.createElement("mark"); mark.className = "hl";
      range.surroundContents(mark);
      if (!first) first = mark;
    });
    if (first) { first.id = "hl"; first.scrollIntoView({block: "center"}); }
  }
  function fromHash() {
    var m = /^#char=(\d+),(\d+)$/.exec(location.hash);
    if (m) highlight(parseInt(m[1], 10), parseInt(m[2], 10));
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
