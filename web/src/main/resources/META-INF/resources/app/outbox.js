// The outbox: writes made without signal wait on the phone and are sent, in the order they were made,
// when the signal returns. Any JSON or multipart write can wait here; one made against a version of a
// record says so (versionField), and if the record changed meanwhile (409) the officer chooses: keep
// mine (sent again against the current version) or keep theirs (dropped). Nothing is overwritten
// silently, nothing is dropped without the officer's say. Storage and transport are passed in (IndexedDB
// and fetch in the page, in-memory in the tests), so this file holds only the rules.

/** waiting: to be sent; conflict: 409, the officer chooses; refused: the server said no (4xx), shown until dropped. */
export const STATES = ['waiting', 'conflict', 'refused'];

const FIRST_RETRY_MS = 5000;
const LAST_RETRY_MS = 5 * 60 * 1000;

/** The wait before the next attempt after `failures` failed ones: doubling from 5 s, at most 5 min. */
export function backoff(failures) {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LAST_RETRY_MS);
}

/**
 * A write to keep: method, path and body (a plain object sent as JSON, or a list of [name, value]
 * pairs sent as multipart, a value being a string or a File); versionField names the body's field holding
 * the version it was based on (or baseVersion gives it, for a write the server does not check against a
 * version, such as an inspection), resource the address to read the current record from on a conflict.
 */
export function entry({ method, path, body, versionField = null, baseVersion = null, resource = path, label = '' }, now = Date.now()) {
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) throw new Error(`not a write: ${method}`);
  if (typeof path !== 'string' || !path.startsWith('/api/')) throw new Error(`not an API path: ${path}`);
  return {
    method, path, body, multipart: Array.isArray(body), versionField, resource, label,
    baseVersion: versionField ? body[versionField] : baseVersion,
    state: 'waiting', createdAt: now, failures: 0, theirs: null, problem: null,
  };
}

export class Outbox {
  /**
   * store: { all(), add(item) → id, put(item), remove(id) }, items in the order added.
   * transport: { send(item) → {status, body}, read(path) → body }, both throwing when there is no signal.
   * schedule(fn, ms): runs fn later (setTimeout in the page).
   */
  constructor(store, transport, { schedule = (fn, ms) => setTimeout(fn, ms), onChange = () => {} } = {}) {
    this.store = store;
    this.transport = transport;
    this.schedule = schedule;
    this.onChange = onChange;
    this.failures = 0;
    this.needsSignIn = false;
    this.flushing = null;
    this.retry = null;
  }

  async items() {
    return this.store.all();
  }

  /** Keeps a write and tries to send it (and any older ones) straight away. */
  async add(write) {
    const item = entry(write);
    item.id = await this.store.add(item);
    this.onChange();
    this.flush();
    return item;
  }

  /** Sends the waiting items in order; concurrent calls share one pass. */
  flush() {
    this.flushing ??= this.pass().finally(() => { this.flushing = null; this.onChange(); });
    return this.flushing;
  }

  async pass() {
    for (const item of await this.store.all()) {
      if (item.state !== 'waiting') continue;
      let response;
      try {
        response = await this.transport.send(item);
      } catch {
        this.later();
        return;
      }
      if (response.status >= 500 || response.status === 0) {
        this.later();
        return;
      }
      this.failures = 0;
      if (response.status === 401) {
        // The session ended (perhaps while offline): everything stays until the officer signs in again.
        this.needsSignIn = true;
        return;
      }
      this.needsSignIn = false;
      if (response.status < 300) {
        await this.store.remove(item.id);
      } else if (response.status === 409 && item.versionField) {
        await this.store.put({ ...item, state: 'conflict', theirs: await this.readTheirs(item), problem: response.body });
      } else {
        await this.store.put({ ...item, state: 'refused', problem: response.body });
      }
      this.onChange();
    }
  }

  async readTheirs(item) {
    try {
      return await this.transport.read(item.resource);
    } catch {
      return null;
    }
  }

  /** No signal (or the server is down): try again later, waiting longer each time. */
  later() {
    this.failures += 1;
    if (this.retry) return;
    this.retry = true;
    this.schedule(() => { this.retry = null; this.flush(); }, backoff(this.failures));
  }

  /** The officer's choice on a conflict: 'mine' sends it again against the current version, 'theirs' drops it. */
  async resolve(id, choice) {
    const item = (await this.store.all()).find((i) => i.id === id);
    if (!item || item.state !== 'conflict') throw new Error(`no conflict ${id}`);
    if (choice === 'theirs') {
      await this.store.remove(id);
    } else if (choice === 'mine') {
      if (!item.theirs) throw new Error('the current version could not be read: try again with signal');
      const body = { ...item.body, [item.versionField]: item.theirs[item.versionField] };
      await this.store.put({ ...item, body, baseVersion: body[item.versionField], state: 'waiting', theirs: null, problem: null });
    } else {
      throw new Error(`choose 'mine' or 'theirs', not ${choice}`);
    }
    this.onChange();
    return this.flush();
  }

  /** Drops an item the server refused, once the officer has read why. */
  async drop(id) {
    const item = (await this.store.all()).find((i) => i.id === id);
    if (item?.state !== 'refused') throw new Error(`item ${id} was not refused`);
    await this.store.remove(id);
    this.onChange();
  }
}
