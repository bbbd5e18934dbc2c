// The article view: clicking marked text shows its quote, event or actor, from the page's JSON.
// Everything from the article is written with textContent: no markup from the data is ever parsed.
(function () {
  "use strict";
  const node = document.getElementById("doc-data");
  if (!node) return;
  const data = JSON.parse(node.textContent);
  const quotes = Object.fromEntries(data.quotes.map((q) => [q.id, q]));
  const events = Object.fromEntries(data.events.map((e) => [e.id, e]));
  const actors = Object.fromEntries(data.actors.map((a) => [a.id, a]));
  const panel = document.getElementById("details");

  function row(dl, term, value, href) {
    if (value === null || value === undefined || value === "") return;
    const dt = document.createElement("dt"); dt.textContent = term;
    const dd = document.createElement("dd");
    if (href) { const a = document.createElement("a"); a.href = href; a.textContent = String(value); dd.appendChild(a); }
    else dd.textContent = String(value);
    dl.append(dt, dd);
  }

  function actorLink(id) { const key = data.keys[id]; return key ? "/actor/" + encodeURIComponent(key) : null; }

  function chain(q) {
    const out = []; let cur = q; const seen = new Set();
    while (cur && cur.reported_by && !seen.has(cur.id)) { seen.add(cur.id); cur = quotes[cur.reported_by]; if (cur) out.push(cur.speaker_name || (cur.speaker && cur.speaker.text) || "someone"); }
    return out.length ? (q.speaker_name || "the speaker") + " ← according to " + out.join(" ← ") : null;
  }

  function section(title) {
    const h = document.createElement("h3"); h.textContent = title;
    const dl = document.createElement("dl"); panel.append(h, dl); return dl;
  }

  function show(seg) {
    document.querySelectorAll(".seg.selected").forEach((s) => s.classList.remove("selected"));
    seg.classList.add("selected");
    panel.textContent = "";
    const h = document.createElement("h2"); h.textContent = "Details"; panel.appendChild(h);
    for (const id of (seg.dataset.quotes || "").split(" ").filter(Boolean)) {
      const q = quotes[id]; const dl = section("Quote " + q.kind);
      row(dl, "speaker", q.speaker_name || (q.speaker && q.speaker.text) || "no speaker", q.speaker_actor ? actorLink(q.speaker_actor) : null);
      row(dl, "speaker type", q.speaker_type);
      row(dl, "cue", q.cue && q.cue.text);
      row(dl, "sourcing chain", chain(q));
      row(dl, "confidence", q.confidence);
      row(dl, "rule", q.rule);
    }
    for (const id of (seg.dataset.events || "").split(" ").filter(Boolean)) {
      const e = events[id]; const dl = section("Event " + e.type + (e.negated ? " (negated)" : ""));
      row(dl, "source", e.source && e.source.mention.text, e.source && e.source.actor ? actorLink(e.source.actor) : null);
      row(dl, "target", e.target && e.target.mention.text, e.target && e.target.actor ? actorLink(e.target.actor) : null);
      row(dl, "CAMEO", e.cameo); row(dl, "Goldstein", e.goldstein); row(dl, "modality", e.modality);
      row(dl, "date", e.date); row(dl, "date from", (e.date_text ? "“" + e.date_text.text + "” " : "") + (e.date_rule || ""));
      row(dl, "place", e.location && e.location.name);
      row(dl, "attributed to", e.attributed_to && quotes[e.attributed_to] ? (quotes[e.attributed_to].speaker_name || "a quote") : null);
      row(dl, "confidence", e.confidence); row(dl, "rule", e.rule);
    }
    for (const id of (seg.dataset.actors || "").split(" ").filter(Boolean)) {
      const a = actors[id]; const dl = section("Actor");
      row(dl, "name", a.name, actorLink(id)); row(dl, "kind", a.kind); row(dl, "code", a.code);
      row(dl, "role", a.role); row(dl, "mentions", a.mentions.length); row(dl, "rule", a.rule);
    }
  }

  document.getElementById("text").addEventListener("click", (ev) => {
    const seg = ev.target.closest(".seg");
    if (seg && (seg.dataset.quotes || seg.dataset.events || seg.dataset.actors)) show(seg);
  });
})();
