// Side by side: /shared.html?id=<doc>&other=<doc> shows two documents' shared passages in two columns
// with the differing words marked; /shared.html?passage=<doc>-<ordinal> lists the passages elsewhere
// that hold one passage's text ("find this text elsewhere").
import { getJson, el, showError, linkBack } from './api.js';
import { percent, compareHref } from './sharedtext.js';

const $ = id => document.getElementById(id);
const ID = /^[0-9a-f]{64}$/;

/** One side of a pair: its text, stretch by stretch, with the words only this side has marked. */
function side(diff, which, passage) {
  const changed = which === 'here' ? ['change', 'delete'] : ['change', 'insert'];
  const text = el('p', { class: 'pair-text' });
  for (const segment of diff) {
    const words = segment[which];
    if (!words) continue;
    if (text.childNodes.length) text.append(' ');
    text.append(changed.includes(segment.op)
      ? el('mark', { class: which === 'here' ? 'diff-here' : 'diff-there', text: words })
      : document.createTextNode(words));
  }
  return el('div', { class: 'pair-side' },
    el('p', { class: 'pair-head' }, el('a', { href: passage.link, text: passage.locator }),
      passage.heading ? el('span', { class: 'muted', text: ' ' + passage.heading }) : null),
    text);
}

async function compare(id, other) {
  const c = await getJson(`/api/documents/${id}/shared-text/${other}`);
  const here = c.title || 'this document';
  const there = c.other_title || 'the other document';
  document.title = `Shared text: ${here} · ${there} — Pacta`;
  $('heading').replaceChildren('Shared text: ', el('a', { href: '/doc.html?id=' + id, text: here }), ' and ',
    el('a', { href: '/doc.html?id=' + other, text: there }));
  $('summary').textContent = `${c.shared_words} words (${percent(c.share)}) of the first are found in the second, `
    + `in ${c.passages.length} passage${c.passages.length === 1 ? '' : 's'}.`;
  $('pairs').replaceChildren(...c.passages.map(pair => el('li', {
    class: 'pair', id: `pair-${pair.here.ordinal}-${pair.there.ordinal}` },
  el('p', { class: 'pair-share' }, `${pair.here.locator} ≈ ${pair.there.locator}: ${percent(pair.share)} of its words shared`),
  el('div', { class: 'pair-sides' }, side(pair.diff, 'here', pair.here), side(pair.diff, 'there', pair.there)))));
}

async function similar(passageId) {
  const [documentId, ordinal] = [passageId.slice(0, 64), passageId.slice(65)];
  const found = await getJson(`/api/passages/${passageId}/similar`);
  $('heading').textContent = 'This text elsewhere';
  $('summary').replaceChildren(found.length === 0
    ? 'No other document holds 30 or more words of this passage in the same order.'
    : `${found.length} passage${found.length === 1 ? '' : 's'} of other documents hold${found.length === 1 ? 's' : ''} its text. `,
  el('a', { href: `/doc.html?id=${documentId}#p-${ordinal}`, text: 'The passage itself' }));
  document.querySelector('.legend').hidden = true;
  $('pairs').replaceChildren(...found.map(pair => el('li', { class: 'pair' },
    el('p', { class: 'pair-share' },
      el('a', { href: pair.there.link, text: pair.there.locator }), ` · ${pair.shared_words} words, `
      + `${percent(pair.share)} of this passage · `,
      el('a', { href: compareHref(documentId, pair.there.document_id)
        + `#pair-${pair.here.ordinal}-${pair.there.ordinal}`, text: 'Side by side' })))));
}

async function load() {
  const p = new URLSearchParams(location.search);
  const id = p.get('id') || '';
  const other = p.get('other') || '';
  const passage = p.get('passage') || '';
  try {
    if (ID.test(id) && ID.test(other)) {
      await compare(id, other);
    } else if (/^[0-9a-f]{64}-\d+$/.test(passage)) {
      await similar(passage);
    } else {
      throw new Error('This address names no comparison (it needs ?id= and &other=, or ?passage=).');
    }
    $('comparison').hidden = false;
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  } catch (e) {
    showError(e.message);
  } finally {
    $('loading').hidden = true;
  }
}

linkBack({ '/': '← Back to results', '/index.html': '← Back to results', '/doc.html': '← Back to the document',
  '/agreement.html': '← Back to the agreement' });
load();
