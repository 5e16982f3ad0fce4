// Dossier's web interface. Everything shown comes from untrusted pages, so the DOM is built with
// createElement and text nodes only: no innerHTML anywhere, and the server's CSP forbids inline script.
"use strict";

const view = () => document.getElementById("view");

/** el("a", {href: "#/x", class: "c"}, "text", child...) — strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "href") node.setAttribute("href", safeHref(value));
    else if (key === "onclick") node.addEventListener("click", value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** Appends children, flattening nested arrays (a list of [link, " "] pairs, say) at any depth. */
function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only in-app routes become links; a page's own URL is shown as text, never followed or fetched. */
function safeHref(value) {
  const s = String(value);
  return s.startsWith("#/") ? s : "#/";
}

function route(...parts) {
  return "#/" + parts.map(p => encodeURIComponent(p)).join("/");
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") query.set(k, v);
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || body.title || ("HTTP " + response.status));
  return body;
}

function show(...children) {
  const v = view();
  v.replaceChildren();
  append(v, children);
  window.scrollTo(0, 0);
}

function meta(...parts) {
  return el("div", {class: "meta"}, parts.filter(Boolean).join(" · "));
}

function roleBadge(role) {
  return el("span", {class: "badge " + role}, role);
}

function articleCard(a) {
  return el("div", {class: "card"},
    el("h3", {}, el("a", {href: route("article", a.id)}, a.title || "(untitled)")),
    el("div", {class: "meta"}, roleBadge(a.role), [a.outlet, a.published].filter(Boolean).join(" · "),
      a.story ? [" · story: ", el("a", {href: route("story", a.story.id)}, a.story.title || "story")] : null),
    a.snippet ? el("div", {}, a.snippet) : null);
}

function facetList(facets, params) {
  const box = el("aside", {class: "facets"});
  for (const [name, values] of Object.entries(facets || {})) {
    if (!values.length) continue;
    box.appendChild(el("h4", {}, name));
    for (const f of values) {
      const next = Object.assign({}, params, {[name]: f.value, offset: 0});
      box.appendChild(el("a", {href: "#/search?" + new URLSearchParams(clean(next))}, `${f.value} (${f.count})`));
    }
  }
  return box;
}

function clean(params) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ""));
}

async function feedView(params) {
  const limit = 25, offset = Number(params.offset || 0);
  const data = await api("articles", Object.assign({}, params, {limit, offset}));
  const title = params.q ? `Search: ${params.q}` : "Feed";
  const filters = ["entity", "outlet", "role", "from", "to"].filter(k => params[k]).map(k => `${k}: ${params[k]}`);
  const pager = el("div", {class: "pager"},
    offset > 0 ? el("a", {href: "#/search?" + new URLSearchParams(clean({...params, offset: Math.max(0, offset - limit)}))}, "← newer") : null,
    offset + limit < data.total ? el("a", {href: "#/search?" + new URLSearchParams(clean({...params, offset: offset + limit}))}, "older →") : null);
  show(el("h1", {}, title),
    el("div", {class: "meta"}, `${data.total} articles`, filters.length ? " · " + filters.join(", ") : "",
      filters.length ? [" · ", el("a", {href: "#/"}, "clear filters")] : null),
    el("div", {class: "layout"},
      el("section", {}, data.items.map(articleCard), pager),
      facetList(data.facets, params)));
}

/**
 * Splits text into paragraphs and wraps annotated spans in <mark>, nesting a span inside the one that
 * holds it (a claim inside a quote); a span that straddles another's edge is left out.
 */
function annotatedText(text, marks, focus) {
  const container = el("div", {class: "article-text"});
  const sorted = marks.slice().sort((a, b) => a.begin - b.begin || b.end - a.end);
  let paragraphStart = 0;
  for (const para of text.split("\n\n")) {
    const begin = text.indexOf(para, paragraphStart), end = begin + para.length;
    paragraphStart = end;
    container.appendChild(markSpans(el("p"), text, sorted.filter(m => m.begin >= begin && m.end <= end), begin, end));
  }
  if (focus) focusMarks(container, focus);
  return container;
}

/** Appends text[from, to) to parent with the marks (sorted, all within the range) nested as they fall. */
function markSpans(parent, text, marks, from, to) {
  let cursor = from;
  for (let i = 0; i < marks.length;) {
    const m = marks[i];
    let next = i + 1; // marks[i + 1, next) start inside m: nested in it, or straddling its end and dropped
    while (next < marks.length && marks[next].begin < m.end) next++;
    parent.appendChild(document.createTextNode(text.slice(cursor, m.begin)));
    const go = m.go ? event => { event.stopPropagation(); location.hash = m.go; } : null;
    const mark = el("mark", {class: m.cls, title: m.title, "data-begin": m.begin, "data-end": m.end, onclick: go});
    parent.appendChild(markSpans(mark, text, marks.slice(i + 1, next).filter(x => x.end <= m.end), m.begin, m.end));
    cursor = m.end;
    i = next;
  }
  parent.appendChild(document.createTextNode(text.slice(cursor, to)));
  return parent;
}

/** Marks the innermost span that holds the focus range, or else every span inside it. */
function focusMarks(container, [begin, end]) {
  const all = [...container.querySelectorAll("mark")].map(node => ({node, b: Number(node.dataset.begin), e: Number(node.dataset.end)}));
  const holding = all.filter(m => m.b <= begin && m.e >= end);
  // Document order puts a nested mark after its parent, so among equal lengths the last is the innermost.
  const best = holding.reduce((acc, m) => !acc || m.e - m.b <= acc.e - acc.b ? m : acc, null);
  for (const m of best ? [best] : all.filter(m => m.b >= begin && m.e <= end)) m.node.classList.add("focus");
}

async function articleView(id, params) {
  const d = await api("articles/" + encodeURIComponent(id));
  const a = d.article;
  const focus = params.at ? params.at.split("-").map(Number) : null;
  const marks = [
    ...d.mentions.map(m => ({begin: m.span[0], end: m.span[1], cls: m.kind, title: `${m.entity} (${m.kind})`,
      go: m.entityId ? route("entity", m.entityId) : null})),
    ...d.times.map(t => ({begin: t.span[0], end: t.span[1], cls: "time", title: `${t.kind} ${t.value}`})),
    ...d.claims.map(c => ({begin: c.span[0], end: c.span[1], cls: "claim",
      title: `${c.qualifier} ${c.value} ${c.unit || ""}${c.source ? " — " + c.source : ""}`,
      go: c.seriesId ? route("series", c.seriesId) : null})),
    ...d.quotes.map(q => ({begin: q.span[0], end: q.span[1], cls: "quote",
      title: `${q.speaker || "unattributed"}${q.via.length ? " via " + q.via.join(", ") : ""}`})),
  ];
  show(el("h1", {}, a.title || "(untitled)"),
    el("div", {class: "meta"}, roleBadge(a.role),
      [a.outlet, a.authors.join(", "), a.published, a.language].filter(Boolean).join(" · "),
      d.story ? [" · story: ", el("a", {href: route("story", d.story.id)}, d.story.title || "story")] : null,
      " · ", el("a", {href: "#/source?" + new URLSearchParams({page: a.page})}, "source page")),
    a.url ? el("div", {class: "meta"}, "URL (not followed): ", a.url) : null,
    el("div", {class: "legend meta"}, ["PERSON", "ORGANIZATION", "LOCATION", "EQUIPMENT"].map(k => el("mark", {class: k}, k.toLowerCase())),
      " ", el("mark", {class: "quote"}, "quote"), " ", el("mark", {class: "claim"}, "claim"), " ", el("mark", {class: "time"}, "time")),
    el("div", {class: "layout"},
      annotatedText(a.text, marks, focus),
      el("aside", {},
        el("h2", {}, `Quotes (${d.quotes.length})`),
        d.quotes.map(q => el("div", {class: "card"}, "“", q.text, "”",
          meta(q.speaker ? "— " + q.speaker : "unattributed", q.via.length ? "via " + q.via.join(" ← ") : ""),
          el("a", {href: route("article", a.id) + "?at=" + q.span[0] + "-" + q.span[1]}, "show in text"))),
        el("h2", {}, `Claims (${d.claims.length})`),
        d.claims.map(c => el("div", {class: "card claim-card"},
          el("strong", {}, `${c.qualifier === "exact" ? "" : c.qualifier + " "}${fmt(c.value)} ${c.unit || ""}`),
          c.about ? el("div", {}, c.about) : null, meta(c.source ? "source: " + c.source : null, c.time),
          el("a", {href: route("article", a.id) + "?at=" + c.span[0] + "-" + c.span[1]}, "show in text"),
          c.seriesId ? [" · ", el("a", {href: route("series", c.seriesId)}, "series")] : null)),
        el("h2", {}, `Events (${d.events.length})`),
        d.events.map(e => el("div", {class: "card"}, el("span", {class: "badge"}, e.kind), e.summary || "", meta(e.date, e.place))))));
  const target = document.querySelector("mark.focus");
  if (target) target.scrollIntoView({block: "center"});
}

function fmt(n) {
  return typeof n === "number" ? n.toLocaleString("en-US") : String(n);
}

async function storiesView() {
  const d = await api("stories");
  show(el("h1", {}, "Stories"), el("div", {class: "meta"}, `${d.items.length} stories with more than one article`),
    d.items.map(s => el("div", {class: "card"}, el("h3", {}, el("a", {href: route("story", s.id)}, s.title || "(untitled)")),
      meta(`${s.articles} articles`, s.outlets.join(", "), [s.first, s.last].filter(Boolean).join(" – ")))));
}

async function storyView(id) {
  const d = await api("stories/" + encodeURIComponent(id));
  show(el("h1", {}, d.story.title || "Story"),
    el("div", {class: "meta"}, `${d.articles.length} articles from ${new Set(d.articles.map(a => a.outlet).filter(Boolean)).size} outlets`),
    d.agreement.length ? [el("h2", {}, "Numbers across outlets"), el("table", {},
      el("tr", {}, el("th", {}, "measure"), el("th", {}, "reported"), el("th", {}, "")),
      d.agreement.map(row => el("tr", {}, el("td", {}, row.about || row.unit),
        el("td", {}, row.values.map(v => el("div", {}, `${v.qualifier === "exact" ? "" : v.qualifier + " "}${fmt(v.value)} ${row.unit || ""} — ${v.outlet || "?"}`))),
        el("td", {}, row.differs ? el("span", {class: "flag"}, "outlets differ") : "agree"))))] : null,
    el("h2", {}, "Side by side"),
    el("div", {class: "columns"}, d.articles.map(a => el("div", {class: "card"},
      el("h3", {}, el("a", {href: route("article", a.id)}, a.title || "(untitled)")),
      el("div", {class: "meta"}, roleBadge(a.role), [a.outlet, a.published].filter(Boolean).join(" · ")),
      el("p", {}, a.lead || ""),
      a.quotes.length ? el("div", {class: "meta"}, `${a.quotes.length} quotes, ${a.claims.length} claims`) : null))));
}

async function entitiesView(params) {
  const d = await api("entities", params);
  show(el("h1", {}, "Entities"),
    el("table", {}, el("tr", {}, ["name", "kind", "mentions", "articles", "seen", "also called"].map(h => el("th", {}, h))),
      d.items.map(e => el("tr", {}, el("td", {}, el("a", {href: route("entity", e.id)}, e.name)), el("td", {}, e.kind),
        el("td", {}, e.mentions), el("td", {}, e.articles), el("td", {}, [e.first, e.last].filter(Boolean).join(" – ")),
        el("td", {class: "meta"}, e.aliases.join(", "))))));
}

async function entityView(id) {
  const d = await api("entities/" + encodeURIComponent(id));
  const e = d.entity;
  const quoteCard = q => el("div", {class: "card"}, "“", q.text, "”",
    meta(q.speaker ? "— " + q.speaker : null, q.via.length ? "via " + q.via.join(" ← ") : null),
    el("a", {href: route("article", q.article.id) + "?at=" + q.span[0] + "-" + q.span[1]}, q.article.title || "article"));
  show(el("h1", {}, e.name), meta(e.kind, `${e.mentions} mentions in ${e.articles} articles`, [e.first, e.last].filter(Boolean).join(" – ")),
    e.aliases.length ? el("div", {class: "meta"}, "Also called: " + e.aliases.join(", ")) : null,
    el("div", {class: "layout"},
      el("section", {},
        el("h2", {}, `Quotes by ${e.name} (${d.quotesBy.length})`), d.quotesBy.map(quoteCard),
        el("h2", {}, `Quotes that mention ${e.name} (${d.quotesAbout.length})`), d.quotesAbout.map(quoteCard),
        el("h2", {}, `Claims (${d.claims.length})`), d.claims.map(c => el("div", {class: "card claim-card"},
          `${c.qualifier === "exact" ? "" : c.qualifier + " "}${fmt(c.value)} ${c.unit || ""} — ${c.about || ""}`,
          meta(c.source ? "source: " + c.source : null),
          el("a", {href: route("article", c.article.id) + "?at=" + c.span[0] + "-" + c.span[1]}, c.article.title || "article"))),
        el("h2", {}, `Events (${d.events.length})`), d.events.map(ev => el("div", {class: "card"},
          el("span", {class: "badge"}, ev.kind), ev.summary || "", meta(ev.date, ev.place)))),
      el("aside", {}, el("h2", {}, "Related entities"),
        d.related.map(r => el("div", {}, el("a", {href: route("entity", r.id)}, r.name), el("span", {class: "meta"}, ` ${r.kind} · ${r.count}`))))));
}

/** One series as an SVG chart: value over time, one colour per source, hedges as hollow points. */
function seriesChart(series) {
  const ns = "http://www.w3.org/2000/svg";
  const svgEl = (tag, attrs, text) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.appendChild(document.createTextNode(text));
    return n;
  };
  const points = series.points.filter(p => p.when);
  const w = 640, h = 220, pad = 40;
  const svg = svgEl("svg", {class: "chart", viewBox: `0 0 ${w} ${h}`, role: "img"});
  if (!points.length) return svg;
  const times = points.map(p => Date.parse(p.when)), values = points.map(p => p.value);
  const t0 = Math.min(...times), t1 = Math.max(...times) || t0 + 1, v1 = Math.max(...values) * 1.1 || 1;
  const x = t => pad + (t1 === t0 ? (w - 2 * pad) / 2 : (t - t0) / (t1 - t0) * (w - 2 * pad));
  const y = v => h - pad - v / v1 * (h - 2 * pad);
  svg.appendChild(svgEl("line", {x1: pad, y1: h - pad, x2: w - pad, y2: h - pad, stroke: "#999"}));
  svg.appendChild(svgEl("text", {x: 4, y: pad}, fmt(Math.round(v1))));
  const sources = [...new Set(points.map(p => p.source || "unknown"))];
  const colours = ["#1f5f99", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085"];
  points.forEach((p, i) => {
    const c = colours[sources.indexOf(p.source || "unknown") % colours.length];
    const dot = svgEl("circle", {cx: x(times[i]), cy: y(p.value), r: 5, stroke: c, "stroke-width": 2,
      fill: p.qualifier === "exact" ? c : "#fff"});
    dot.appendChild(svgEl("title", {}, `${p.qualifier} ${fmt(p.value)} — ${p.source || "unknown"}, ${p.when}`));
    svg.appendChild(dot);
  });
  sources.forEach((s, i) => svg.appendChild(svgEl("text", {x: pad + i * 140, y: h - 10, fill: colours[i % colours.length]}, s)));
  svg.appendChild(svgEl("text", {x: w - pad - 60, y: h - pad + 14}, points.length > 1 ? "time →" : ""));
  return svg;
}

function seriesBlock(s) {
  return el("div", {class: "card"}, el("h3", {}, el("a", {href: route("series", s.id)}, s.about || s.unit)),
    s.conflict ? el("div", {class: "flag"}, "Sources disagree at the same time") : null,
    seriesChart(s),
    el("table", {}, el("tr", {}, ["when", "value", "hedge", "source", "article"].map(t => el("th", {}, t))),
      s.points.map(p => el("tr", {}, el("td", {}, p.when || "?"), el("td", {}, fmt(p.value) + " " + (s.unit || "")),
        el("td", {}, p.qualifier), el("td", {}, p.source || "?"),
        el("td", {}, el("a", {href: route("article", p.article) + "?at=" + p.span[0] + "-" + p.span[1]}, p.articleTitle || "article"))))));
}

async function claimsView() {
  const d = await api("claims/series");
  show(el("h1", {}, "Claims ledger"), el("div", {class: "meta"}, "One series per measure; hollow points are hedged figures."),
    d.items.map(seriesBlock));
}

async function seriesView(id) {
  const s = await api("claims/series/" + encodeURIComponent(id));
  show(el("h1", {}, "Claim series"), seriesBlock(s));
}

async function timelineView(params) {
  const d = await api("timeline", params);
  show(el("h1", {}, "Timeline"), el("div", {class: "timeline"}, d.items.map(e => el("div", {class: "card"},
    el("span", {class: "when"}, e.date || "undated"), el("span", {class: "badge"}, e.kind), e.summary || "",
    meta(e.place, e.actors.join(", ")),
    el("div", {class: "meta"}, e.articleRefs.map(a => [el("a", {href: route("article", a.id)}, (a.outlet || "") + " " + (a.title || "")), " "]))))));
}

/** The page as its own text, with the parts cut out as articles marked by role. */
async function sourceView(params) {
  const d = await api("source", {page: params.page});
  const pre = el("pre", {class: "source"});
  let cursor = 0;
  for (const m of d.marks.slice().sort((a, b) => a.begin - b.begin)) {
    if (m.begin < cursor) continue;
    pre.appendChild(document.createTextNode(d.text.slice(cursor, m.begin)));
    pre.appendChild(el("mark", {class: "extracted " + m.role, title: `${m.role}: ${m.title || ""}`}, d.text.slice(m.begin, m.end)));
    cursor = m.end;
  }
  pre.appendChild(document.createTextNode(d.text.slice(cursor)));
  show(el("h1", {}, "Source page"), meta(d.page, `${d.marks.length} paragraphs taken as articles are marked; the rest was left out`), pre);
}

async function render() {
  const hash = location.hash || "#/";
  const [path, query] = hash.slice(2).split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const [kind, ...rest] = path.split("/").map(decodeURIComponent);
  const id = rest.join("/");
  try {
    if (!kind || kind === "search") await feedView(params);
    else if (kind === "article") await articleView(id, params);
    else if (kind === "stories") await storiesView();
    else if (kind === "story") await storyView(id);
    else if (kind === "entities") await entitiesView(params);
    else if (kind === "entity") await entityView(id);
    else if (kind === "claims") await claimsView();
    else if (kind === "series") await seriesView(id);
    else if (kind === "timeline") await timelineView(params);
    else if (kind === "source") await sourceView(params);
    else show(el("p", {}, "Nothing here."));
  } catch (error) {
    show(el("h1", {}, "Could not load this view"), el("p", {class: "flag"}, error.message));
  }
}

async function pollStatus() {
  try {
    const s = await api("status");
    const c = s.counts;
    const ingest = s.ingest && s.ingest.running
      ? ` · ingesting: ${s.ingest.done}${s.ingest.total ? "/" + s.ingest.total : ""} pages` : "";
    document.getElementById("status").textContent =
      `${c.articles} articles · ${c.stories} stories · ${c.entities} entities${ingest}`;
  } catch (error) {
    document.getElementById("status").textContent = "server unreachable";
  }
}

document.getElementById("search-form").addEventListener("submit", event => {
  event.preventDefault();
  const q = document.getElementById("search-box").value.trim();
  location.hash = "#/search?" + new URLSearchParams(q ? {q} : {});
});
window.addEventListener("hashchange", render);
render();
pollStatus();
setInterval(pollStatus, 3000);
