// isnad's web UI: a hash router over a few pages. Every page is built with dom.js from API data.
import {h} from './dom.js';
import {get, post} from './api.js';
import {t, term, lang, setLang, applyLang, count, num} from './i18n.js';
import {entityPage} from './entity.js';
import {documentPage} from './document.js';

const app = document.getElementById('app');

/** Routes: #/, #/search/TEXT, #/entity/ID, #/doc/ID, #/documents, #/add. */
async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/');
  const page = parts[0] || '';
  const arg = parts.slice(1).join('/');
  let value = '';
  try {
    value = decodeURIComponent(arg);
  } catch (e) {
    value = '';
  }
  app.replaceChildren(h('p', {class: 'loading'}, t('loading')));
  try {
    let content;
    if (page === 'search') content = await searchPage(value);
    else if (page === 'entity') content = await entityPage(value, go);
    else if (page === 'doc') content = await documentPage(value);
    else if (page === 'documents') content = await documentsPage();
    else if (page === 'add') content = addPage();
    else content = await homePage();
    app.replaceChildren(content);
    app.dataset.page = page || 'home';
  } catch (e) {
    app.replaceChildren(h('p', {class: 'error'}, e.status === 404 ? t('notFound') : t('error', e.message)));
    app.dataset.page = 'error';
  }
}

function go(hash) {
  location.hash = hash;
}

function chrome() {
  applyLang();
  document.getElementById('q').placeholder = t('searchPlaceholder');
  document.getElementById('search-go').textContent = t('search');
  document.getElementById('nav-docs').textContent = t('documents');
  document.getElementById('nav-add').textContent = t('add');
  const switcher = document.getElementById('lang');
  switcher.textContent = t('switchTo');
  switcher.lang = lang() === 'ar' ? 'en' : 'ar';
}

async function homePage() {
  const docs = await get('/api/documents', {limit: 20});
  return h('section', {class: 'home'}, h('p', {class: 'intro'}, t('homeIntro')),
    h('h2', {}, t('recent')), docList(docs.documents));
}

async function documentsPage() {
  const docs = await get('/api/documents', {limit: 200});
  return h('section', {}, h('h1', {}, t('documents'), ' ', h('span', {class: 'muted'}, '(' + num(docs.total, 0) + ')')),
    docList(docs.documents));
}

function docList(docs) {
  return h('ul', {class: 'docs'}, docs.map(d => h('li', {},
    h('a', {href: '#/doc/' + encodeURIComponent(d.id), dir: 'auto', class: 'doc-link'}, d.title || d.id),
    h('span', {class: 'muted'}, [d.outlet, d.published, t('facts', num(d.facts, 0))].filter(Boolean).join(' · ')))));
}

async function searchPage(q) {
  document.getElementById('q').value = q;
  const found = await get('/api/entities', {q, lang: lang(), limit: 50});
  const list = found.entities.length === 0 ? h('p', {}, t('noResults'))
    : h('ul', {class: 'results'}, found.entities.map(e => h('li', {},
      h('a', {href: '#/entity/' + e.id, class: 'entity-link', dir: 'auto'}, e.display),
      h('span', {class: 'muted'}, ' ' + term(e.type) + ' · ' + count(e.documents)),
      e.aliases.length ? h('div', {class: 'aliases', dir: 'auto'}, e.aliases.slice(0, 6).join(' · ')) : null)));
  return h('section', {}, h('h1', {}, t('results', q)), list);
}

function addPage() {
  const text = h('textarea', {id: 'add-text', rows: 12, required: true, dir: 'auto'});
  const title = h('input', {id: 'add-title', type: 'text', dir: 'auto'});
  const date = h('input', {id: 'add-date', type: 'text', pattern: '\\d{4}-\\d{2}-\\d{2}', dir: 'ltr'});
  const outlet = h('input', {id: 'add-outlet', type: 'text', dir: 'auto'});
  const url = h('input', {id: 'add-url', type: 'url', dir: 'ltr'});
  const token = h('input', {id: 'add-token', type: 'password', autocomplete: 'off', dir: 'ltr'});
  const status = h('p', {id: 'add-status', role: 'status'});
  const button = h('button', {type: 'submit', id: 'add-submit'}, t('submit'));
  const form = h('form', {class: 'add', id: 'add-form'},
    field(t('articleText'), text), field(t('articleTitle'), title), field(t('articleDate'), date),
    field(t('articleOutlet'), outlet), field(t('articleUrl'), url), field(t('token'), token), button, status);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    button.disabled = true;
    status.textContent = t('sending');
    const body = {text: text.value};
    for (const [k, el] of [['title', title], ['date', date], ['outlet', outlet], ['url', url]]) {
      if (el.value.trim()) body[k] = el.value.trim();
    }
    try {
      const r = await post('/api/documents', JSON.stringify(body), 'application/json', token.value.trim());
      status.textContent = r.outcome === 'added' ? t('added', num(r.facts, 0)) : t('unchanged');
      go('#/doc/' + encodeURIComponent(r.id));
    } catch (e) {
      status.textContent = t('error', e.message);
    } finally {
      button.disabled = false;
    }
  });
  return h('section', {}, h('h1', {}, t('add')), h('p', {}, t('addIntro')), form);
}

function field(label, input) {
  return h('label', {class: 'field'}, h('span', {}, label), input);
}

document.getElementById('search').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (q) go('#/search/' + encodeURIComponent(q));
});
document.getElementById('lang').addEventListener('click', () => {
  setLang(lang() === 'ar' ? 'en' : 'ar');
  chrome();
  route();
});
window.addEventListener('hashchange', route);
// ?lang=ar or ?lang=en in a shared link sets the language.
const asked = new URLSearchParams(location.search).get('lang');
if (asked === 'ar' || asked === 'en') setLang(asked);
chrome();
route();
