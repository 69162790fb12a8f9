// The document page: the article's text with its evidence spans highlighted (hovering one shows
// its facts) and the names it mentions underlined; beside it, its facts and names.
import {h, codePoints, outLink} from './dom.js';
import {getWithLang} from './api.js';
import {t, term} from './i18n.js';

export async function documentPage(id) {
  const d = await getWithLang('/api/documents/' + encodeURIComponent(id));
  const facts = new Map(d.facts.map(f => [f.id, f]));
  const text = h('div', {class: 'text', id: 'doc-text', dir: d.lang === 'ar' ? 'rtl' : 'ltr', lang: d.lang},
    annotate(d, facts));
  const factList = h('ol', {class: 'doc-facts'}, d.facts.map(f => h('li', {'data-fact': f.id, tabindex: 0},
    h('span', {class: 'badge t-' + f.type}, term(f.type)), ' ',
    h('span', {dir: 'auto'}, f.sentence || f.summary),
    h('span', {class: 'muted'}, ' ' + [f.status && term(f.status), f.attribution && term(f.attribution)].filter(Boolean)
      .join(' · ')))));
  const names = h('ul', {class: 'doc-entities'}, d.entities.map(e => h('li', {},
    e.entity != null ? h('a', {href: '#/entity/' + e.entity, dir: 'auto'}, e.name) : h('span', {dir: 'auto'}, e.name),
    h('span', {class: 'muted'}, ' ' + term(e.type)))));
  for (const li of factList.children) {
    const mark = on => text.querySelectorAll('mark.ev').forEach(m => {
      if (m.dataset.facts.split(' ').includes(li.dataset.fact)) m.classList.toggle('lit', on);
    });
    li.addEventListener('mouseenter', () => mark(true));
    li.addEventListener('mouseleave', () => mark(false));
    li.addEventListener('focus', () => mark(true));
    li.addEventListener('blur', () => mark(false));
  }
  tooltips(text, facts);
  const meta = [d.outlet, d.published, d.lang].filter(Boolean).join(' · ');
  return h('article', {class: 'document', 'data-doc': d.id},
    h('header', {}, h('h1', {dir: 'auto', id: 'doc-title'}, d.title || d.id),
      h('p', {class: 'muted'}, meta, ' ', outLink(d.url, t('source')))),
    h('div', {class: 'doc-body'},
      h('section', {class: 'panel'}, h('h2', {}, t('text')), text),
      h('aside', {class: 'panel'}, h('h2', {}, t('factsHere')), factList, h('h2', {}, t('entitiesHere')), names)));
}

/**
 * The text cut at every span edge. A piece inside evidence is a <mark> listing its facts; a piece
 * inside a mention is a <span class="mention">. Offsets are code points, as the API gives them.
 */
function annotate(d, facts) {
  const cps = codePoints(d.text);
  const n = cps.length;
  const cuts = new Set([0, n]);
  const evidence = [];
  const mentions = [];
  for (const f of d.facts) {
    for (const [s, e] of f.evidence) evidence.push({s: clamp(s, n), e: clamp(e, n), id: f.id});
  }
  for (const en of d.entities) {
    for (const [s, e] of en.mentions) mentions.push({s: clamp(s, n), e: clamp(e, n), id: en.id, entity: en.entity});
  }
  for (const x of evidence.concat(mentions)) {
    cuts.add(x.s);
    cuts.add(x.e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    if (s >= e) continue;
    let node = document.createTextNode(cps.slice(s, e).join(''));
    const m = mentions.find(x => x.s <= s && e <= x.e);
    if (m) node = h('span', {class: 'mention', 'data-entity': m.id}, node);
    const ev = evidence.filter(x => x.s <= s && e <= x.e).map(x => x.id);
    if (ev.length) {
      const ids = [...new Set(ev)];
      node = h('mark', {class: 'ev', tabindex: 0, 'data-facts': ids.join(' '),
        'aria-label': ids.map(id => facts.get(id).sentence || facts.get(id).summary).join('; ')}, node);
    }
    out.push(node);
  }
  return out;
}

function clamp(x, n) {
  return Math.max(0, Math.min(n, x | 0));
}

/** Hovering or focusing a highlight shows its facts in the shared tooltip, written as text. */
function tooltips(container, facts) {
  const tip = document.getElementById('tip');
  const show = (mark, x, y) => {
    const ids = mark.dataset.facts.split(' ');
    tip.replaceChildren(h('strong', {}, t('evidenceOf')), h('ul', {}, ids.map(id => {
      const f = facts.get(id);
      return h('li', {}, h('span', {class: 'badge t-' + f.type}, term(f.type)), ' ', h('span', {dir: 'auto'}, f.sentence || f.summary),
        f.status ? h('span', {class: 'muted'}, ' · ' + term(f.status)) : null);
    })));
    tip.hidden = false;
    const w = tip.offsetWidth;
    tip.style.left = Math.max(4, Math.min(window.innerWidth - w - 4, x - w / 2)) + 'px';
    tip.style.top = (y + window.scrollY + 18) + 'px';
  };
  const hide = () => {
    tip.hidden = true;
  };
  container.addEventListener('mouseover', ev => {
    const mark = ev.target.closest('mark.ev');
    if (mark) show(mark, ev.clientX, ev.clientY);
  });
  container.addEventListener('mouseout', ev => {
    if (ev.target.closest('mark.ev') && !ev.relatedTarget?.closest?.('mark.ev')) hide();
  });
  container.addEventListener('focusin', ev => {
    const mark = ev.target.closest('mark.ev');
    if (mark) {
      const r = mark.getBoundingClientRect();
      show(mark, r.left + r.width / 2, r.bottom);
    }
  });
  container.addEventListener('focusout', hide);
  window.addEventListener('hashchange', hide, {once: true});
}
