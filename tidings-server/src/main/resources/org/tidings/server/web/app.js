// Tidings web UI: search, article list, and an article view with its annotations highlighted.
// All text from the server goes into the page through textContent or text nodes, never as HTML.
"use strict";

const PAGE = 20;
const TYPES = ["PERSON", "ORG", "LOC", "NORP", "WEAPON", "MISC"];
const $ = (id) => document.getElementById(id);

/** Makes an element with classes and text. */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function showError(err) {
  const e = $("error");
  e.textContent = err ? String(err.message || err) : "";
  e.hidden = !err;
}

/**
 * Turns a server snippet (escaped text with <b> around matches) into DOM nodes. The snippet is
 * parsed in an inert document and only its text and <b> elements are copied.
 */
function snippetNodes(snippet) {
  const frag = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString("<p>" + snippet + "</p>", "text/html");
  const walk = (node, into) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        into.appendChild(document.createTextNode(child.textContent));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === "B") {
          into.appendChild(el("b", null, child.textContent));
        } else {
          walk(child, into);
        }
      }
    }
  };
  walk(doc.body, frag);
  return frag;
}

function metaLine(a) {
  const parts = [];
  if (a.source) parts.push(a.source);
  parts.push(a.published ? a.published : "publication date not stated");
  if (a.language) parts.push(a.language);
  return parts.join(" · ");
}

function resultItem(a, snippet) {
  const li = el("li", "result");
  const link = el("a", "title", a.title || "(untitled)");
  link.href = "#/article/" + encodeURIComponent(a.id);
  li.append(link, el("div", "meta", metaLine(a)));
  if (snippet) {
    const p = el("p", "snippet");
    p.appendChild(snippetNodes(snippet));
    li.appendChild(p);
  }
  return li;
}

// ------------------------------------------------------------------ list and search

let listOffset = 0;

async function showLatest(more) {
  if (!more) {
    listOffset = 0;
    $("results").replaceChildren();
  }
  $("list-title").textContent = "Latest articles";
  const body = await api(`/api/articles?offset=${listOffset}&limit=${PAGE}`);
  for (const a of body.articles) $("results").appendChild(resultItem(a, null));
  listOffset += body.articles.length;
  $("more").hidden = body.articles.length < PAGE;
  $("list-note").textContent = listOffset === 0 ? "Nothing stored yet: run tidings ingest first." : "";
}

async function showSearch(q) {
  $("q").value = q;
  $("list-title").textContent = "Results for “" + q + "”";
  $("more").hidden = true;
  $("results").replaceChildren();
  const body = await api("/api/search?limit=50&q=" + encodeURIComponent(q));
  $("list-note").textContent = body.hits.length ? body.hits.length + " found" : "No article matches.";
  for (const h of body.hits) $("results").appendChild(resultItem(h.article, h.snippet));
}

// ------------------------------------------------------------------ article view

/** One highlight: a range of the text, its CSS classes, a tooltip and the id a side item jumps to. */
function mark(start, end, classes, title, id) {
  return { start, end, classes, title, id };
}

/**
 * Splits the text at every mark boundary and wraps each piece in a span carrying the classes of
 * every mark that covers it, so that overlapping and nested marks never break the markup.
 */
function renderText(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= text.length && m.start < m.end) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = [...marks].sort((a, b) => a.start - b.start);
  const frag = document.createDocumentFragment();
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    while (next < starts.length && starts[next].start <= a) active.push(starts[next++]);
    active = active.filter((m) => m.end > a);
    const covering = active.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const span = el("span", null, piece);
    const classes = new Set();
    const titles = [];
    const ids = [];
    for (const m of covering) {
      m.classes.forEach((c) => classes.add(c));
      if (m.title) titles.push(m.title);
      ids.push(m.id);
    }
    span.className = [...classes].join(" ");
    span.title = titles.join("\n");
    span.dataset.marks = ids.join(" ");
    frag.appendChild(span);
  }
  return frag;
}

function jumpTo(id) {
  const target = document.querySelector(`[data-marks~="${id}"]`);
  if (!target) return;
  target.scrollIntoView({ behavior: "smooth", block: "center" });
  document.querySelectorAll(`[data-marks~="${id}"]`).forEach((s) => {
    s.classList.add("flash");
    setTimeout(() => s.classList.remove("flash"), 1500);
  });
}

function sideItem(list, id, main, sub, chip) {
  const li = el("li");
  if (chip) li.appendChild(chip);
  li.appendChild(main);
  if (sub) li.appendChild(el("div", "sub", sub));
  if (id) li.addEventListener("click", () => jumpTo(id));
  list.appendChild(li);
}

function fillList(listId, countId, items, render) {
  const list = $(listId);
  list.replaceChildren();
  if (countId) $(countId).textContent = items.length ? "(" + items.length + ")" : "";
  if (!items.length) {
    list.appendChild(el("li", "empty", "none found"));
    return;
  }
  items.forEach(render);
}

function money(v) {
  if (!v) return "";
  return v.text || v.value + " " + v.unit;
}

function legend() {
  const box = $("legend");
  box.replaceChildren();
  for (const t of TYPES) box.appendChild(el("span", "ent-" + t, t));
  box.append(el("span", "quote", "quote"), el("span", "time", "time"),
    el("span", "amount", "amount"), el("span", "trigger", "event"),
    el("span", "xfer", "transfer"), el("span", "sent", "event/transfer sentence"));
}

async function showArticle(id) {
  renderAnalysis(await api("/api/articles/" + encodeURIComponent(id)));
  window.scrollTo(0, 0);
}

/** Shows an analysis (the JSON of /api/articles/{id} or /api/analyze) in the article view. */
function renderAnalysis(a) {
  $("a-title").textContent = a.title || "(untitled)";
  const authors = (a.authors || []).join(", ");
  $("a-meta").textContent = metaLine(a) + (authors ? " · " + authors : "") + " · id " + a.id;
  legend();
  const text = a.text || "";
  const marks = [];
  a.events.forEach((e, i) => {
    marks.push(mark(e.sentenceStart, e.sentenceEnd, ["sent"], null, "ev" + i));
    marks.push(mark(e.start, e.end, ["trigger"],
      `event ${e.code} ${e.label || ""}: ${e.source || "?"} → ${e.target || "?"}`, "ev" + i));
  });
  a.transfers.forEach((t, i) => {
    marks.push(mark(t.sentenceStart, t.sentenceEnd, ["sent"], null, "tr" + i));
    marks.push(mark(t.start, t.end, ["xfer"],
      `transfer ${t.supplier || "?"} → ${t.recipient || "?"}: ${t.items.join(", ")} (${t.stage})`, "tr" + i));
  });
  a.quotes.forEach((q, i) => marks.push(mark(q.start, q.end, ["quote"],
    "quote" + (q.speaker ? " by " + q.speaker : ""), "q" + i)));
  a.times.forEach((t, i) => marks.push(mark(t.start, t.end, ["time"], "time " + t.value, "t" + i)));
  a.amounts.forEach((m, i) => marks.push(mark(m.start, m.end, ["amount"],
    `amount ${m.value} ${m.unit}${m.approximate ? " (approximate)" : ""}`, "m" + i)));
  a.entities.forEach((e, i) => marks.push(mark(e.start, e.end, ["ent", "ent-" + e.type],
    `${e.type} ${e.canonical || e.text}${e.country ? " (" + e.country + ")" : ""}${e.role ? ", " + e.role : ""}`, "e" + i)));
  $("a-text").replaceChildren(renderText(text, marks));

  // entities grouped by canonical name and type, with the first mention to jump to
  const groups = new Map();
  a.entities.forEach((e, i) => {
    const key = e.type + "\u0000" + (e.canonical || e.text);
    const g = groups.get(key) || { e, first: i, n: 0 };
    g.n++;
    groups.set(key, g);
  });
  const grouped = [...groups.values()].sort((x, y) => y.n - x.n || x.first - y.first);
  fillList("s-entities", "n-entities", grouped, (g) => {
    const sub = [g.e.country, g.e.role, g.n > 1 ? g.n + " mentions" : ""].filter(Boolean).join(" · ");
    sideItem($("s-entities"), "e" + g.first, el("span", null, g.e.canonical || g.e.text), sub,
      el("span", "chip chip-" + g.e.type, g.e.type));
  });
  fillList("s-quotes", "n-quotes", a.quotes, (q, i) => {
    const text = q.text.length > 220 ? q.text.slice(0, 220) + "…" : q.text;
    sideItem($("s-quotes"), "q" + i, el("span", null, "“" + text + "”"),
      (q.speaker || "unknown speaker") + (q.indirect ? " · reported" : ""));
  });
  fillList("s-events", "n-events", a.events, (e, i) => {
    const main = el("span");
    main.append(el("span", "code", e.code), document.createTextNode(" " + (e.label || "")));
    const sub = `${e.source || "?"} → ${e.target || "—"} · ${e.date || "undated"} · Goldstein ${e.goldstein} · Q${e.quadClass}`;
    sideItem($("s-events"), "ev" + i, main, sub);
  });
  fillList("s-transfers", "n-transfers", a.transfers, (t, i) => {
    const main = el("span", null, `${t.supplier || "?"} → ${t.recipient || "?"}: ${t.items.join(", ") || "arms"}`);
    const sub = [t.quantity ? t.quantity + " items" : "", money(t.value), t.years, t.stage]
      .filter(Boolean).join(" · ");
    sideItem($("s-transfers"), "tr" + i, main, sub);
  });
  const values = [];
  a.times.forEach((t, i) => values.push({ id: "t" + i, main: t.text, sub: "time · " + t.value + (t.resolved ? "" : " (unresolved)") }));
  a.amounts.forEach((m, i) => values.push({ id: "m" + i, main: m.text, sub: `amount · ${m.value} ${m.unit}` }));
  fillList("s-values", null, values, (v) => sideItem($("s-values"), v.id, el("span", null, v.main), v.sub));

  const diags = a.diagnostics || [];
  $("a-diagnostics").hidden = diags.length === 0;
  $("a-diag-list").replaceChildren(...diags.map((d) => el("li", null, `${d.severity} ${d.code}: ${d.message}`)));
}

async function analyzePasted(ev) {
  ev.preventDefault();
  showError(null);
  const text = $("paste").value;
  if (!text.trim()) return;
  const type = document.querySelector('input[name="type"]:checked').value;
  const res = await fetch("/api/analyze", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ text, type }),
  });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  renderAnalysis(body);
  $("article-view").hidden = false;
  $("article-view").scrollIntoView({ behavior: "smooth" });
}

// ------------------------------------------------------------------ routing

async function route() {
  showError(null);
  const hash = location.hash || "#/";
  const articleMatch = hash.match(/^#\/article\/(.+)$/);
  const analyzing = hash === "#/analyze";
  $("article-view").hidden = !articleMatch;
  $("list-view").hidden = !!articleMatch || analyzing;
  $("analyze-view").hidden = !analyzing;
  try {
    if (analyzing) {
      $("paste").focus();
    } else if (articleMatch) {
      await showArticle(decodeURIComponent(articleMatch[1]));
    } else {
      const q = new URLSearchParams(hash.replace(/^#\/search\??/, "").replace(/^#\/?/, "")).get("q");
      if (hash.startsWith("#/search") && q) await showSearch(q);
      else await showLatest(false);
    }
  } catch (err) {
    showError(err);
  }
}

async function loadStats() {
  try {
    const s = await api("/api/stats");
    const n = (k, word) => `${k.toLocaleString("en")} ${word}${k === 1 ? "" : "s"}`;
    $("stats").textContent = [n(s.articles, "article"), n(s.entities, "entity mention"),
      n(s.events, "event"), n(s.transfers, "transfer")].join(" · ");
  } catch (err) {
    $("stats").textContent = "";
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = $("q").value.trim();
    const target = q ? "#/search?q=" + encodeURIComponent(q) : "#/";
    if (location.hash === target) route();
    else location.hash = target;
  });
  $("more").addEventListener("click", () => showLatest(true).catch(showError));
  window.addEventListener("hashchange", route);
  $("analyze-form").addEventListener("submit", (ev) => analyzePasted(ev).catch(showError));
  api("/api/health").then((h) => { $("analyze-link").hidden = !h.analyze; }).catch(() => {});
  loadStats();
  route();
});
