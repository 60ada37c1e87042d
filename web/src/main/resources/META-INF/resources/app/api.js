// Calls to the ntm-map API; errors become exceptions carrying the problem document's detail, in
// the page's language where the server gave it (detailVi).
import { lang } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((lang() === 'vi' && problem?.detailVi) || problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const response = await fetch(query.toString() ? `${path}?${query}` : path, { headers: { Accept: 'application/json' } });
  return parse(response);
}

/** A write from the browser session: the CSRF cookie's value goes back in the X-XSRF-TOKEN header. */
export async function send(method, path, body) {
  return parse(await write(method, path, body));
}

/**
 * The same write, answered as status and body whatever the status (for the outbox, which decides);
 * throws only when there is no signal. The CSRF token is asked for afresh each time: a write replayed
 * after the session changed carries the new session's token.
 */
export async function sendForStatus(method, path, body) {
  const response = await write(method, path, body);
  const type = response.headers.get('Content-Type') || '';
  return { status: response.status, body: type.includes('json') ? await response.json() : null };
}

/** Whether a failed call failed for want of signal (fetch rejects), not because the server refused it. */
export function isOffline(error) {
  return error instanceof TypeError || (error instanceof ApiError && error.status === 503 && error.problem?.title === 'Offline');
}

async function write(method, path, body) {
  await fetch('/api/csrf', { credentials: 'same-origin' });
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') };
  const init = { method, headers, credentials: 'same-origin' };
  if (body instanceof FormData || body instanceof URLSearchParams) init.body = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return fetch(path, init);
}

async function parse(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

function cookie(name) {
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : '';
}
