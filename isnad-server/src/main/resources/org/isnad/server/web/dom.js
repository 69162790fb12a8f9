// Builds the page from data without ever parsing data as HTML: every string becomes a text node,
// attributes are set one by one, and event-handler, style and javascript: attributes are refused.
const SVG_NS = 'http://www.w3.org/2000/svg';
const URL_ATTRS = new Set(['href', 'src', 'action', 'xlink:href']);

/** An HTML element: h('a', {href: '#/x', class: 'c'}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element, same rules. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (/^on/i.test(k) || k === 'style' || k === 'srcdoc') throw new Error('refused attribute ' + k);
    if (URL_ATTRS.has(k) && !safeUrl(v)) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children: nodes as they are, anything else as text. */
export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Links inside the app, to this server, or to a web page; never javascript: or data:. */
export function safeUrl(v) {
  const s = String(v).trim();
  return s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//')) || /^https?:\/\/[^\s]+$/i.test(s);
}

/** An outside link (an article's source) that cannot reach back into this page. */
export function outLink(url, text) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank', dir: 'ltr'}, text || url);
}

/** Code points, so that offsets given in code points (FACTS.md) slice the text right. */
export function codePoints(text) {
  return Array.from(text);
}
