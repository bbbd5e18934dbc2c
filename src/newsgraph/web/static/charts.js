// Small SVG charts, no library: a timeline (stacked bars by quad class, Goldstein line) and a
// network (actors on a circle, arrows weighted by events). All text goes in with textContent.
(function () {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";
  const QUAD = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
  const COLOURS = ["#8fc7e8", "#2b7bba", "#f4a582", "#c0392b"];

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function tooltip() {
    let tip = document.querySelector(".tooltip");
    if (!tip) { tip = document.createElement("div"); tip.className = "tooltip"; document.body.appendChild(tip); }
    return tip;
  }

  function hover(node, text) {
    const tip = tooltip();
    node.addEventListener("mousemove", (ev) => {
      tip.textContent = text; tip.style.display = "block";
      tip.style.left = (ev.clientX + 12) + "px"; tip.style.top = (ev.clientY + 12) + "px";
    });
    node.addEventListener("mouseleave", () => { tip.style.display = "none"; });
  }

  function drawTimeline(box, data) {
    box.textContent = "";
    const items = data.items;
    if (!items.length) { const p = document.createElement("p"); p.className = "empty"; p.textContent = "No dated events."; box.appendChild(p); return; }
    const W = Math.max(600, box.clientWidth - 20), H = 330, L = 40, B = 90, T = 20;
    const svg = el("svg", {width: W, height: H, role: "img", "aria-label": "timeline"}, box);
    const max = Math.max(...items.map((d) => d.events), 1);
    const gmax = Math.max(...items.map((d) => Math.abs(d.goldstein)), 1);
    const bw = (W - L - 20) / items.length;
    items.forEach((d, i) => {
      let y = H - B;
      d.quad.forEach((v, q) => {
        const h = (v / max) * (H - B - T);
        if (h > 0) {
          const r = el("rect", {x: L + i * bw + 2, y: y - h, width: Math.max(1, bw - 4), height: h, fill: COLOURS[q], class: "bar"}, svg);
          hover(r, `${d.period}: ${v} ${QUAD[q]}`);
        }
        y -= h;
      });
      if (items.length <= 40 || i % Math.ceil(items.length / 40) === 0) {
        const t = el("text", {x: L + i * bw + bw / 2, y: H - B + 14, "text-anchor": "end", transform: `rotate(-45 ${L + i * bw + bw / 2} ${H - B + 14})`}, svg);
        t.textContent = d.period;
      }
    });
    const mid = T + (H - B - T) / 2;
    const pts = items.map((d, i) => `${L + i * bw + bw / 2},${mid - (d.goldstein / gmax) * (H - B - T) / 2}`).join(" ");
    el("polyline", {points: pts, fill: "none", stroke: "#222", "stroke-width": 1.5}, svg);
    items.forEach((d, i) => {
      const c = el("circle", {cx: L + i * bw + bw / 2, cy: mid - (d.goldstein / gmax) * (H - B - T) / 2, r: 3.5, fill: "#222"}, svg);
      hover(c, `${d.period}: ${d.events} events, Goldstein ${d.goldstein}`);
    });
    const yl = el("text", {x: 4, y: T}, svg); yl.textContent = `${max}`;
    const legend = el("g", {transform: `translate(${L}, ${H - 6})`}, svg);
    QUAD.forEach((q, n) => { el("rect", {x: n * 150, y: -9, width: 10, height: 10, fill: COLOURS[n]}, legend); const t = el("text", {x: n * 150 + 14, y: 0}, legend); t.textContent = q; });
  }

  function drawNetwork(box, data) {
    box.textContent = "";
    if (!data.nodes.length) { const p = document.createElement("p"); p.className = "empty"; p.textContent = "No actor acts on another here."; box.appendChild(p); return; }
    const W = Math.max(640, box.clientWidth - 20), H = 560, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 90;
    const svg = el("svg", {width: W, height: H, role: "img", "aria-label": "actor network"}, box);
    const defs = el("defs", {}, svg);
    const marker = el("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto-start-reverse"}, defs);
    el("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "#888"}, marker);
    const pos = {};
    data.nodes.forEach((n, i) => { const a = (2 * Math.PI * i) / data.nodes.length; pos[n.key] = [cx + R * Math.cos(a), cy + R * Math.sin(a)]; });
    const maxE = Math.max(...data.edges.map((e) => e.events), 1);
    data.edges.forEach((e) => {
      const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
      const line = el("line", {x1, y1, x2, y2, stroke: e.goldstein < 0 ? "#c0392b" : "#2b7bba", "stroke-opacity": 0.55,
        "stroke-width": 1 + 5 * e.events / maxE, "marker-end": "url(#arrow)"}, svg);
      hover(line, `${e.events} events, mean Goldstein ${e.goldstein}`);
    });
    data.nodes.forEach((n) => {
      const [x, y] = pos[n.key];
      const a = el("a", {href: "/actor/" + encodeURIComponent(n.key)}, svg);
      el("circle", {cx: x, cy: y, r: 7, fill: "#1f2a44"}, a);
      const t = el("text", {x: x + 10, y: y + 4}, a);
      t.textContent = n.name;
    });
  }

  async function load(url) { const r = await fetch(url); if (!r.ok) throw new Error(r.status); return r.json(); }

  window.newsgraphCharts = {drawTimeline, drawNetwork};
  document.addEventListener("DOMContentLoaded", () => {
    const tl = document.getElementById("timeline-chart");
    if (tl) {
      const p = new URLSearchParams({actor: tl.dataset.actor, by: tl.dataset.by || "week"});
      if (tl.dataset.target) p.set("target", tl.dataset.target);
      load("/api/timeline?" + p).then((d) => drawTimeline(tl, d)).catch(() => { tl.textContent = "Could not load the timeline."; });
    }
    const nw = document.getElementById("network-chart");
    if (nw) {
      const p = new URLSearchParams(); if (nw.dataset.actor) p.set("actor", nw.dataset.actor);
      load("/api/network?" + p).then((d) => drawNetwork(nw, d)).catch(() => { nw.textContent = "Could not load the network."; });
    }
  });
})();
