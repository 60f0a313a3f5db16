// The signing-year histogram: inline SVG; click a bar for one year, drag across bars for a range,
// or use the arrow keys and Enter (Shift+arrows widen the range).
import { el } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 80;
const LABEL = 14;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * @param container where to draw
 * @param buckets   [{key: "1994", count}] — the years facet
 * @param state     the current search state (year_from, year_to)
 * @param onRange   called with (from, to) when the user picks years
 * @param noun      what the bars count: 'document' (the default) or 'agreement'
 */
export function renderHistogram(container, buckets, state, onRange, noun = 'document') {
  const counts = new Map();
  for (const b of buckets) {
    const year = parseInt(b.key, 10);
    if (Number.isFinite(year) && b.count > 0) counts.set(year, (counts.get(year) || 0) + b.count);
  }
  if (counts.size === 0) {
    container.replaceChildren(el('p', { class: 'hist-empty muted', text: 'No signing dates known for these results.' }));
    return;
  }
  let first = Math.min(...counts.keys());
  let last = Math.max(...counts.keys());
  const selFrom = parseInt(state.year_from, 10);
  const selTo = parseInt(state.year_to, 10);
  const years = [];
  for (let y = first; y <= last; y++) years.push(y);
  const max = Math.max(...counts.values());
  const width = Math.max(years.length * 10, 100);
  const barW = width / years.length;
  const inRange = y => (!Number.isFinite(selFrom) || y >= selFrom) && (!Number.isFinite(selTo) || y <= selTo);
  const filtered = Number.isFinite(selFrom) || Number.isFinite(selTo);

  const root = svg('svg', {
    viewBox: `0 0 ${width} ${HEIGHT + LABEL}`, preserveAspectRatio: 'none', class: 'hist',
    role: 'group', 'aria-label': `${noun.charAt(0).toUpperCase()}${noun.slice(1)}s by signing year, ${first} to ${last}. Click a bar, drag across bars, or use arrow keys and Enter.`,
  });
  const bars = years.map((year, i) => {
    const count = counts.get(year) || 0;
    const h = count === 0 ? 0 : Math.max(2, Math.round((count / max) * (HEIGHT - 4)));
    const g = svg('g', {
      class: 'bar' + (filtered && inRange(year) ? ' selected' : '') + (count === 0 ? ' zero' : ''),
      'data-year': year, role: 'button', tabindex: -1, id: `hist-year-${year}`,
      'aria-label': `${year}: ${count} ${noun}${count === 1 ? '' : 's'}`,
    });
    // A full-height hit area makes short bars easy to click.
    g.append(svg('rect', { class: 'hit-area', x: i * barW, y: 0, width: barW, height: HEIGHT, 'data-year': year }));
    g.append(svg('rect', { class: 'fill', x: i * barW + barW * 0.1, y: HEIGHT - h, width: barW * 0.8, height: h, 'data-year': year }));
    const title = svg('title');
    title.textContent = `${year}: ${count}`;
    g.append(title);
    root.append(g);
    return g;
  });
  root.append(svg('line', { x1: 0, x2: width, y1: HEIGHT + 0.5, y2: HEIGHT + 0.5, class: 'axis' }));

  // Roving focus: one bar is in the tab order.
  let focusIndex = Math.max(0, years.findIndex(y => filtered && inRange(y)));
  bars[focusIndex].setAttribute('tabindex', '0');
  let anchor = null;

  const paint = (a, b) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    years.forEach((y, i) => bars[i].classList.toggle('dragging', y >= lo && y <= hi));
  };
  const yearAt = clientX => {
    const rect = root.getBoundingClientRect();
    const i = Math.floor(((clientX - rect.left) / rect.width) * years.length);
    return years[Math.max(0, Math.min(years.length - 1, i))];
  };
  let dragStart = null;
  let dragEnd = null;
  root.addEventListener('pointerdown', e => {
    if (e.button !== 0) return;
    dragStart = dragEnd = yearAt(e.clientX);
    paint(dragStart, dragEnd);
    try { root.setPointerCapture(e.pointerId); } catch (ignored) { /* synthetic pointers */ }
    e.preventDefault();
  });
  root.addEventListener('pointermove', e => {
    if (dragStart === null) return;
    dragEnd = yearAt(e.clientX);
    paint(dragStart, dragEnd);
  });
  const finish = () => {
    if (dragStart === null) return;
    const a = Math.min(dragStart, dragEnd);
    const b = Math.max(dragStart, dragEnd);
    dragStart = dragEnd = null;
    onRange(a, b);
  };
  root.addEventListener('pointerup', finish);
  root.addEventListener('pointercancel', () => { dragStart = dragEnd = null; paint(Infinity, -Infinity); });

  root.addEventListener('keydown', e => {
    const move = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity }[e.key];
    if (move !== undefined) {
      e.preventDefault();
      if (e.shiftKey && anchor === null) anchor = years[focusIndex];
      if (!e.shiftKey) anchor = null;
      const next = Math.max(0, Math.min(years.length - 1, focusIndex + (Number.isFinite(move) ? move : move > 0 ? years.length : -years.length)));
      bars[focusIndex].setAttribute('tabindex', '-1');
      focusIndex = next;
      bars[next].setAttribute('tabindex', '0');
      bars[next].focus();
      if (anchor !== null) paint(anchor, years[next]); else paint(Infinity, -Infinity);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const y = years[focusIndex];
      const a = anchor === null ? y : Math.min(anchor, y);
      const b = anchor === null ? y : Math.max(anchor, y);
      anchor = null;
      onRange(a, b);
    } else if (e.key === 'Escape') {
      anchor = null;
      paint(Infinity, -Infinity);
    }
  });

  const middle = Math.round((first + last) / 2);
  const axis = el('div', { class: 'hist-axis', 'aria-hidden': 'true' },
    el('span', { text: String(first) }),
    last - first >= 10 ? el('span', { text: String(middle) }) : null,
    el('span', { text: String(last) }));
  const selected = filtered
    ? el('p', { class: 'hist-range' }, 'Selected: ', el('strong', { text: rangeText(selFrom, selTo) }))
    : el('p', { class: 'hist-hint muted', text: 'Click a bar or drag across bars.' });
  container.replaceChildren(root, axis, selected);
}

function rangeText(from, to) {
  if (Number.isFinite(from) && Number.isFinite(to)) return from === to ? `${from}` : `${from}–${to}`;
  return Number.isFinite(from) ? `from ${from}` : `until ${to}`;
}
