/* A small SPARQL syntax highlighter (own code): text -> HTML with token classes. */
(function () {
  "use strict";
  var KEYWORDS = ("BASE PREFIX SELECT DISTINCT REDUCED AS CONSTRUCT DESCRIBE ASK FROM NAMED WHERE ORDER BY ASC DESC " +
    "LIMIT OFFSET VALUES GROUP HAVING OPTIONAL UNION MINUS GRAPH SERVICE SILENT FILTER BIND NOT EXISTS IN UNDEF " +
    "INSERT DELETE DATA WITH USING LOAD CLEAR DROP CREATE ADD MOVE COPY TO INTO DEFAULT ALL a true false").split(" ");
  var FUNCS = ("STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE " +
    "ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW " +
    "UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL " +
    "ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR").split(" ");
  var kw = {}, fn = {};
  KEYWORDS.forEach(function (k) { kw[k.toUpperCase()] = 1; });
  FUNCS.forEach(function (k) { fn[k] = 1; });
  var RE = /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][\w\u00b7-\uffff]+)|([A-Za-z][\w.-]*)?:([\w.:%-]*)|([A-Za-z_][\w-]*)|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;
  function esc(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function span(cls, s) { return '<span class="tok-' + cls + '">' + esc(s) + "</span>"; }
  window.highlightSparql = function (text) {
    var out = "", last = 0, m;
    RE.lastIndex = 0;
    while ((m = RE.exec(text)) !== null) {
      out += esc(text.slice(last, m.index));
      var s = m[0];
      if (m[1]) out += span("com", s);
      else if (m[2]) out += span("str", s);
      else if (m[3]) out += span("iri", s);
      else if (m[4]) out += span("var", s);
      else if (m[6] !== undefined && s.indexOf(":") >= 0) out += span("pn", s);
      else if (m[7]) out += kw[s.toUpperCase()] ? span("kw", s) : fn[s.toUpperCase()] ? span("fn", s) : esc(s);
      else if (m[8]) out += span("num", s);
      else out += esc(s);
      last = m.index + s.length;
      if (s.length === 0) RE.lastIndex++;
    }
    return out + esc(text.slice(last)) + "\n";
  };
})();
