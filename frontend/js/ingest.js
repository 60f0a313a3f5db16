// The ingest page: /ingest.html; this server's ingest jobs (GET /api/ingest-jobs) with their live
// progress and failures, a Stop button for the ones still queued or running, and the watched folders.
// Every value from the API goes into the page as text (el() and textContent), never as HTML.
import { getJson, el, showError, clearError } from './api.js';

const POLL_MS = 1500;                       // how often the page asks while a job is queued or running
const KEY_STORAGE = 'pacta.writeKey';       // sessionStorage: the key lives as long as the tab
const ACTIVE = new Set(['QUEUED', 'RUNNING']);
const COUNT_ORDER = ['indexed', 'updated', 'unchanged', 'duplicate', 'failed', 'skipped', 'excluded', 'pruned'];
const STATE_LABELS = { QUEUED: 'Queued', RUNNING: 'Running', DONE: 'Done', FAILED: 'Failed', CANCELLED: 'Cancelled' };
const ORIGIN_LABELS = {
  API: 'Started through the API',
  COMMAND_LINE: 'Handed over by ./pacta ingest',
  WATCH: 'Started by a watched folder',
};
const $ = id => document.getElementById(id);

let pollTimer = null;      // the one pending refresh, if any: never more than one
let inFlight = null;       // the AbortController of the request under way
let lastAnswer = '';       // the last answer as JSON text: an unchanged answer is not drawn again
const stopping = new Set(); // ids of jobs asked to stop that have not ended yet
let errorSource = null;     // 'refresh' or 'stop': a good refresh clears only its own error, not a refused key

// ---------- formatting ----------

function number(n) {
  return Number(n || 0).toLocaleString('en');
}

function plural(n, one, many = one + 's') {
  return `${number(n)} ${n === 1 ? one : many}`;
}

function bytes(n) {
  if (n == null) return '';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = Number(n);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? plural(value, 'byte') : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** 75 → "1 min 15 s"; 4000 → "1 h 6 min". */
function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `${Math.floor(s / 3600)} h${Math.floor(s % 3600 / 60) ? ` ${Math.floor(s % 3600 / 60)} min` : ''}`;
}

/** An API instant as a <time>: today's show the time only, older ones the date too. */
function time(value) {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return el('span', { text: value ? String(value) : '' });
  const today = date.toDateString() === new Date().toDateString();
  const text = today ? date.toLocaleTimeString('en-GB')
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  return el('time', { datetime: date.toISOString(), title: date.toISOString(), text });
}

function fileName(path) {
  const parts = String(path || '').split(/[\\/]/);
  return parts[parts.length - 1] || String(path || '');
}

/** Files done of all, with percent; floor, so that 100% means every file is done. */
function progress(job) {
  const total = job.total_files || 0;
  const done = job.files_done || 0;
  const percent = total > 0 ? Math.floor(done * 100 / total) : (job.state === 'DONE' ? 100 : 0);
  return { total, done, percent };
}

function progressText(job, { total, done, percent }) {
  if (job.state === 'QUEUED') return 'Waiting for the job before it to finish';
  if (job.state === 'RUNNING' && total === 0 && done === 0) return 'Looking for files…';
  return `${number(done)} / ${number(total)} files · ${percent}%`;
}

// ---------- one job ----------

function jobTitle(job) {
  const paths = job.paths || [];
  if (paths.length <= 1) return el('h2', { class: 'job-title', text: paths[0] || 'No folder' });
  return el('h2', { class: 'job-title', text: `${paths[0]} and ${plural(paths.length - 1, 'more folder')}` });
}

function stopButton(job) {
  if (!ACTIVE.has(job.state)) return null;
  const asked = stopping.has(job.id);
  return el('button', {
    type: 'button', class: 'stop', 'data-focus': 'stop:' + job.id, disabled: asked,
    'aria-label': `Stop the ingest of ${(job.paths || [])[0] || 'this job'}`,
    onclick: () => stopJob(job),
  }, asked ? 'Stopping…' : 'Stop');
}

function jobHead(job) {
  return el('div', { class: 'job-head' },
    jobTitle(job),
    el('span', { class: 'badge job-state state-' + String(job.state || '').toLowerCase(), text: STATE_LABELS[job.state] || job.state }),
    stopButton(job));
}

function jobMeta(job) {
  const meta = el('p', { class: 'job-meta muted' }, ORIGIN_LABELS[job.origin] || job.origin || '');
  meta.append(' · created ', time(job.created_at));
  if (job.started_at) meta.append(' · started ', time(job.started_at));
  if (job.finished_at) meta.append(' · ended ', time(job.finished_at));
  if (job.prune) meta.append(' · removes the documents of files that are gone');
  if ((job.exclude || []).length) meta.append(' · leaves out ', job.exclude.join(', '));
  return meta;
}

function folderList(job) {
  const paths = job.paths || [];
  if (paths.length <= 1) return null;
  return el('ul', { class: 'plain-list job-folders', 'aria-label': 'Folders' }, paths.map(p => el('li', { text: p })));
}

/** The bar: role=progressbar with its numbers, so a screen reader says "3 of 10 files". */
function progressBar(job, p) {
  const text = progressText(job, p);
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = p.percent + '%'; // a CSSOM property, which the Content-Security-Policy allows
  return el('div', {
    class: 'progress state-' + String(job.state || '').toLowerCase(), role: 'progressbar',
    'aria-label': 'Files ingested', 'aria-valuemin': 0, 'aria-valuemax': Math.max(p.total, 1),
    'aria-valuenow': p.total ? p.done : (job.state === 'DONE' ? 1 : 0), 'aria-valuetext': text,
  }, fill);
}

function progressLine(job, p) {
  const parts = [progressText(job, p)];
  if (job.files_per_second != null && job.state !== 'QUEUED') parts.push(`${job.files_per_second} files/s`);
  if (job.eta_seconds != null) parts.push(`about ${duration(job.eta_seconds)} left`);
  if (job.state !== 'QUEUED') {
    parts.push(`${plural(job.documents_done || 0, 'document')} written` + (job.bytes_done ? ` (${bytes(job.bytes_done)})` : ''));
  }
  return el('p', { class: 'progress-line' }, parts.join(' · '));
}

function failureItem(failure) {
  return el('li', { class: 'failure' },
    el('span', { class: 'failure-file', text: fileName(failure.path) }), ' ',
    el('span', { class: 'badge reason', text: failure.reason || 'failed' }),
    failure.message ? el('span', { class: 'failure-message', text: ' ' + failure.message }) : null,
    el('span', { class: 'file muted failure-path', text: failure.path || '' }));
}

/** Failed files, folded: a big run can list a thousand; the open state survives each refresh. */
function failureList(job, open) {
  const listed = job.failures || [];
  const count = listed.length + (job.failures_omitted || 0);
  if (count === 0) {
    return ACTIVE.has(job.state) ? null : el('p', { class: 'failures-none muted', text: 'No file failed.' });
  }
  const summary = `${plural(count, 'file')} failed` + (ACTIVE.has(job.state) ? ' so far' : '');
  const details = el('details', { class: 'failures', open, 'data-job': job.id },
    el('summary', { 'data-focus': 'failures:' + job.id, text: summary }),
    el('ul', { class: 'failure-list' }, listed.map(failureItem)));
  if (job.failures_omitted) {
    details.append(el('p', { class: 'muted', text: `and ${plural(job.failures_omitted, 'more')}, not listed here: the report names them all.` }));
  }
  return details;
}

function countsText(counts) {
  const entries = Object.entries(counts || {}).filter(([, n]) => n > 0);
  entries.sort(([a], [b]) => (COUNT_ORDER.indexOf(a) + 1 || 99) - (COUNT_ORDER.indexOf(b) + 1 || 99));
  return entries.map(([name, n]) => `${number(n)} ${name}`).join(' · ');
}

/** What a finished job did: its counts, agreements, bytes, time, report, warnings. */
function jobFacts(job) {
  const rows = [];
  const row = (name, ...value) => rows.push(el('div', { class: 'row' }, el('dt', { text: name }), el('dd', {}, ...value)));
  const counts = countsText(job.counts);
  if (counts) row(ACTIVE.has(job.state) ? 'So far' : 'Files', counts);
  if (job.agreements) {
    const a = job.agreements;
    row('Agreements', `${number(a.written)} written, ${number(a.unchanged)} unchanged, ${number(a.removed)} removed`);
  }
  if (job.bytes_read != null) row('Read', bytes(job.bytes_read));
  if (job.started_at && job.finished_at) row('Took', duration((new Date(job.finished_at) - new Date(job.started_at)) / 1000));
  if (job.report) row('Report', el('code', { class: 'report', text: job.report }));
  if ((job.warnings || []).length) row('Warnings', el('ul', { class: 'plain' }, job.warnings.map(w => el('li', { text: w }))));
  return rows.length ? el('dl', { class: 'facts job-facts' }, rows) : null;
}

function jobCard(job, failuresOpen) {
  const p = progress(job);
  return el('li', { class: 'job', id: 'job-' + job.id, 'data-job-id': job.id, 'data-state': job.state },
    el('article', { 'aria-label': `Ingest of ${(job.paths || [])[0] || 'no folder'}` },
      jobHead(job),
      jobMeta(job),
      folderList(job),
      progressBar(job, p),
      progressLine(job, p),
      job.error ? el('p', { class: 'job-error', text: 'The job failed: ' + job.error }) : null,
      stopping.has(job.id) && ACTIVE.has(job.state)
        ? el('p', { class: 'muted', text: 'Stopping after the files in hand; what they stored stays.' }) : null,
      failureList(job, failuresOpen),
      jobFacts(job)));
}

// ---------- watched folders ----------

function watchItem(watch) {
  const item = el('li', { class: 'watch' },
    el('p', { class: 'watch-roots' }, (watch.roots || []).map(root => el('code', { text: root }))));
  const line = el('p', { class: 'muted' });
  if (watch.watching) line.append('Watching', ...(watch.watching_since ? [' since ', time(watch.watching_since)] : []));
  else line.append('Not watching');
  if (watch.last_batch_at) line.append(' · last batch ', time(watch.last_batch_at));
  if (watch.batches_run != null) line.append(` · ${plural(watch.batches_run, 'batch', 'batches')} run`);
  if (watch.pending_paths) line.append(` · ${plural(watch.pending_paths, 'change')} waiting`);
  item.append(line);
  if ((watch.missing_roots || []).length) {
    item.append(el('p', { class: 'partial', text: 'Missing: ' + watch.missing_roots.join(', ') }));
  }
  if (watch.last_error) item.append(el('p', { class: 'job-error', text: 'Last error: ' + watch.last_error }));
  return item;
}

/** The answer's "watches" when the server sends them; older servers do not, and the section stays hidden. */
function renderWatches(watches) {
  const list = Array.isArray(watches) ? watches : [];
  $('watches').replaceChildren(...list.map(watchItem));
  $('watches-section').hidden = list.length === 0;
}

// ---------- the page ----------

function showErrorOf(source, message) {
  errorSource = source;
  showError(message);
}

function clearErrorOf(source) {
  if (errorSource !== source) return;
  errorSource = null;
  clearError();
}

/** Redraws the jobs, keeping what the user had open and where the keyboard focus was. */
function renderJobs(jobs) {
  const open = new Set([...document.querySelectorAll('#jobs details[open]')].map(d => d.dataset.job));
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focus : null;
  $('jobs').replaceChildren(...jobs.map(job => jobCard(job, open.has(job.id))));
  $('empty').hidden = jobs.length > 0;
  if (focused) {
    const again = [...document.querySelectorAll('#jobs [data-focus]')].find(n => n.dataset.focus === focused);
    if (again) again.focus();
  }
}

function renderSummary(jobs) {
  const running = jobs.filter(j => j.state === 'RUNNING').length;
  const queued = jobs.filter(j => j.state === 'QUEUED').length;
  const parts = [];
  if (running) parts.push(`${plural(running, 'job')} running`);
  if (queued) parts.push(`${number(queued)} queued`);
  if (!parts.length && jobs.length) parts.push('Nothing running');
  const text = parts.join(', ');
  if ($('summary').textContent !== text) $('summary').textContent = text; // no announcement when unchanged
}

function render(answer) {
  const jobs = Array.isArray(answer.jobs) ? answer.jobs : [];
  for (const id of [...stopping]) {
    if (!jobs.some(j => j.id === id && ACTIVE.has(j.state))) stopping.delete(id);
  }
  // A stop asked from elsewhere (another tab, Ctrl-C of ./pacta ingest) shows too.
  jobs.filter(j => j.stop_requested && ACTIVE.has(j.state)).forEach(j => stopping.add(j.id));
  renderWatches(answer.watches);
  renderJobs(jobs);
  renderSummary(jobs);
}

function stopPolling() {
  clearTimeout(pollTimer);
  pollTimer = null;
  document.body.dataset.polling = 'off';
}

/** Keeps asking only while a job can still change; a finished list is left alone (Refresh asks again). */
function scheduleNext(answer) {
  stopPolling();
  const busy = (answer.jobs || []).some(j => ACTIVE.has(j.state))
    || (answer.watches || []).some(w => w.pending_paths > 0);
  if (busy && !document.hidden) pollTimer = setTimeout(refresh, POLL_MS);
  document.body.dataset.polling = pollTimer ? 'on' : 'off';
}

async function refresh() {
  stopPolling();
  if (inFlight) inFlight.abort(); // a newer question replaces an older one
  const controller = new AbortController();
  inFlight = controller;
  try {
    const answer = await getJson('/api/ingest-jobs', controller.signal);
    clearErrorOf('refresh');
    const text = JSON.stringify(answer);
    if (text !== lastAnswer) render(answer);
    lastAnswer = text;
    scheduleNext(answer);
  } catch (e) {
    if (e.name === 'AbortError') return;
    showErrorOf('refresh', e.message);
    // keep trying while jobs ran at the last answer: a restarting server comes back
    scheduleNext(lastAnswer ? JSON.parse(lastAnswer) : { jobs: [] });
  } finally {
    if (inFlight === controller) inFlight = null;
    $('loading').hidden = true;
  }
}

// ---------- stopping a job ----------

/** The write key: the tab's, or asked for in a dialog (null when the user cancels). */
function writeKey() {
  const kept = sessionStorage.getItem(KEY_STORAGE);
  if (kept) return Promise.resolve(kept);
  const dialog = $('key-dialog');
  const input = $('api-key');
  input.value = '';
  return new Promise(resolve => {
    dialog.addEventListener('close', () => {
      const key = dialog.returnValue === 'stop' ? input.value.trim() : '';
      if (key) sessionStorage.setItem(KEY_STORAGE, key);
      input.value = '';
      resolve(key || null);
    }, { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    input.focus();
  });
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || '';
  } catch (ignored) {
    return '';
  }
}

async function stopJob(job) {
  const key = await writeKey();
  if (!key) return;
  let response;
  try {
    response = await fetch('/api/ingest-jobs/' + encodeURIComponent(job.id), {
      method: 'DELETE', headers: { Accept: 'application/json', Authorization: 'ApiKey ' + key },
    });
  } catch (e) {
    showErrorOf('stop', 'Pacta could not be reached: ' + e.message);
    return;
  }
  if (response.status === 401 || response.status === 403) {
    sessionStorage.removeItem(KEY_STORAGE); // a wrong key is asked for again next time
    showErrorOf('stop', 'The server refused the key, so the job goes on. Stop it again with a write key (PACTA_API_KEYS).');
    return;
  }
  if (!response.ok) {
    showErrorOf('stop', (await problemText(response)) || `The server answered ${response.status}`);
    return;
  }
  clearErrorOf('stop');
  stopping.add(job.id);
  lastAnswer = ''; // draw the "Stopping…" state now
  refresh();
}

function start() {
  $('key-cancel').addEventListener('click', () => $('key-dialog').close('cancel'));
  $('refresh').addEventListener('click', () => {
    lastAnswer = '';
    refresh();
  });
  // a hidden tab stops asking; coming back asks at once
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) stopPolling();
    else refresh();
  });
  refresh();
}

start();
