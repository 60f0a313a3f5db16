// The agreement page: /agreement.html?id=<agreement id>; what the agreement is and where each party
// stands, the timeline of its events with the sentences that report them, its sources and the
// agreements it names.
import {
  getJson, el, showError, formatDate, humanize, partyLabel, statusBadgeClass, agreementParties,
  agreementTitle, partyStatusLines, linkBack,
} from './api.js';
import { renderAgreementShared } from './sharedtext.js';

const TEXT_PAGE = 50000; // the document page shows the text in parts of this many characters
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const ROLES = { text: 'Text of the agreement', news: 'News report', document: 'Document' };
const $ = id => document.getElementById(id);

function agreementId() {
  return new URLSearchParams(location.search).get('id') || '';
}

/** A link to a document's page, at the part of its text that holds {@code start}. */
function docHref(documentId, start) {
  const p = new URLSearchParams({ id: documentId });
  if (Number.isInteger(start) && start >= TEXT_PAGE) p.set('offset', String(Math.floor(start / TEXT_PAGE) * TEXT_PAGE));
  return '/doc.html?' + p;
}

function time(value) {
  return el('time', { datetime: /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null, text: formatDate(value) });
}

function shorten(text, max = 90) {
  const t = String(text || '').trim();
  return t.length <= max ? t : t.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

/** A short name for a source in citations: "News report of 25 December 2025", "README.md". */
function sourceName(source, documentId) {
  if (!source) return 'Source document';
  if (source.role === 'news') {
    return source.published_date ? `News report of ${formatDate(source.published_date)}` : `News report ${source.file_name || ''}`.trim();
  }
  if (source.role === 'text') return 'Text of the agreement';
  return shorten(source.file_name || source.title || documentId, 60);
}

function renderHead(agreement) {
  const title = agreementTitle(agreement);
  document.title = `${shorten(title, 70)} — Pacta`;
  $('title').textContent = title;
  if (!agreement.title) $('title').append(el('span', { class: 'muted untitled', text: ' (no title in the sources)' }));
  $('kind').textContent = humanize(agreement.type) || 'Agreement';

  const parties = agreementParties(agreement);
  const basis = agreement.party_basis || {};
  $('parties').replaceChildren(...parties.map(p => el('li', { title: basis[p.code] || p.code, text: partyLabel(p) })));
  $('parties').hidden = parties.length === 0;

  const rows = [];
  const row = (name, ...value) => rows.push(el('div', { class: 'row' }, el('dt', { text: name }), el('dd', {}, ...value)));
  if (agreement.signed_date || agreement.signed_place) {
    row('Signed',
      agreement.signed_date ? time(agreement.signed_date) : el('span', { class: 'muted', text: 'date not known' }),
      agreement.signed_place ? ` in ${agreement.signed_place}` : '');
  } else if (agreement.signed_year) {
    row('Signed', String(agreement.signed_year));
  }
  const statuses = (agreement.party_statuses || []).filter(s => s && s.party);
  // Where the parties stand: in one line when they all stand together since the same day, else party by party.
  const lines = partyStatusLines(agreement);
  const together = lines.length === 1 && / by (both|all \d+) parties$/.test(lines[0]);
  const sameDay = new Set(statuses.map(s => s.since || '')).size === 1;
  if (agreement.status) {
    row('Status', el('span', { class: statusBadgeClass(agreement.status), text: humanize(agreement.status) }),
      together ? el('span', { class: 'standing' }, ' ' + lines[0],
        sameDay && statuses[0].since ? el('span', { class: 'muted' }, ' since ', time(statuses[0].since)) : null) : null);
  }
  if (statuses.length && !(together && sameDay)) {
    row('By party', el('ul', { class: 'party-statuses' }, statuses.map(s => el('li', {},
      el('span', { class: 'party-name', text: partyLabel({ code: s.party, name: s.party_name }) }), ' ',
      s.status ? el('span', { class: statusBadgeClass(s.status), text: humanize(s.status) }) : el('span', { class: 'muted', text: 'status not known' }),
      s.since ? el('span', { class: 'muted' }, ' since ', time(s.since)) : null))));
  }
  const reasons = partyReasons(parties, basis);
  if (reasons.length) {
    row('Why these parties', el('ul', { class: 'party-basis' }, reasons.map(([why, names]) =>
      el('li', {}, el('span', { class: 'basis', text: why.charAt(0).toUpperCase() + why.slice(1) + ': ' }), names.join(', ')))));
  }
  const n = agreement.source_count ?? (agreement.sources || []).length;
  row('Sources', `${n} document${n === 1 ? '' : 's'}`);
  $('facts').replaceChildren(...rows);
}

/** The parties grouped by why they are parties: [["signature block", ["Angola", "Botswana"]], ...]. */
function partyReasons(parties, basis) {
  const groups = new Map();
  for (const p of parties) {
    const why = basis[p.code];
    if (!why) continue;
    if (!groups.has(why)) groups.set(why, []);
    groups.get(why).push(partyLabel(p));
  }
  // What the text itself says first, then the members an organisation stands for
  const fromTable = ([why]) => (why.startsWith('member of') ? 1 : 0);
  return [...groups.entries()].sort((a, b) => fromTable(a) - fromTable(b));
}

/** When an event happened, or when the article that reports it appeared, or that no one says. */
function eventWhen(event) {
  if (!event.date) return el('span', { class: 'when muted', text: 'Date not stated' });
  if (event.date_basis === 'article date') {
    return el('span', { class: 'when', title: 'The sources give no date for this step; this is the date of the article that reports it.' },
      el('span', { class: 'basis', text: 'Reported on ' }), time(event.date));
  }
  return el('span', { class: 'when' }, time(event.date));
}

function renderTimeline(agreement, sources) {
  const events = agreement.timeline || [];
  if (events.length === 0) {
    $('timeline').replaceChildren(el('li', { class: 'muted none', text: 'The sources report no events for this agreement.' }));
    return;
  }
  $('timeline').replaceChildren(...events.map(event => {
    const who = [event.party ? partyLabel({ code: event.party, name: event.party_name }) : '', event.body || '']
      .filter(Boolean).join(' — ');
    const quotes = (event.sources || []).map(src => el('li', {},
      el('blockquote', { class: 'quote' }, el('q', { text: src.sentence || '' })),
      el('p', { class: 'cite' }, '— ', el('a', { href: docHref(src.document_id, src.start),
        title: (sources.get(src.document_id) || {}).title || null,
        text: sourceName(sources.get(src.document_id), src.document_id) }))));
    return el('li', { class: 'event kind-' + String(event.kind || 'event').toLowerCase().replace(/[^a-z0-9]+/g, '_') },
      el('div', { class: 'event-date' }, eventWhen(event)),
      el('div', { class: 'event-body' },
        el('h3', { class: 'event-kind', text: humanize(event.kind) || 'Event' }),
        who ? el('p', { class: 'event-who', text: who }) : null,
        event.place ? el('p', { class: 'event-place', text: `In ${event.place}` }) : null,
        quotes.length ? el('ul', { class: 'quotes', 'aria-label': 'Reported in' }, quotes) : null));
  }));
}

function renderSources(agreement) {
  const list = agreement.sources || [];
  if (list.length === 0) {
    $('sources').replaceChildren(el('li', { class: 'muted none', text: 'No source documents are recorded.' }));
    return;
  }
  $('sources').replaceChildren(...list.map(src => el('li', { class: 'source' },
    el('a', { class: 'source-title', href: docHref(src.document_id), text: src.title || src.file_name || src.document_id }),
    el('p', { class: 'hit-meta' },
      el('span', { class: 'badge role role-' + String(src.role || 'document').replace(/[^a-z]/gi, ''),
        text: ROLES[src.role] || humanize(src.role) || 'Document' }),
      src.published_date ? el('span', {}, 'Published ', time(src.published_date)) : null,
      src.file_name ? el('span', { class: 'file', text: src.file_name }) : null))));
}

function renderRelated(agreement, sources) {
  const list = agreement.related || [];
  if (list.length === 0) {
    $('related').replaceChildren(el('li', { class: 'muted none', text: 'The sources name no other agreement.' }));
    return;
  }
  $('related').replaceChildren(...list.map(rel => {
    const name = rel.name || 'An agreement';
    const year = rel.year ? ` (${rel.year})` : '';
    const head = rel.agreement_id
      ? el('p', { class: 'related-name' },
        el('a', { href: '/agreement.html?id=' + encodeURIComponent(rel.agreement_id), text: name }), year,
        ' ', el('span', { class: 'badge linked', text: 'In the archive' }))
      : el('p', { class: 'related-name' }, el('strong', { text: name }), year,
        ' ', el('span', { class: 'badge mentioned', text: 'Mentioned', title: 'Named in a source; the archive holds no record of it' }));
    return el('li', { class: 'related-item' + (rel.agreement_id ? ' linked' : ' mentioned') },
      head,
      rel.sentence ? el('blockquote', { class: 'quote' }, el('q', { text: rel.sentence })) : null,
      rel.document_id ? el('p', { class: 'cite' }, '— ', el('a', { href: docHref(rel.document_id),
        text: sourceName(sources.get(rel.document_id), rel.document_id) })) : null);
  }));
}

function renderTitles(agreement) {
  const others = [...new Set((agreement.titles || []).filter(t => t && t !== agreement.title))];
  $('titles').replaceChildren(...others.map(t => el('li', { text: t })));
  $('titles-section').hidden = others.length === 0;
}

/** The table of contents of the agreement's own text (its first source that is one), each entry a link to that place. */
async function renderContents(agreement) {
  const section = $('contents-section');
  const text = (agreement.sources || []).find(src => src.role === 'text');
  section.hidden = true;
  if (!text) return;
  const toc = await getJson('/api/documents/' + encodeURIComponent(text.document_id) + '/passages');
  if (toc.length < 2) return;
  $('contents-source').textContent = `From ${text.title || text.file_name || 'the text of the agreement'}: ${toc.length} passages.`;
  $('contents').replaceChildren(...toc.map(p => el('li', {},
    el('a', { class: 'locator', href: p.link, text: p.locator }),
    p.heading ? el('span', { class: 'muted', text: ' ' + p.heading }) : null)));
  section.hidden = false;
}

async function load() {
  const id = agreementId();
  if (!ID.test(id)) {
    $('loading').hidden = true;
    $('agreement').hidden = true;
    showError('This address names no agreement (it needs ?id= and an agreement id).');
    return;
  }
  $('loading').hidden = false;
  $('loading').textContent = 'Loading agreement…';
  try {
    const agreement = await getJson('/api/agreements/' + encodeURIComponent(id));
    $('error').hidden = true;
    const sources = new Map((agreement.sources || []).map(s => [s.document_id, s]));
    renderHead(agreement);
    renderTimeline(agreement, sources);
    renderSources(agreement);
    renderRelated(agreement, sources);
    renderTitles(agreement);
    $('agreement').hidden = false;
    $('loading').hidden = true;
    renderContents(agreement).catch(() => { $('contents-section').hidden = true; }); // the rest of the page stands without it
    renderAgreementShared(id, $('shared-section'), $('shared-summary'), $('shared'))
      .catch(() => { $('shared-section').hidden = true; });
  } catch (e) {
    $('loading').hidden = true;
    $('agreement').hidden = true;
    if (e.status === 404) {
      document.title = 'Agreement not found — Pacta';
      showError(`No agreement “${id}” is in the archive.`);
      $('error').append(' It may have been merged with another when the archive was updated. ',
        el('a', { href: '/?view=agreements', text: 'Search the agreements' }));
    } else {
      showError(e.message);
    }
  }
}

function setUp() {
  linkBack({ '/': '← Back to results', '/index.html': '← Back to results' });
  window.addEventListener('popstate', load);
  load();
}

setUp();
