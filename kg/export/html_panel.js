/* kg graph page: the details panel. An entity's statements come first, grouped by predicate (or by
   the relation phrase for graphs without predicates), read as sentences: negated ones say "did not",
   hedged ones carry their hedge. Then aliases (case-folded), merges behind a disclosure, and the
   documents as links to the document filter. An edge shows its statement and every sentence with
   both entities highlighted. Text from the data is only ever placed with textContent.
   Exposes window.kgPanel = { makePanel(ctx) }. */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function linkButton(text, onClick, title) {
    var b = el("button", "kg-link", text);
    b.type = "button";
    if (title) b.title = title;
    b.addEventListener("click", onClick);
    return b;
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&"); }

  // Words that make a statement hedged, looked for in its sentence to say which hedge it carries.
  var HEDGES = ["reportedly", "allegedly", "possibly", "probably", "likely", "apparently", "may", "might",
                "could", "would", "should", "plans to", "planned to", "intends to", "expected to", "if", "whether"];
  var NEGATION = /(^|\s)(not|never|no|didn't|did not|refused to|failed to)(\s|$)/i;

  /* The words of a statement between its two ends: "did not share data with", "may buy". */
  function verbPhrase(e) {
    var rel = e.relation || e.predicate || "related to";
    if (e.negated && !NEGATION.test(rel)) return "did not " + rel;
    return rel;
  }
  function hedgeOf(e) {
    if (!e.hedged) return null;
    var rel = " " + (e.relation || "").toLowerCase() + " ";
    for (var i = 0; i < e.evidence.length; i++) {
      var s = " " + e.evidence[i].sentence.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, " ") + " ";
      for (var j = 0; j < HEDGES.length; j++) {
        var h = " " + HEDGES[j] + " ";
        if (s.indexOf(h) >= 0) return rel.indexOf(h) >= 0 ? null : HEDGES[j];
      }
    }
    return "hedged";
  }

  // Non-overlapping [start, end, cls] ranges of entity names in a sentence (longest names first,
  // whole words preferred, case-insensitive), so both mentions can be highlighted.
  function mentionRanges(sentence, groups) {
    var terms = [];
    groups.forEach(function (g) {
      g.names.forEach(function (name) { if (name && name.trim().length >= 2) terms.push({ text: name.trim(), cls: g.cls }); });
    });
    terms.sort(function (a, b) { return b.text.length - a.text.length; });
    var ranges = [];
    function free(s, e) { return ranges.every(function (r) { return e <= r[0] || s >= r[1]; }); }
    [true, false].forEach(function (wholeWord) {
      terms.forEach(function (t) {
        var body = escapeRegExp(t.text).replace(/\s+/g, "\\s+");
        var re;
        try {
          re = new RegExp(wholeWord ? "(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])" : body, "giu");
        } catch (err) { return; }
        var m;
        while ((m = re.exec(sentence)) !== null) {
          if (!m[0].length) { re.lastIndex++; continue; }
          var s = m.index, e = s + m[0].length;
          if (free(s, e)) ranges.push([s, e, t.cls]);
        }
      });
      // Fall back to substrings only for a side that has no whole-word match.
      groups.forEach(function (g) {
        if (wholeWord && !ranges.some(function (r) { return r[2] === g.cls; })) return;
        terms = terms.filter(function (t) { return t.cls !== g.cls; });
      });
    });
    return ranges.sort(function (a, b) { return a[0] - b[0]; });
  }
  function highlighted(sentence, head, tail) {
    var p = el("p", "kg-sentence");
    var ranges = mentionRanges(sentence, [
      { cls: "kg-head", names: [head.label].concat(head.aliases) },
      { cls: "kg-tail", names: head.id === tail.id ? [] : [tail.label].concat(tail.aliases) }
    ]);
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] > pos) p.appendChild(document.createTextNode(sentence.slice(pos, r[0])));
      p.appendChild(el("mark", r[2], sentence.slice(r[0], r[1])));
      pos = r[1];
    });
    if (pos < sentence.length) p.appendChild(document.createTextNode(sentence.slice(pos)));
    return p;
  }

  function makePanel(ctx) {
    var panel = document.getElementById("kg-panel");
    var panelBox = document.getElementById("kg-panel-box");
    var D = ctx.data;

    function open(kind, id) {
      clear(panel);
      panel.dataset.kind = kind; panel.dataset.id = id;
      panelBox.hidden = false;
      panel.scrollTop = 0;
    }
    function close() {
      clear(panel);
      delete panel.dataset.kind; delete panel.dataset.id;
      panelBox.hidden = true;
    }
    function typeBadge(type) {
      var b = el("span", "kg-badge", type);
      b.style.background = ctx.typeColor(type);
      return b;
    }
    function section(title, body, collapsed) {
      if (collapsed) {
        var det = el("details", "kg-details");
        det.appendChild(el("summary", null, title));
        det.appendChild(body);
        return det;
      }
      var frag = document.createDocumentFragment();
      frag.appendChild(el("h3", null, title));
      frag.appendChild(body);
      return frag;
    }
    function listOf(items, render, limit) {
      var ul = el("ul");
      items.slice(0, limit || items.length).forEach(function (it) {
        var li = el("li"); var content = render(it);
        if (typeof content === "string") li.textContent = content; else li.appendChild(content);
        ul.appendChild(li);
      });
      if (limit && items.length > limit) ul.appendChild(el("li", "kg-meta", "… and " + (items.length - limit) + " more"));
      return ul;
    }

    /* One statement as a sentence: Head [did not] relation Tail (hedge), this entity in bold. */
    function statement(e, selfId) {
      var frag = document.createDocumentFragment();
      function end(nodeId) {
        var n = D.nodeById.get(nodeId);
        return nodeId === selfId ? el("strong", null, n.label) : linkButton(n.label, function () { ctx.selectNode(nodeId); });
      }
      frag.appendChild(end(e.from));
      frag.appendChild(document.createTextNode(" "));
      var words = verbPhrase(e), link = linkButton("", function () { ctx.selectEdge(e.id); }, "Show the evidence");
      var neg = e.negated ? words.match(/^(.*?)\b(not|never|no)\b(.*)$/i) : null;
      if (neg) {
        link.appendChild(document.createTextNode(neg[1]));
        link.appendChild(el("strong", "kg-not", neg[2]));
        link.appendChild(document.createTextNode(neg[3]));
      } else link.textContent = words;
      frag.appendChild(link);
      frag.appendChild(document.createTextNode(" "));
      frag.appendChild(end(e.to));
      var hedge = hedgeOf(e);
      if (hedge) frag.appendChild(el("span", "kg-hedge", " (" + (hedge === "hedged" ? "hedged" : "hedged: “" + hedge + "”") + ")"));
      if (e.reported_by) frag.appendChild(el("span", "kg-meta", " according to " + e.reported_by));
      return frag;
    }

    function statementGroups(id) {
      var groups = new Map();
      D.edgesOf.get(id).forEach(function (e) {
        var key = ctx.groupKey(e);
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(e);
      });
      var keys = Array.from(groups.keys()).sort(function (a, b) {
        return groups.get(b).length - groups.get(a).length || a.localeCompare(b);
      });
      var box = el("div", "kg-statements");
      keys.forEach(function (key) {
        var list = groups.get(key).sort(function (a, b) {
          return (a.negated - b.negated) || (a.hedged - b.hedged) || a.id.localeCompare(b.id, undefined, { numeric: true });
        });
        var title = ctx.groupLabel(key);
        var wd = list[0].wikidata;
        box.appendChild(el("h4", null, title + (wd ? " (" + wd + ")" : "") + " · " + list.length));
        box.appendChild(listOf(list, function (e) { return statement(e, id); }, 100));
      });
      return box;
    }

    function showNode(id) {
      var n = D.nodeById.get(id);
      if (!n) return false;
      open("node", id);
      var row = el("div", "kg-title-row");
      row.appendChild(typeBadge(n.type));
      panel.appendChild(row);
      panel.appendChild(el("h2", "kg-node-label", n.label));
      panel.appendChild(el("p", "kg-meta", plural(n.mentions, "mention", "mentions") + " in " +
        plural(n.docs.length, "document", "documents") + " · " + plural(n.degree, "relation", "relations")));
      var actions = el("div", "kg-actions");
      if (n.degree) actions.appendChild(linkButton("Expand neighbours", function () { ctx.expand(id); }, "Show every entity related to this one"));
      actions.appendChild(linkButton("Path from here…", function () { ctx.startPath(id); }, "Pick a second entity to see how they are connected"));
      panel.appendChild(actions);
      if (ctx.hiddenNotice) ctx.hiddenNotice(id, panel);
      var rels = D.edgesOf.get(id);
      panel.appendChild(section("Statements (" + rels.length + ")", rels.length ? statementGroups(id) : el("p", "kg-meta", "None.")));
      // Aliases once per case-folded spelling, the label's own spelling first.
      var seen = new Set([n.label.toLocaleLowerCase()]), aliases = [];
      n.aliases.forEach(function (a) {
        var k = a.toLocaleLowerCase();
        if (!seen.has(k)) { seen.add(k); aliases.push(a); }
      });
      if (aliases.length) panel.appendChild(section("Also called (" + aliases.length + ")", listOf(aliases, String)));
      if (n.merges && n.merges.length) {
        panel.appendChild(section("Why these names were merged (" + n.merges.length + ")", listOf(n.merges, function (m) {
          if (typeof m !== "object" || m === null) return String(m);
          var frag = document.createDocumentFragment();
          var s = "“" + (m.alias || "") + "”";
          if (m.rule) s += " — " + m.rule;
          if (m.count) s += " (" + m.count + "×)";
          frag.appendChild(document.createTextNode(s));
          var ex = m.example;
          if (ex && typeof ex === "object") ex = ex.sentence || ex.text || (ex.doc ? "in " + ex.doc : "");
          if (ex) frag.appendChild(el("div", "kg-meta kg-example", ex));
          return frag;
        }), true));
      }
      if (n.docs.length) {
        panel.appendChild(section("Documents (" + n.docs.length + ")", listOf(n.docs, function (d) {
          return linkButton(d, function () { ctx.filterDoc(d); }, "Show only this document's entities and relations");
        }, 50)));
      }
      return true;
    }

    function showEdge(id) {
      var e = D.edgeById.get(id);
      if (!e) return false;
      var head = D.nodeById.get(e.from), tail = D.nodeById.get(e.to);
      open("edge", id);
      var flags = el("div", "kg-title-row");
      flags.appendChild(el("span", "kg-badge kg-flag", ctx.groupLabel(ctx.groupKey(e)) + (e.wikidata ? " · " + e.wikidata : "")));
      if (e.hedged) flags.appendChild(el("span", "kg-badge kg-flag kg-hedged", "hedged"));
      if (e.negated) flags.appendChild(el("span", "kg-badge kg-flag kg-negated", "negated"));
      panel.appendChild(flags);
      var h = el("h2", "kg-edge-title");
      var hm = el("mark", "kg-head"); hm.appendChild(linkButton(head.label, function () { ctx.selectNode(head.id); }));
      var tm = el("mark", "kg-tail"); tm.appendChild(linkButton(tail.label, function () { ctx.selectNode(tail.id); }));
      h.appendChild(hm);
      var words = verbPhrase(e), neg = e.negated ? words.match(/^(.*?)\b(not|never|no)\b(.*)$/i) : null;
      if (neg) {
        h.appendChild(document.createTextNode(" " + neg[1]));
        h.appendChild(el("em", "kg-not", neg[2]));
        h.appendChild(document.createTextNode(neg[3] + " "));
      } else h.appendChild(document.createTextNode(" " + words + " "));
      h.appendChild(tm);
      var hedge = hedgeOf(e);
      if (hedge) h.appendChild(el("span", "kg-hedge", " (" + (hedge === "hedged" ? "hedged" : "hedged: “" + hedge + "”") + ")"));
      panel.appendChild(h);
      var meta = [];
      if (e.confidence !== null && e.confidence !== undefined) meta.push("confidence " + Number(e.confidence).toFixed(2));
      ["date", "money", "quantity", "reported_by", "rule"].forEach(function (k) {
        if (e[k] !== undefined) meta.push(k.replace("_", " ") + ": " + (typeof e[k] === "object" ? JSON.stringify(e[k]) : e[k]));
      });
      if (meta.length) panel.appendChild(el("p", "kg-meta", meta.join(" · ")));
      var ol = el("ol", "kg-evidence");
      e.evidence.forEach(function (ev) {
        var li = el("li");
        li.appendChild(linkButton(ev.doc, function () { ctx.filterDoc(ev.doc); }, "Show only this document"));
        li.lastChild.classList.add("kg-doc");
        li.appendChild(highlighted(ev.sentence, head, tail));
        ol.appendChild(li);
      });
      panel.appendChild(section("Evidence (" + e.evidence.length + ")", e.evidence.length ? ol : el("p", "kg-meta", "None recorded.")));
      return true;
    }

    return { showNode: showNode, showEdge: showEdge, close: close, open: open, el: el, clear: clear,
             linkButton: linkButton, statement: statement, verbPhrase: verbPhrase,
             isOpen: function () { return !panelBox.hidden; }, box: panelBox, panel: panel };
  }

  window.kgPanel = { makePanel: makePanel, verbPhrase: verbPhrase };
})();
