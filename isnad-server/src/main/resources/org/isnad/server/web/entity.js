// The entity page: briefing, money in and out with totals, facts by type, timeline, graph, sources.
import {h, svg} from './dom.js';
import {getWithLang} from './api.js';
import {t, term, num, count, groupName} from './i18n.js';
import {drawGraph} from './graph.js';

const MONEY = new Set(['donation', 'payment', 'investment', 'acquisition', 'contract', 'gift']);

export async function entityPage(id, go) {
  if (!/^\d{1,18}$/.test(id)) throw Object.assign(new Error('bad id'), {status: 404});
  const [data, brief, graph] = await Promise.all([
    getWithLang('/api/entities/' + id, {limit: 1000}),
    getWithLang('/api/entities/' + id + '/brief', {limit: 50}),
    getWithLang('/api/entities/' + id + '/graph'),
  ]);
  const e = data.entity;
  const facts = data.facts;
  return h('article', {class: 'entity', 'data-entity': e.id},
    h('header', {class: 'entity-head'},
      h('h1', {dir: 'auto', id: 'entity-name'}, e.display),
      h('p', {class: 'muted'}, term(e.type) + ' · ' + count(e.documents) + ' · ' + t('facts', num(facts.length, 0))),
      e.aliases.length ? h('p', {class: 'aliases'}, t('alsoKnownAs') + ': ', h('bdi', {}, e.aliases.join(' · '))) : null),
    section('briefing', t('briefing'), briefing(brief)),
    section('money', t('money'), moneyTable(e, facts)),
    section('graph', t('graph'), drawGraph(graph, nid => go('#/entity/' + nid))),
    section('timeline', t('timeline'), timeline(facts)),
    section('by-type', t('factsByType'), byType(facts)),
    section('sources', t('sources'), sources(facts)));
}

function section(id, title, body) {
  return h('section', {id, class: 'panel'}, h('h2', {}, title), body);
}

function briefing(b) {
  const groups = Object.entries(b.groups || {});
  if (groups.length === 0) return h('p', {}, t('noFacts'));
  return h('div', {class: 'brief'}, groups.map(([key, g]) => h('div', {class: 'brief-group', 'data-group': key},
    h('h3', {}, groupName(key), ' ', h('span', {class: 'muted'}, '(' + num(g.count, 0) + ')')),
    g.totals ? h('p', {class: 'totals'}, t('totals') + ': ', g.totals.map(x =>
      h('span', {class: 'total'}, num(x.value) + ' ' + x.currency + ' (' + term(x.status) + ')'))) : null,
    h('ul', {}, g.facts.map(f => h('li', {class: 'brief-fact'},
      h('span', {class: 'summary', dir: 'auto'}, f.summary),
      f.amount_conflict || f.status_conflict ? h('span', {class: 'conflict'}, ' ⚠ ' + t('conflicts')) : null,
      h('ul', {class: 'cites'}, f.evidence.map(ev => h('li', {},
        h('a', {href: '#/doc/' + encodeURIComponent(ev.doc), dir: 'auto'}, ev.title || ev.doc),
        h('span', {class: 'muted'}, ' — ', h('bdi', {}, ev.says))))),
      f.evidences > f.evidence.length ? h('p', {class: 'muted'}, t('more', num(f.evidences - f.evidence.length, 0))) : null))),
    g.count > g.facts.length ? h('p', {class: 'muted'}, t('more', num(g.count - g.facts.length, 0))) : null)));
}

/** Money facts the entity gives (out) or receives (in), with totals per direction and currency. */
function moneyTable(e, facts) {
  const rows = [];
  const totals = new Map();
  for (const f of facts.filter(x => MONEY.has(x.type))) {
    const first = f.roles[f.first_role] || [];
    const out = first.some(p => p.id === e.id);
    const others = Object.entries(f.roles).flatMap(([, ps]) => ps).filter(p => p.id !== e.id);
    rows.push({f, out, others});
    if (f.amount && f.amount.value != null) {
      const key = (out ? 'out' : 'in') + ' ' + (f.amount.currency || '?');
      totals.set(key, (totals.get(key) || 0) + f.amount.value);
    }
  }
  if (rows.length === 0) return h('p', {}, t('noMoney'));
  rows.sort((a, b) => Number(b.out) - Number(a.out) || (b.f.amount?.value || 0) - (a.f.amount?.value || 0));
  const head = h('tr', {}, [t('direction'), t('counterparty'), t('type'), t('amount'), t('currency'), t('status'),
    t('date'), t('sources')].map(x => h('th', {scope: 'col'}, x)));
  const body = rows.map(({f, out, others}) => h('tr', {class: out ? 'out' : 'in'},
    h('td', {}, out ? t('out') : t('in')),
    h('td', {}, others.map((p, i) => [i ? ', ' : '', h('a', {href: '#/entity/' + p.id, dir: 'auto'}, p.name)])),
    h('td', {}, term(f.type)),
    h('td', {class: 'num'}, f.amount ? num(f.amount.value) : '—'),
    h('td', {}, f.amount ? f.amount.currency : ''),
    h('td', {}, f.status ? term(f.status) : '', f.amount_conflict || f.status_conflict ? ' ⚠' : ''),
    h('td', {dir: 'ltr'}, f.date || ''),
    h('td', {}, docLinks(f))));
  const foot = [...totals.entries()].sort().map(([key, value]) => {
    const [dir, currency] = key.split(' ');
    return h('tr', {class: 'total-row'}, h('th', {scope: 'row', colspan: 3}, dir === 'out' ? t('totalOut') : t('totalIn')),
      h('td', {class: 'num'}, num(value)), h('td', {}, currency), h('td', {colspan: 3}));
  });
  return h('table', {class: 'money'}, h('thead', {}, head), h('tbody', {}, body), h('tfoot', {}, foot));
}

function docLinks(f) {
  const docs = [...new Set(f.evidence.map(ev => ev.doc))];
  return docs.map((d, i) => [i ? ' ' : '', h('a', {href: '#/doc/' + encodeURIComponent(d), dir: 'auto'}, d)]);
}

/** Dated facts on an axis, then as a list by date; undated ones last. */
function timeline(facts) {
  const dated = facts.filter(f => f.date).sort((a, b) => a.date.localeCompare(b.date));
  const undated = facts.filter(f => !f.date);
  if (facts.length === 0) return h('p', {}, t('noFacts'));
  const parts = [];
  if (dated.length > 0) {
    const time = d => Date.parse((d + '-01-01').slice(0, 10));
    const lo = time(dated[0].date);
    const hi = time(dated[dated.length - 1].date);
    const span = Math.max(1, hi - lo);
    const axis = svg('svg', {viewBox: '0 0 700 60', class: 'axis', role: 'img', 'aria-label': t('timeline')},
      svg('line', {x1: 20, y1: 30, x2: 680, y2: 30, class: 'axis-line'}),
      svg('text', {x: 20, y: 54, class: 'tick'}, dated[0].date),
      svg('text', {x: 680, y: 54, class: 'tick', 'text-anchor': 'end'}, dated[dated.length - 1].date));
    dated.forEach(f => {
      const x = 20 + 660 * ((time(f.date) - lo) / span);
      axis.append(svg('circle', {cx: x.toFixed(1), cy: 30, r: 6, class: 'dot t-' + f.type},
        svg('title', {}, f.date + ' · ' + term(f.type) + ' · ' + f.summary)));
    });
    parts.push(axis);
  }
  parts.push(h('ol', {class: 'timeline'}, dated.concat(undated).map(f => h('li', {},
    h('span', {class: 'when', dir: 'ltr'}, f.date || t('undated')),
    h('span', {class: 'badge t-' + f.type}, term(f.type)),
    h('span', {class: 'summary', dir: 'auto'}, f.summary)))));
  return h('div', {}, parts);
}

function byType(facts) {
  const groups = new Map();
  for (const f of facts) {
    if (!groups.has(f.type)) groups.set(f.type, []);
    groups.get(f.type).push(f);
  }
  if (groups.size === 0) return h('p', {}, t('noFacts'));
  return h('div', {}, [...groups.entries()].sort((a, b) => b[1].length - a[1].length).map(([type, fs]) =>
    h('details', {class: 'type-group', 'data-type': type},
      h('summary', {}, h('span', {class: 'badge t-' + type}, term(type)), ' ', num(fs.length, 0)),
      h('ul', {}, fs.map(f => h('li', {},
        h('span', {class: 'summary', dir: 'auto'}, f.summary),
        h('span', {class: 'muted'}, ' — ' + (f.status ? term(f.status) : ''), ' ', docLinks(f))))))));
}

/** Every article the entity's facts come from, most-cited first. */
function sources(facts) {
  const docs = new Map();
  for (const f of facts) {
    for (const ev of f.evidence) {
      const d = docs.get(ev.doc) || {ev, facts: 0};
      d.facts++;
      docs.set(ev.doc, d);
    }
  }
  if (docs.size === 0) return h('p', {}, t('noFacts'));
  return h('ul', {class: 'docs'}, [...docs.entries()].sort((a, b) => b[1].facts - a[1].facts).map(([id, d]) =>
    h('li', {}, h('a', {href: '#/doc/' + encodeURIComponent(id), dir: 'auto', class: 'doc-link'}, d.ev.title || id),
      h('span', {class: 'muted'}, [d.ev.outlet, d.ev.published, t('facts', num(d.facts, 0))].filter(Boolean).join(' · ')))));
}
