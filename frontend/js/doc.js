// The document page: /doc.html?id=<sha256>&offset=<text offset>&q=<words>#p-<passage>; metadata with
// evidence, the passages that hold the words, a table of contents, the text paged with evidence
// sentences highlighted and each passage an anchor, and the original for download.
import {
  getJson, el, showError, languageName, formatDate, humanize, partyLabel, statusBadgeClass, linkBack, markedText, passageLabel,
} from './api.js';
import { renderDocumentShared } from './sharedtext.js';

const PAGE = 50000;
const $ = id => document.getElementById(id);
let sharedFor = null; // the document whose shared text the panel shows: moving within it does not ask again

const FIELDS = [
  ['parties', 'Parties'],
  ['signed_date', 'Signed'],
  ['signed_place', 'Place of signing'],
  ['status', 'Status'],
  ['type', 'Type'],
  ['language', 'Language'],
  ['published_date', 'Published'],
  ['mentioned_countries', 'Countries mentioned'],
  ['tags', 'Tags'],
  ['agreement_id', 'Agreement'],
  ['source_url', 'Source'],
  ['file_name', 'File'],
  ['content_type', 'Format'],
  ['size_bytes', 'Size'],
  ['pages', 'Pages'],
  ['characters', 'Characters'],
  ['ocr_applied', 'OCR'],
  ['source_paths', 'Found at'],
  ['path_in_parent', 'Inside archive as'],
  ['extraction_warnings', 'Extraction warnings'],
  ['ingested_at', 'Archived'],
];

function state() {
  const p = new URLSearchParams(location.search);
  const target = /^#p-(\d+)$/.exec(location.hash);
  return { id: p.get('id') || '', offset: Math.max(0, parseInt(p.get('offset'), 10) || 0), q: p.get('q') || '',
    passage: target ? Number(target[1]) : null };
}

/** The address of a passage: the part of the text that holds it, the words, and its anchor. */
function passageHref(s, passage) {
  const p = new URLSearchParams({ id: s.id });
  const part = Math.floor(passage.start / PAGE) * PAGE;
  if (part > 0) p.set('offset', String(part));
  if (s.q) p.set('q', s.q);
  return '/doc.html?' + p + '#p-' + passage.ordinal;
}

function passageLink(s, passage, children) {
  const href = passageHref(s, passage);
  return el('a', { href, class: 'locator', title: passage.heading || null, onclick: e => {
    e.preventDefault();
    history.pushState(null, '', href);
    load();
  } }, ...children);
}

/** The passages that hold the words, each a link to its place with its snippet. */
function renderMatches(s, matches) {
  const section = $('matches-section');
  if (!s.q) {
    section.hidden = true;
    return;
  }
  $('matches-status').textContent = matches.length === 0
    ? `No passage holds “${s.q}” on its own.`
    : `${matches.length} passage${matches.length === 1 ? '' : 's'} hold${matches.length === 1 ? 's' : ''} “${s.q}”.`;
  $('matches').replaceChildren(...matches.map(m => el('li', {},
    passageLink(s, m, [passageLabel(m)]), ' ',
    m.snippet ? el('span', { class: 'snippet' }, markedText(m.snippet)) : null)));
  section.hidden = false;
}

/** The table of contents: every passage, with its heading, as a link. */
function renderToc(s, toc) {
  const section = $('toc-section');
  section.hidden = toc.length < 2;
  $('toc-summary').textContent = `Contents (${toc.length} passage${toc.length === 1 ? '' : 's'})`;
  $('toc').replaceChildren(...toc.map(p => el('li', {},
    passageLink(s, p, [passageLabel(p)]), p.heading ? el('span', { class: 'muted', text: ' ' + p.heading }) : null)));
}

function display(field, value, doc) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  switch (field) {
    case 'parties': {
      const names = doc.party_names || value.map(code => ({ code, name: code }));
      return el('ul', { class: 'parties' }, names.map(p => el('li', { title: p.code, text: partyLabel(p) })));
    }
    case 'signed_date':
    case 'published_date': return formatDate(value);
    case 'status':
    case 'type': return el('span', { class: field === 'status' ? statusBadgeClass(value) : '', text: humanize(value) });
    case 'language': return `${languageName(value)} (${value})`;
    case 'size_bytes': return formatBytes(value);
    case 'characters':
    case 'pages': return Number(value).toLocaleString('en');
    case 'ocr_applied': return value ? 'Text read by OCR' : 'Text layer (no OCR)';
    case 'source_url': return /^https?:\/\//i.test(value) ? el('a', { href: value, rel: 'noopener noreferrer', text: value }) : String(value);
    case 'mentioned_countries': return value.map(v => partyLabel({ code: v, name: v })).join(', ');
    case 'ingested_at': return new Date(value).toLocaleString('en-GB', { timeZone: 'UTC', timeZoneName: 'short' });
    default:
      if (Array.isArray(value)) return el('ul', { class: 'plain' }, value.map(v => el('li', { text: typeof v === 'object' ? JSON.stringify(v) : String(v) })));
      if (typeof value === 'object') return JSON.stringify(value);
      return String(value);
  }
}

/** "Part of agreement: <title>", linking to the agreement this document is a source of. */
function renderAgreement(agreement) {
  const box = $('part-of');
  if (!agreement || !agreement.id) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const n = agreement.source_count;
  box.replaceChildren(
    el('span', { class: 'part-of-label', text: 'Part of agreement: ' }),
    el('a', { id: 'agreement-link', href: '/agreement.html?id=' + encodeURIComponent(agreement.id),
      text: agreement.title || 'untitled agreement' }),
    agreement.status ? ' ' : null,
    agreement.status ? el('span', { class: statusBadgeClass(agreement.status), text: humanize(agreement.status) }) : null,
    Number.isInteger(n) ? el('span', { class: 'muted', text: ` · ${n} source${n === 1 ? '' : 's'}` }) : null);
  box.hidden = false;
}

function formatBytes(n) {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let i = 0;
  let v = Number(n);
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

function textLink(s, offset, text, extra = {}) {
  const p = new URLSearchParams({ id: s.id });
  if (offset > 0) p.set('offset', String(offset));
  if (s.q) p.set('q', s.q);
  return el('a', { href: '/doc.html?' + p, class: 'page', ...extra, onclick: e => {
    e.preventDefault();
    history.pushState(null, '', '/doc.html?' + p);
    load().then(() => {
      $('text-heading').scrollIntoView({ block: 'start' });
      $('text').focus({ preventScroll: true });
    });
  } }, text);
}

function renderMeta(s, doc) {
  const evidence = doc.evidence || {};
  const text = doc.text;
  const rows = [];
  for (const [field, name] of FIELDS) {
    const shown = display(field, doc[field], doc);
    if (shown === null) continue;
    const dd = el('dd', {}, shown);
    const ev = evidence[field];
    if (ev && ev.sentence) {
      const inPage = ev.start >= text.offset && ev.end <= text.offset + text.length;
      const jump = inPage
        ? el('a', { href: `#ev-${field}`, class: 'ev-jump', text: 'show in text', onclick: e => {
          e.preventDefault();
          const mark = document.querySelector(`mark[data-fields~="${field}"]`);
          if (mark) { mark.scrollIntoView({ block: 'center' }); mark.focus(); }
        } })
        : textLink(s, Math.floor(ev.start / PAGE) * PAGE, 'show in text', { class: 'ev-jump' });
      const confidence = typeof ev.confidence === 'number' ? ` · confidence ${Math.round(ev.confidence * 100)} %` : '';
      dd.append(el('blockquote', { class: 'evidence' }, el('q', { text: ev.sentence }), ' ',
        el('span', { class: 'muted', text: confidence.replace(/^ · /, '') }), ' ', jump));
    }
    rows.push(el('div', { class: 'row' }, el('dt', { text: name }), dd));
  }
  $('meta').replaceChildren(...rows);
}

/**
 * The evidence sentences of this part of the text as non-overlapping spans (relative offsets), each
 * with the fields it is evidence for; overlapping evidence (often the same sentence) shares a span.
 */
function evidenceSpans(doc) {
  const base = doc.text.offset;
  const length = doc.text.content.length;
  const spans = Object.entries(doc.evidence || {})
    .filter(([, ev]) => ev && Number.isInteger(ev.start) && Number.isInteger(ev.end) && ev.end > ev.start)
    .map(([field, ev]) => ({ fields: [field], start: Math.max(0, ev.start - base), end: Math.min(length, ev.end - base) }))
    .filter(sp => sp.start < length && sp.end > 0 && sp.start < sp.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp.start < last.end) last.fields.push(...sp.fields);
    else merged.push(sp);
  }
  return merged;
}

/** Text nodes and evidence marks for content[from, to); a mark cut by a passage's edge is marked on both sides. */
function textNodes(content, spans, from, to, named) {
  const out = [];
  let at = from;
  for (const sp of spans) {
    if (sp.end <= from || sp.start >= to) continue;
    const start = Math.max(sp.start, from);
    const end = Math.min(sp.end, to);
    if (start > at) out.push(document.createTextNode(content.slice(at, start)));
    const first = !named.has(sp);
    named.add(sp);
    out.push(el('mark', { id: first ? `ev-${sp.fields[0]}` : null, class: 'ev', tabindex: -1,
      'data-fields': sp.fields.join(' '), title: 'Evidence for ' + sp.fields.map(humanize).join(', ') },
    content.slice(start, end)));
    at = end;
  }
  if (at < to) out.push(document.createTextNode(content.slice(at, to)));
  return out;
}

/**
 * The part of the text: each passage in it a span with the anchor p-<ordinal> (its locator as a
 * tooltip), every evidence sentence a <mark>; built from text nodes, never from HTML.
 */
function renderText(doc, toc) {
  const base = doc.text.offset;
  const content = doc.text.content;
  const spans = evidenceSpans(doc);
  const named = new Set();
  const out = [];
  let at = 0;
  for (const p of toc) {
    const start = Math.max(0, p.start - base);
    const end = Math.min(content.length, p.end - base);
    if (end <= start || end <= at) continue;
    if (start > at) out.push(...textNodes(content, spans, at, start, named));
    out.push(el('span', { class: 'passage', id: `p-${p.ordinal}`, 'data-locator': p.locator, title: p.locator },
      ...textNodes(content, spans, Math.max(start, at), end, named)));
    at = end;
  }
  if (at < content.length) out.push(...textNodes(content, spans, at, content.length, named));
  $('text').replaceChildren(...out);
  if (content.length === 0) $('text').replaceChildren(el('span', { class: 'muted', text: 'This document has no text.' }));
}

/** Brings the passage the address names into view and marks it as the current one. */
function showPassage(s) {
  for (const current of document.querySelectorAll('.passage.current')) current.classList.remove('current');
  if (s.passage === null) return;
  const target = document.getElementById(`p-${s.passage}`);
  if (!target) return;
  target.classList.add('current');
  target.scrollIntoView({ block: 'start' });
}

function renderTextPager(s, doc) {
  const t = doc.text;
  const status = t.total === 0 ? '' : t.length >= t.total
    ? `${t.total.toLocaleString('en')} characters`
    : `Characters ${(t.offset + 1).toLocaleString('en')}–${(t.offset + t.length).toLocaleString('en')} of ${t.total.toLocaleString('en')}`;
  $('text-status').textContent = status;
  for (const id of ['text-pager', 'text-pager-top']) {
    const items = [];
    if (t.total > PAGE) {
      const pages = Math.ceil(t.total / PAGE);
      const current = Math.floor(t.offset / PAGE) + 1;
      if (t.offset > 0) items.push(textLink(s, Math.max(0, t.offset - PAGE), '‹ Previous part', { rel: 'prev' }));
      items.push(el('span', { class: 'muted', text: `Part ${current} of ${pages}` }));
      if (t.offset + t.length < t.total) items.push(textLink(s, t.offset + t.length, 'Next part ›', { rel: 'next' }));
    }
    $(id).replaceChildren(...items);
  }
}

async function load() {
  const s = state();
  if (!/^[0-9a-f]{64}$/.test(s.id)) {
    $('loading').hidden = true;
    showError('This address names no document (it needs ?id= and the 64-character document id).');
    return;
  }
  $('loading').hidden = false;
  $('loading').textContent = 'Loading document…';
  try {
    const [toc, matches] = await Promise.all([getJson(`/api/documents/${s.id}/passages`),
      s.q ? getJson(`/api/documents/${s.id}/passages?q=${encodeURIComponent(s.q)}`) : Promise.resolve([])]);
    const target = toc.find(p => p.ordinal === s.passage);
    if (target && (target.start < s.offset || target.start >= s.offset + PAGE)) {
      s.offset = Math.floor(target.start / PAGE) * PAGE; // a shared #p- link without the part it is in
    }
    const doc = await getJson(`/api/documents/${s.id}?text_offset=${s.offset}&text_length=${PAGE}`);
    $('error').hidden = true;
    const title = doc.title || doc.file_name || s.id;
    document.title = `${title} — Pacta`;
    $('title').textContent = title;
    const download = $('download');
    if (doc.parent_sha256) {
      download.textContent = 'Open the archive it came from';
      download.href = '/doc.html?id=' + encodeURIComponent(doc.parent_sha256);
      download.removeAttribute('download');
      $('download-note').textContent = 'This document is a member of an archive; download the archive to get the original.';
    } else {
      download.textContent = `Download original${doc.file_name ? ' (' + doc.file_name + ')' : ''}`;
      download.href = `/api/documents/${s.id}/original`;
      download.setAttribute('download', doc.file_name || '');
      $('download-note').textContent = '';
    }
    renderAgreement(doc.agreement);
    renderMeta(s, doc);
    renderMatches(s, matches);
    renderToc(s, toc);
    renderText(doc, toc);
    renderTextPager(s, doc);
    $('doc').hidden = false;
    $('loading').hidden = true;
    showPassage(s);
    if (sharedFor !== s.id) {
      sharedFor = s.id;
      renderDocumentShared(s.id, $('shared-section'), $('shared-summary'), $('shared'))
        .catch(() => { $('shared-section').hidden = true; }); // the rest of the page stands without it
    }
  } catch (e) {
    $('loading').hidden = true;
    $('doc').hidden = true;
    showError(e.message);
  }
}

function setUp() {
  linkBack({ '/': '← Back to results', '/index.html': '← Back to results', '/agreement.html': '← Back to the agreement' });
  window.addEventListener('popstate', load);
  window.addEventListener('hashchange', load);
  load();
}

setUp();
