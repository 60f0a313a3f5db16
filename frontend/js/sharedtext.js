// Shared text panels: what a document or an agreement shares with the rest of the archive
// (/api/documents/{id}/shared-text, /api/agreements/{id}/shared-text), each related one with its share
// and a link to the side-by-side view (/shared.html).
import { getJson, el } from './api.js';

/** 0.923 → "92 %"; a share above 0 never shows as 0. */
export function percent(share) {
  const value = Math.round(share * 100);
  return `${value === 0 && share > 0 ? '<1' : value} %`;
}

export function compareHref(id, otherId) {
  return '/shared.html?' + new URLSearchParams({ id, other: otherId });
}

const PAIRS_SHOWN = 8;
const SUMMARY_NONE = 'No passage of at least 30 shared words was found in another document.';

/** Fills the document page's panel: the documents it shares text with, and their aligned passages. */
export async function renderDocumentShared(documentId, section, summary, list) {
  const shared = await getJson(`/api/documents/${documentId}/shared-text?passages=${PAIRS_SHOWN}`);
  const docs = shared.documents || [];
  summary.replaceChildren(docs.length === 0 ? SUMMARY_NONE
    : `${percent(shared.share)} of its words are found in ${docs.length} other document${docs.length === 1 ? '' : 's'}. `,
  docs.length === 0 ? null : el('a', { href: '/?' + new URLSearchParams({ shares_text_with: documentId }),
    text: 'Search these documents' }),
  shared.complete ? null : el('span', { class: 'muted', text: ' (common text: not every candidate was compared)' }));
  list.replaceChildren(...docs.map(doc => el('li', { class: 'shared-item' },
    el('p', { class: 'shared-name' },
      el('a', { href: '/doc.html?id=' + doc.id, text: doc.title || doc.file_name || doc.id }), ' ',
      el('span', { class: 'badge share', text: percent(doc.share) }), ' ',
      el('a', { class: 'compare', href: compareHref(documentId, doc.id), text: 'Side by side' })),
    el('ul', { class: 'shared-pairs' }, ...doc.passages.map(pair => el('li', {},
      el('a', { href: pair.here.link, text: pair.here.locator }), ' ≈ ',
      el('a', { href: pair.there.link, text: pair.there.locator }),
      el('span', { class: 'muted', text: ` · ${pair.shared_words} words, ${percent(pair.share)}` })))),
    doc.passage_pairs > doc.passages.length
      ? el('p', { class: 'muted', text: `and ${doc.passage_pairs - doc.passages.length} more passages` }) : null)));
  section.hidden = false;
}

/** Fills the agreement page's panel: the agreements its documents share text with. */
export async function renderAgreementShared(agreementId, section, summary, list) {
  const shared = await getJson(`/api/agreements/${encodeURIComponent(agreementId)}/shared-text`);
  const related = shared.agreements || [];
  summary.textContent = related.length === 0 ? SUMMARY_NONE
    : `Its text shares passages with ${related.length} other agreement${related.length === 1 ? '' : 's'} or document${related.length === 1 ? '' : 's'}.`;
  list.replaceChildren(...related.map(rel => el('li', { class: 'shared-item' },
    el('p', { class: 'shared-name' },
      el('a', { href: rel.agreement_id ? '/agreement.html?id=' + encodeURIComponent(rel.agreement_id)
        : '/doc.html?id=' + rel.document_id, text: rel.title || rel.document_id }), ' ',
      el('span', { class: 'badge share', text: percent(rel.share) }), ' ',
      el('span', { class: 'muted', text: `${rel.shared_words} words · ` }),
      el('a', { class: 'compare', href: compareHref(rel.here_document_id, rel.document_id), text: 'Side by side' })))));
  section.hidden = false;
}
