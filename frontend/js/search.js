// The search page: every bit of state lives in the URL (?view=agreements&q=…&party=…&page=…).
// It lists documents (/api/search) or agreements (/api/agreements) under the same query and filters.
import {
  getJson, el, showError, clearError, languageName, formatDate, humanize, partyLabel, markedText,
  statusBadgeClass, agreementParties, agreementTitle, partyStatusLines, passageLabel,
} from './api.js';
import { renderHistogram } from './histogram.js';

const PAGE_SIZE = 20;
const MAX_WINDOW = 10000; // Elasticsearch's default result window: page numbers stop there
const LISTS = ['party', 'status', 'type', 'place', 'language'];
const FACETS = [
  { facet: 'parties', param: 'party', title: 'Party' },
  { facet: 'status', param: 'status', title: 'Status' },
  { facet: 'type', param: 'type', title: 'Type' },
  { facet: 'place', param: 'place', title: 'Place' },
  { facet: 'language', param: 'language', title: 'Language' },
];
const SHOWN_BUCKETS = 8;
const VIEWS = {
  documents: { api: '/api/search', noun: 'document', facets: FACETS },
  agreements: { api: '/api/agreements', noun: 'agreement', facets: FACETS.filter(f => f.param !== 'language') },
};

const $ = id => document.getElementById(id);
const partyNames = new Map(); // code → name, learnt from facets, hits and autocomplete
const expanded = new Set(); // facets whose full bucket list is shown
let lastResult = null;
let controller = null;
let typing = false;

// ---------- state <-> URL ----------

function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const state = {
    view: p.get('view') === 'agreements' ? 'agreements' : 'documents',
    q: p.get('q') || '',
    party_mode: p.get('party_mode') === 'any' ? 'any' : 'all',
    year_from: p.get('year_from') || '',
    year_to: p.get('year_to') || '',
    sort: ['signed_desc', 'signed_asc'].includes(p.get('sort')) ? p.get('sort') : 'relevance',
    page: Math.max(1, parseInt(p.get('page'), 10) || 1),
    shares_text_with: /^[0-9a-f]{64}$/.test(p.get('shares_text_with')) ? p.get('shares_text_with') : '',
  };
  for (const name of LISTS) state[name] = p.getAll(name).filter(v => v !== '');
  // Agreements have no language: a language in the address is not applied there (nor shown).
  if (state.view === 'agreements') state.language = [];
  return state;
}

/** The filters as API parameters (what search and export share). */
function filterParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const name of LISTS) for (const v of state[name]) p.append(name, v);
  if (state.party.length > 1 && state.party_mode === 'any') p.set('party_mode', 'any');
  if (state.year_from) p.set('year_from', state.year_from);
  if (state.year_to) p.set('year_to', state.year_to);
  if (state.shares_text_with) p.set('shares_text_with', state.shares_text_with);
  return p;
}

function urlParams(state) {
  const p = new URLSearchParams();
  if (state.view === 'agreements') p.set('view', 'agreements');
  for (const [name, value] of filterParams(state)) p.append(name, value);
  if (state.party_mode === 'any' && !p.has('party_mode')) p.set('party_mode', 'any');
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

function go(state, { replace = false } = {}) {
  const query = urlParams(state).toString();
  const url = '/' + (query ? '?' + query : '');
  if (url !== location.pathname + location.search) {
    history[replace ? 'replaceState' : 'pushState'](null, '', url);
  }
  render();
}

/** Changes the current state: filters reset the page, typing replaces the history entry. */
function update(change, options = {}) {
  const state = readState();
  change(state);
  if (!options.keepPage) state.page = 1;
  if (!options.typing) typing = false;
  go(state, options);
}

// ---------- rendering ----------

async function render() {
  const state = readState();
  const view = VIEWS[state.view];
  syncControls(state);
  const params = filterParams(state);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  params.set('size', String(PAGE_SIZE));
  if (state.page > 1) params.set('page', String(state.page - 1));
  updateExports(state);
  renderChips(state);

  if (controller) controller.abort();
  controller = new AbortController();
  const signal = controller.signal;
  $('loading').hidden = false;
  $('results').setAttribute('aria-busy', 'true');
  document.body.classList.add('busy');
  try {
    const result = await getJson(view.api + '?' + params, signal);
    if (signal.aborted) return;
    const focused = document.activeElement && document.activeElement.id;
    clearError();
    lastResult = result;
    learnNames(result);
    renderChips(state);
    renderCount(state, result);
    renderHits(state, result);
    renderFacets(state, result.facets || {});
    renderHistogram($('histogram'), (result.facets || {}).years || [], state, setYears, view.noun);
    renderPager(state, result);
    // Keyboard users keep their place when the sidebar is rebuilt (checkbox ids are stable).
    if (focused && (!document.activeElement || document.activeElement === document.body)) {
      const again = document.getElementById(focused)
        || (focused.startsWith('hist-year-') ? document.querySelector('#histogram .bar[tabindex="0"]') : null);
      if (again) again.focus({ preventScroll: true });
    }
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(e.message);
    $('count').textContent = 'The search failed.';
    $('hits').replaceChildren();
    $('pager').replaceChildren();
    $('empty').hidden = true;
  } finally {
    if (!signal.aborted) {
      $('loading').hidden = true;
      $('results').removeAttribute('aria-busy');
      document.body.classList.remove('busy');
    }
  }
}

function syncControls(state) {
  const q = $('q');
  if (document.activeElement !== q || !typing) {
    if (q.value !== state.q) q.value = state.q;
  }
  $('sort').value = state.sort;
  syncView(state);
  $('year-from').value = state.year_from;
  $('year-to').value = state.year_to;
  for (const radio of document.querySelectorAll('input[name=party_mode]')) radio.checked = radio.value === state.party_mode;
  const kind = state.view === 'agreements' ? 'Agreements' : 'Documents';
  document.title = state.q ? `${state.q} — ${kind} — Pacta` : state.view === 'agreements'
    ? 'Agreements — Pacta' : 'Pacta — search international agreements';
}

/** The Documents / Agreements switch, the language facet and the exports follow the view. */
function syncView(state) {
  for (const name of Object.keys(VIEWS)) {
    const link = $('view-' + name);
    const s = { ...state, view: name, page: 1 };
    const query = urlParams(s).toString();
    link.href = '/' + (query ? '?' + query : '');
    if (name === state.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.body.dataset.view = state.view;
  $('language-facet').hidden = state.view === 'agreements';
  $('exports').hidden = state.view === 'agreements';
  $('results-heading').textContent = state.view === 'agreements' ? 'Agreements' : 'Documents';
}

function learnNames(result) {
  for (const b of (result.facets || {}).parties || []) partyNames.set(b.key, b.label);
  for (const hit of result.hits || []) {
    for (const party of hit.party_names || hit.parties || []) {
      if (party && typeof party === 'object') partyNames.set(party.code, party.name);
    }
  }
}

function updateExports(state) {
  const p = filterParams(state);
  for (const format of ['csv', 'json']) {
    const q = new URLSearchParams(p);
    q.set('format', format);
    $('export-' + format).href = '/api/export?' + q;
  }
}

function label(param, value) {
  switch (param) {
    case 'party': {
      const name = partyNames.get(value) || partyNames.get(value.toUpperCase());
      return name ? partyLabel({ code: value, name }) : value;
    }
    case 'language': return languageName(value);
    case 'status':
    case 'type': return humanize(value);
    default: return value;
  }
}

function renderChips(state) {
  const chips = [];
  const chip = (text, remove) => el('li', {},
    el('button', { type: 'button', class: 'chip', 'aria-label': `Remove filter ${text}`, onclick: () => {
      remove();
      $('results').focus({ preventScroll: true });
    } },
      el('span', { text }), el('span', { class: 'x', 'aria-hidden': 'true', text: '×' })));
  if (state.q) chips.push(chip(`Words: ${state.q}`, () => update(s => { s.q = ''; })));
  for (const f of VIEWS[state.view].facets) {
    for (const value of state[f.param]) {
      chips.push(chip(`${f.title}: ${label(f.param, value)}`,
        () => update(s => { s[f.param] = s[f.param].filter(v => v !== value); })));
    }
  }
  if (state.year_from || state.year_to) {
    const text = state.year_from && state.year_to
      ? (state.year_from === state.year_to ? state.year_from : `${state.year_from}–${state.year_to}`)
      : state.year_from ? `from ${state.year_from}` : `until ${state.year_to}`;
    chips.push(chip(`Signed: ${text}`, () => update(s => { s.year_from = ''; s.year_to = ''; })));
  }
  if (state.shares_text_with) {
    chips.push(chip(`Shares text with: ${sharingTitles.get(state.shares_text_with) || 'a document'}`,
      () => update(s => { s.shares_text_with = ''; })));
    learnSharingTitle(state.shares_text_with);
  }
  if (chips.length > 1) {
    chips.push(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => update(s => {
      s.q = ''; s.year_from = ''; s.year_to = ''; s.shares_text_with = '';
      for (const name of LISTS) s[name] = [];
    }) }, 'Clear all')));
  }
  $('chips').replaceChildren(...chips);
  $('chips').hidden = chips.length === 0;
}

function renderCount(state, result) {
  const n = result.total;
  const noun = VIEWS[state.view].noun;
  const words = n === 1 ? `1 ${noun}` : `${n.toLocaleString('en')} ${noun}s`;
  $('count').replaceChildren(
    el('strong', { text: words }),
    state.q ? ` ${n === 1 ? 'matches' : 'match'} “${state.q}”` : ' in the archive',
    el('span', { class: 'muted', text: ` · ${result.took_ms} ms` }),
    // the server stopped the search at its time limit: say so rather than pass a partial count off as whole
    ...(result.partial ? [el('span', { class: 'partial', text: ' · results may be incomplete: the search took too long' })] : []));
}

function renderHits(state, result) {
  const hits = result.hits || [];
  const list = $('hits');
  list.start = (state.page - 1) * PAGE_SIZE + 1;
  const build = state.view === 'agreements' ? agreementCard : hit => card(hit, state.q);
  list.replaceChildren(...hits.map(hit => el('li', { class: 'hit' }, build(hit))));
  const empty = $('empty');
  if (hits.length === 0) {
    const filtered = LISTS.some(n => state[n].length) || state.year_from || state.year_to || state.shares_text_with;
    empty.replaceChildren(...[
      el('p', { class: 'empty-title', text: result.total > 0 ? 'No more results on this page.'
        : `No ${VIEWS[state.view].noun}s match.` }),
      el('p', { text: state.q
        ? 'Try fewer or other words, a prefix like agree*, or remove a filter.'
        : 'The archive has nothing under these filters.' }),
      filtered ? el('button', { type: 'button', onclick: () => update(s => {
        s.year_from = ''; s.year_to = ''; s.shares_text_with = ''; for (const name of LISTS) s[name] = [];
      }) }, 'Remove all filters') : null].filter(Boolean));
    empty.hidden = false;
  } else {
    empty.hidden = true;
  }
}

/** A passage of a hit: its locator, linking to that place of the document, its snippet, and where else its text is. */
function passageLine(passage, documentId) {
  return el('p', { class: 'passage-hit' },
    el('a', { class: 'locator', href: passage.link, title: passage.heading || null }, passageLabel(passage)),
    passage.snippet ? el('span', { class: 'snippet' }, markedText(passage.snippet)) : null,
    el('a', { class: 'elsewhere', href: `/shared.html?passage=${documentId}-${passage.ordinal}`,
      title: 'Other documents that hold this passage\'s text', text: 'This text elsewhere' }));
}

/** The title of the document a "shares text with" filter names, for its chip. */
const sharingTitles = new Map();
async function learnSharingTitle(id) {
  if (sharingTitles.has(id)) return;
  sharingTitles.set(id, null);
  try {
    const doc = await getJson(`/api/documents/${id}?text_length=0`);
    sharingTitles.set(id, doc.title || doc.file_name || id);
    renderChips(readState());
  } catch (ignored) {
    // the chip keeps its generic name
  }
}

function card(hit, words) {
  const href = '/doc.html?id=' + encodeURIComponent(hit.id) + (words ? '&q=' + encodeURIComponent(words) : '');
  const meta = el('p', { class: 'hit-meta' });
  const add = (cls, text, title) => {
    if (!text) return;
    meta.append(el('span', { class: cls, title }, text));
  };
  if (hit.status) meta.append(el('span', { class: statusBadgeClass(hit.status), text: humanize(hit.status) }));
  add('type', humanize(hit.type));
  add('date', hit.signed_date ? 'Signed ' + formatDate(hit.signed_date) : '', hit.signed_date);
  add('place', hit.signed_place ? (hit.signed_date ? 'in ' : 'Signed in ') + hit.signed_place : '');
  add('lang', languageName(hit.language));
  const parties = (hit.parties || []).length
    ? el('ul', { class: 'parties', 'aria-label': 'Parties' },
      hit.parties.map(p => el('li', { title: p.code, text: partyLabel(p) })))
    : null;
  const snippets = (hit.passages || []).length ? hit.passages.map(p => passageLine(p, hit.id))
    : (hit.snippets || []).map(html => el('p', { class: 'snippet' }, markedText(html)));
  return el('article', {},
    el('h2', { class: 'hit-title' }, el('a', { href }, hit.title_highlight ? markedText(hit.title_highlight)
      : document.createTextNode(hit.title || hit.file_name || hit.id))),
    parties, meta, ...snippets,
    el('p', { class: 'file muted', text: [hit.file_name, hit.content_type].filter(Boolean).join(' · ') }));
}

/** An agreement found: what it is, who signed it where and when, where each party stands. */
function agreementCard(hit) {
  const href = '/agreement.html?id=' + encodeURIComponent(hit.id);
  const parties = agreementParties(hit);
  const meta = el('p', { class: 'hit-meta' });
  const add = (cls, text, title) => {
    if (text) meta.append(el('span', { class: cls, title }, text));
  };
  if (hit.status) meta.append(el('span', { class: statusBadgeClass(hit.status), text: humanize(hit.status) }));
  add('type', humanize(hit.type));
  add('date', hit.signed_date ? 'Signed ' + formatDate(hit.signed_date) : '', hit.signed_date);
  add('place', hit.signed_place ? (hit.signed_date ? 'in ' : 'Signed in ') + hit.signed_place : '');
  const n = hit.source_count ?? (hit.document_ids || []).length;
  add('source-count', n === 1 ? '1 source' : `${n} sources`);
  const standing = partyStatusLines(hit);
  const title = hit.title_highlight ? markedText(hit.title_highlight) : document.createTextNode(agreementTitle(hit));
  return el('article', { class: 'agreement-hit' },
    el('h2', { class: 'hit-title' }, el('a', { href }, title),
      hit.title ? null : el('span', { class: 'muted untitled', text: ' (no title in the sources)' })),
    parties.length ? el('ul', { class: 'parties', 'aria-label': 'Parties' },
      parties.map(p => el('li', { title: p.code, text: partyLabel(p) }))) : null,
    meta,
    standing.length ? el('p', { class: 'party-status' }, el('span', { class: 'visually-hidden', text: 'Status by party: ' }),
      standing.join(' · ')) : null);
}

function bucketLabel(param, bucket) {
  if (param === 'party') return partyLabel({ code: bucket.key, name: bucket.label });
  if (param === 'place') return bucket.label || bucket.key;
  return label(param, bucket.key);
}

function renderFacets(state, facets) {
  for (const f of VIEWS[state.view].facets) {
    const list = $('facet-' + f.facet);
    const buckets = [...(facets[f.facet] || [])];
    // A selected value the results no longer contain still shows, so it can be unticked.
    for (const value of state[f.param]) {
      if (!buckets.some(b => b.key === value || (f.param === 'party' && b.key === value.toUpperCase()))) {
        buckets.unshift({ key: value, label: label(f.param, value), count: 0 });
      }
    }
    if (buckets.length === 0) {
      list.replaceChildren(el('li', { class: 'muted none', text: 'None in these results' }));
      continue;
    }
    const selected = new Set(state[f.param]);
    const all = expanded.has(f.facet);
    const shown = all ? buckets : buckets.filter((b, i) => i < SHOWN_BUCKETS || selected.has(b.key));
    const items = shown.map(b => {
      const id = `f-${f.facet}-${b.key}`.replace(/[^A-Za-z0-9_-]/g, '_');
      const checkbox = el('input', { type: 'checkbox', id, value: b.key, 'data-facet': f.facet });
      checkbox.checked = selected.has(b.key);
      checkbox.addEventListener('change', () => update(s => {
        s[f.param] = checkbox.checked ? [...s[f.param], b.key] : s[f.param].filter(v => v !== b.key);
      }));
      return el('li', { class: 'bucket' },
        checkbox,
        el('label', { for: id }, el('span', { class: 'bucket-label', text: bucketLabel(f.param, b) }),
          el('span', { class: 'bucket-count', text: b.count.toLocaleString('en') })));
    });
    if (buckets.length > SHOWN_BUCKETS) {
      items.push(el('li', {}, el('button', { type: 'button', class: 'link', 'aria-expanded': String(all), onclick: () => {
        if (all) expanded.delete(f.facet); else expanded.add(f.facet);
        renderFacets(readState(), lastResult ? lastResult.facets || {} : {});
      } }, all ? 'Show fewer' : `Show all ${buckets.length}`)));
    }
    list.replaceChildren(...items);
  }
}

function renderPager(state, result) {
  const nav = $('pager');
  const last = Math.max(1, Math.ceil(Math.min(result.total, MAX_WINDOW) / PAGE_SIZE));
  if (last <= 1 && state.page <= 1) {
    nav.replaceChildren();
    return;
  }
  const link = (page, text, extra = {}) => {
    const s = { ...state, page };
    return el('a', { href: '/?' + urlParams(s), class: 'page', ...extra, onclick: e => {
      e.preventDefault();
      update(st => { st.page = page; }, { keepPage: true });
      $('results').focus({ preventScroll: true });
      $('results').scrollIntoView({ block: 'start' });
    } }, text);
  };
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, '‹ Previous', { rel: 'prev' }));
  const pages = new Set([1, last]);
  for (let p = state.page - 2; p <= state.page + 2; p++) if (p >= 1 && p <= last) pages.add(p);
  let previous = 0;
  for (const p of [...pages].sort((a, b) => a - b)) {
    if (p - previous > 1) items.push(el('span', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
    items.push(p === state.page
      ? el('span', { class: 'page current', 'aria-current': 'page', text: String(p) })
      : link(p, String(p), { 'aria-label': `Page ${p}` }));
    previous = p;
  }
  if (state.page < last) items.push(link(state.page + 1, 'Next ›', { rel: 'next' }));
  nav.replaceChildren(...items);
}

function setYears(from, to) {
  update(s => {
    const same = s.year_from === String(from) && s.year_to === String(to);
    s.year_from = same ? '' : String(from);
    s.year_to = same ? '' : String(to);
  });
}

// ---------- party autocomplete (combobox) ----------

function setUpPartyCombo() {
  const input = $('party-input');
  const listbox = $('party-options');
  let options = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = i => {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `party-opt-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = value => {
    input.value = '';
    close();
    if (!value) return;
    update(s => { if (!s.party.includes(value)) s.party = [...s.party, value]; });
  };
  const show = list => {
    options = list;
    listbox.replaceChildren(...list.map((p, i) => {
      const li = el('li', { id: `party-opt-${i}`, role: 'option', 'aria-selected': 'false', class: 'option' },
        el('span', { text: partyLabel(p) }),
        el('span', { class: 'muted', text: (/^[A-Z]{2,4}$/.test(p.code) && p.code !== p.name ? ` ${p.code}` : '')
          + ` · ${p.count}` }));
      li.addEventListener('mousedown', e => e.preventDefault());
      li.addEventListener('click', () => choose(p.code));
      return li;
    }));
    if (list.length === 0) {
      listbox.replaceChildren(el('li', { class: 'option muted', role: 'option', 'aria-disabled': 'true',
        text: 'No party in the archive starts so; press Enter to search for it anyway' }));
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };
  const lookUp = async () => {
    const prefix = input.value.trim();
    const mine = ++seq;
    try {
      const list = await getJson('/api/parties?limit=8&prefix=' + encodeURIComponent(prefix));
      if (mine !== seq) return;
      for (const p of list) partyNames.set(p.code, p.name);
      show(list);
      listbox.dataset.prefix = prefix; // what the options shown answer (tests wait on it)
    } catch (e) {
      showError(e.message);
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    seq++; // answers to earlier prefixes are stale now
    timer = setTimeout(lookUp, 150);
  });
  input.addEventListener('focus', () => { if (!input.value) lookUp(); });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (listbox.hidden) { lookUp(); return; }
      const n = options.length;
      if (n === 0) return;
      highlight(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0 && options[active]) choose(options[active].code);
      else if (input.value.trim()) {
        const typed = input.value.trim();
        const exact = options.find(o => o.code.toLowerCase() === typed.toLowerCase()
          || (o.name || '').toLowerCase() === typed.toLowerCase());
        choose(exact ? exact.code : options.length === 1 ? options[0].code : typed);
      }
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) { e.preventDefault(); close(); } else input.value = '';
    }
  });
}

// ---------- wiring ----------

function setUp() {
  const q = $('q');
  let timer = null;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const replace = typing;
      typing = true;
      update(s => { s.q = q.value.trim(); }, { replace, typing: true });
    }, 300);
  });
  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    clearTimeout(timer);
    const replace = typing;
    update(s => { s.q = q.value.trim(); }, { replace });
  });
  q.addEventListener('keydown', e => {
    if (e.key === 'Escape' && q.value) {
      e.preventDefault();
      q.value = '';
      clearTimeout(timer);
      update(s => { s.q = ''; });
    }
  });
  $('sort').addEventListener('change', () => update(s => { s.sort = $('sort').value; }));
  $('year-form').addEventListener('submit', e => {
    e.preventDefault();
    let from = $('year-from').value.trim();
    let to = $('year-to').value.trim();
    if (from && to && +from > +to) [from, to] = [to, from];
    update(s => { s.year_from = from; s.year_to = to; });
  });
  for (const radio of document.querySelectorAll('input[name=party_mode]')) {
    radio.addEventListener('change', () => update(s => { s.party_mode = radio.value; }));
  }
  for (const name of Object.keys(VIEWS)) {
    $('view-' + name).addEventListener('click', e => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // new tab: let the link work
      e.preventDefault();
      if (readState().view === name) return;
      update(s => { s.view = name; if (name === 'agreements') s.language = []; });
    });
  }
  const toggle = $('filters-toggle');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    $('sidebar').classList.toggle('open', open);
    toggle.textContent = open ? 'Hide filters' : 'Filters';
  });
  setUpPartyCombo();
  window.addEventListener('popstate', () => { typing = false; render(); });
  render();
}

setUp();
