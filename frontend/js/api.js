// Shared helpers: fetching JSON with problem+json errors, and safe DOM building.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** GETs JSON; a non-2xx answer becomes an ApiError carrying the problem's `detail`. */
export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('Pacta could not be reached: ' + e.message, 0);
  }
  if (!response.ok) {
    let detail = '';
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || '';
    } catch (ignored) {
      // not JSON
    }
    throw new ApiError(detail || `The server answered ${response.status} ${response.statusText}`, response.status);
  }
  return response.json();
}

/** Creates an element; text goes through textContent only. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function showError(message) {
  const box = document.getElementById('error');
  box.replaceChildren(el('strong', { text: 'Something went wrong: ' }), document.createTextNode(message));
  box.hidden = false;
}

export function clearError() {
  const box = document.getElementById('error');
  box.hidden = true;
  box.replaceChildren();
}

const LANGUAGES = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch (e) {
    return null;
  }
})();

/** "en" → "English"; unknown codes stay as they are. */
export function languageName(code) {
  if (!code) return '';
  try {
    const name = LANGUAGES && LANGUAGES.of(code);
    return name && name !== code ? name : code;
  } catch (e) {
    return code;
  }
}

/** "2020-11-10" → "10 November 2020"; partial or odd dates are shown as given. */
export function formatDate(value) {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function humanize(value) {
  if (!value) return '';
  const text = String(value).replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A party as readers know it: its name ("Türkiye"), the code as a fallback. No flag emoji: many
 * systems (Debian's Chromium among them) have no emoji font and would show empty boxes.
 */
export function partyLabel(party) {
  return party.name || party.label || party.code || party.key || '';
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      try { return String.fromCodePoint(code); } catch (e) { return whole; }
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A highlighted title as the search API gives it (title_highlight): escaped HTML with <mark> tags.
 * Built from text nodes and <mark> elements only; nothing is parsed as HTML.
 */
export function markedText(value) {
  const fragment = document.createDocumentFragment();
  const text = value == null ? '' : String(value);
  if (!/<mark>/.test(text)) {
    fragment.append(text);
    return fragment;
  }
  let inMark = false;
  for (const part of text.split(/(<\/?mark>)/)) {
    if (part === '<mark>') { inMark = true; continue; }
    if (part === '</mark>') { inMark = false; continue; }
    if (!part) continue;
    const decoded = decodeEntities(part);
    fragment.append(inMark ? el('mark', { text: decoded }) : document.createTextNode(decoded));
  }
  return fragment;
}

/** A passage as a person cites it: "Article 24 · p. 37" (a page locator such as "p. 37" alone). */
export function passageLabel(passage) {
  return passage.page && !/^p\. /.test(passage.locator) ? `${passage.locator} · p. ${passage.page}` : passage.locator;
}

/** The class of a status badge: "approved in first reading" → "badge status-approved_in_first_reading". */
export function statusBadgeClass(status) {
  return 'badge status-' + String(status || '').toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

/** "A", "A and B", "A, B and C"; long lists end in "and n others". */
export function listText(items, max = 5) {
  const list = items.filter(Boolean);
  if (list.length > max) return `${list.slice(0, max - 1).join(', ')} and ${list.length - max + 1} others`;
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** An agreement's parties as {code, name}: party_names when the API gave them, the codes otherwise. */
export function agreementParties(agreement) {
  if (Array.isArray(agreement.party_names) && agreement.party_names.length) return agreement.party_names;
  return (agreement.parties || []).map(code => (typeof code === 'object' ? code : { code, name: code }));
}

/** An agreement's title; one without is described by its type, parties and year. */
export function agreementTitle(agreement) {
  if (agreement.title) return agreement.title;
  const names = agreementParties(agreement).map(partyLabel);
  return `${humanize(agreement.type) || 'Agreement'}${names.length ? ' between ' + listText(names) : ''}`
    + (agreement.signed_year ? `, ${agreement.signed_year}` : '');
}

/**
 * Where each party stands, in words: ["Ratified by Azerbaijan", "Signed by Türkiye"]; parties that
 * share a status are named together, and "by both parties" / "by all n parties" when all share one.
 */
export function partyStatusLines(agreement) {
  const statuses = (agreement.party_statuses || []).filter(s => s && s.status);
  if (statuses.length === 0) return [];
  const groups = new Map();
  for (const s of statuses) {
    if (!groups.has(s.status)) groups.set(s.status, []);
    groups.get(s.status).push(partyLabel({ code: s.party, name: s.party_name }));
  }
  const parties = (agreement.parties || []).length;
  if (groups.size === 1 && statuses.length > 1 && statuses.length >= parties) {
    const [status] = groups.keys();
    return [`${humanize(status)} by ${statuses.length === 2 ? 'both parties' : `all ${statuses.length} parties`}`];
  }
  return [...groups].map(([status, names]) => `${humanize(status)} by ${listText(names)}`);
}

/**
 * Points the page's "back" link at the page the reader came from, when it is one of ours.
 * @param {Object<string, string>} labels link text by the referring page's path
 */
export function linkBack(labels) {
  try {
    const ref = document.referrer && new URL(document.referrer);
    if (ref && ref.origin === location.origin && labels[ref.pathname]) {
      const back = document.getElementById('back');
      back.href = ref.pathname + ref.search;
      back.textContent = labels[ref.pathname];
    }
  } catch (ignored) {
    // no usable referrer
  }
}

