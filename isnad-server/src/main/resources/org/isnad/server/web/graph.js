// The entity's neighbourhood as SVG: the entity in the middle, the entities it shares facts with on
// rings around it, one edge per pair and fact type, coloured by type. A hand-made radial layout:
// for one entity's neighbourhood it reads better than a force layout, and needs no library.
import {svg, h} from './dom.js';
import {term, t, num} from './i18n.js';

const W = 760;
const H = 560;
const TYPES = ['donation', 'payment', 'investment', 'acquisition', 'contract', 'gift', 'ownership', 'role', 'meeting',
  'statement', 'accusation', 'dispute', 'competition', 'sanction', 'policy', 'no_comment'];

/** The SVG and its legend for a graph answer ({center, nodes, edges}); onOpen(id) follows a node. */
export function drawGraph(g, onOpen) {
  const pos = layout(g);
  const root = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'graph', role: 'img', 'aria-label': t('graph')});
  const defs = svg('defs', {});
  for (const type of TYPES) {
    defs.append(svg('marker', {id: 'arrow-' + type, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
      markerHeight: 7, orient: 'auto-start-reverse', class: 'arrow t-' + type}, svg('path', {d: 'M0,0 L10,5 L0,10 z'})));
  }
  root.append(defs);
  const names = new Map(g.nodes.map(n => [n.id, n.display]));
  const seen = new Map();
  for (const e of g.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    // Several fact types between one pair: bend each edge a little more, so that all show.
    const pair = [e.source, e.target].sort().join('-');
    const k = seen.get(pair) || 0;
    seen.set(pair, k + 1);
    const bend = (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 28;
    const path = svg('path', {d: curve(a, b, bend, radius(nodeOf(g, e.target))), class: 'edge t-' + e.type,
      'marker-end': e.directed ? `url(#arrow-${e.type})` : null, 'stroke-width': Math.min(6, 1.5 + e.facts)});
    const amount = e.amount ? ' · ' + num(e.amount) + ' ' + (e.currency || '') : '';
    path.append(svg('title', {}, `${names.get(e.source)} → ${names.get(e.target)}: ${term(e.type)} (${e.facts})${amount}`));
    root.append(path);
  }
  for (const n of g.nodes) {
    const p = pos.get(n.id);
    const center = n.id === g.center;
    const r = radius(n);
    const node = svg('g', {class: 'node' + (center ? ' center' : '') + ' k-' + n.type, tabindex: 0, role: 'link',
      'data-id': n.id, transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`});
    node.append(svg('circle', {r}), svg('title', {}, `${n.display} (${term(n.type)})`));
    node.append(svg('text', {y: r + 14, 'text-anchor': 'middle', class: 'label'}, short(n.display)));
    if (!center) {
      node.addEventListener('click', () => onOpen(n.id));
      node.addEventListener('keydown', ev => {
        if (ev.key === 'Enter') onOpen(n.id);
      });
    }
    root.append(node);
  }
  const used = TYPES.filter(type => g.edges.some(e => e.type === type));
  const legend = h('ul', {class: 'legend', 'aria-label': t('legend')},
    used.map(type => h('li', {}, h('span', {class: 'swatch t-' + type}), term(type))));
  return h('div', {class: 'graph-box'}, root, legend, h('p', {class: 'note'}, t('graphNote')));
}

function nodeOf(g, id) {
  return g.nodes.find(n => n.id === id);
}

function radius(n) {
  if (!n) return 8;
  return Math.min(22, 7 + 3 * Math.log2(1 + (n.documents || 1)));
}

function short(s) {
  const cps = Array.from(s || '');
  return cps.length > 22 ? cps.slice(0, 21).join('') + '…' : s;
}

/** The centre in the middle; neighbours on one ring, or two when there are many, grouped by their first edge's type. */
function layout(g) {
  const pos = new Map();
  const cx = W / 2;
  const cy = H / 2;
  pos.set(g.center, {x: cx, y: cy});
  const others = g.nodes.filter(n => n.id !== g.center);
  const firstType = new Map();
  for (const e of g.edges) {
    for (const id of [e.source, e.target]) {
      if (!firstType.has(id)) firstType.set(id, TYPES.indexOf(e.type));
    }
  }
  others.sort((a, b) => (firstType.get(a.id) ?? 99) - (firstType.get(b.id) ?? 99) || a.id - b.id);
  const rings = others.length > 14 ? 2 : 1;
  others.forEach((n, i) => {
    const ring = rings === 2 ? i % 2 : 0;
    const rx = (rings === 2 && ring === 0 ? 0.62 : 1) * (W / 2 - 110);
    const ry = (rings === 2 && ring === 0 ? 0.62 : 1) * (H / 2 - 60);
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / others.length;
    pos.set(n.id, {x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle)});
  });
  return pos;
}

/** A quadratic curve from a to b bent sideways, stopping at b's circle so that the arrow shows. */
function curve(a, b, bend, rb) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const mx = (a.x + b.x) / 2 - (dy / len) * bend;
  const my = (a.y + b.y) / 2 + (dx / len) * bend;
  const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * (rb + 3);
  const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * (rb + 3);
  return `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}
