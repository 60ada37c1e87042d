// The outbox's rules (app/outbox.js) with an in-memory store and a scripted server: order, retries with
// backoff, conflicts never overwritten silently, a session that ended keeps everything.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Outbox, backoff, entry } from '../../main/resources/META-INF/resources/app/outbox.js';

class MemoryStore {
  constructor() {
    this.rows = new Map();
    this.next = 1;
  }

  async all() {
    return [...this.rows.values()].map((r) => structuredClone(r));
  }

  async add(item) {
    const id = this.next++;
    this.rows.set(id, structuredClone({ ...item, id }));
    return id;
  }

  async put(item) {
    this.rows.set(item.id, structuredClone(item));
  }

  async remove(id) {
    this.rows.delete(id);
  }
}

/** A server answering from a script of statuses (or 'offline'), recording what it was sent. */
function server(statuses, current = { id: 7, condition: 'good', version: 5 }) {
  const sent = [];
  const reads = [];
  return {
    sent,
    reads,
    offline: false,
    async send(item) {
      if (this.offline) throw new TypeError('Failed to fetch');
      const status = statuses.length ? statuses.shift() : 200;
      if (status === 'offline') throw new TypeError('Failed to fetch');
      sent.push(structuredClone(item));
      return { status, body: status === 409 ? { detail: 'changed' } : {} };
    },
    async read(path) {
      if (this.offline) throw new TypeError('Failed to fetch');
      reads.push(path);
      return current;
    },
  };
}

function outbox(transport) {
  const timers = [];
  const box = new Outbox(new MemoryStore(), transport, { schedule: (fn, ms) => timers.push({ fn, ms }) });
  return { box, timers };
}

const update = (condition, version = 3) => ({
  method: 'PATCH', path: '/api/infrastructure/7', body: { version, condition }, versionField: 'version', label: 'Cầu',
});

test('a write made with signal is sent and leaves the outbox', async () => {
  const transport = server([200]);
  const { box } = outbox(transport);

  await box.add(update('poor'));
  await box.flush();

  assert.equal(transport.sent.length, 1);
  assert.deepEqual(transport.sent[0].body, { version: 3, condition: 'poor' });
  assert.equal(transport.sent[0].baseVersion, 3);
  assert.deepEqual(await box.items(), []);
});

test('without signal writes wait, in order, and go when the signal returns', async () => {
  const transport = server([]);
  transport.offline = true;
  const { box, timers } = outbox(transport);

  await box.add(update('poor'));
  await box.flush();
  await box.add({ method: 'POST', path: '/api/infrastructure/7/inspections', body: [['note', 'sạt lở']] });
  await box.flush();

  assert.deepEqual((await box.items()).map((i) => i.state), ['waiting', 'waiting']);
  assert.equal(timers.length, 1, 'one retry is scheduled, not one per write');
  transport.offline = false;
  timers[0].fn();
  await box.flush();

  assert.deepEqual(transport.sent.map((i) => i.path), ['/api/infrastructure/7', '/api/infrastructure/7/inspections']);
  assert.equal(transport.sent[1].multipart, true);
  assert.deepEqual(await box.items(), []);
});

test('retries wait longer each time, from 5 seconds to at most 5 minutes', () => {
  assert.deepEqual([1, 2, 3, 4].map(backoff), [5000, 10000, 20000, 40000]);
  assert.equal(backoff(30), 300000);
});

test('a server error keeps the write and backs off; later attempts wait longer', async () => {
  const transport = server([503, 503]);
  const { box, timers } = outbox(transport);

  await box.add(update('poor'));
  await box.flush();
  timers.shift().fn();
  await box.flush();

  assert.equal(timers[0].ms, 10000);
  assert.equal((await box.items()).length, 1);
  timers.shift().fn();
  await box.flush();
  assert.deepEqual(await box.items(), []);
});

test('a conflict keeps both versions for the officer; keep mine sends it against the current version', async () => {
  const transport = server([409, 200]);
  const { box } = outbox(transport);

  await box.add(update('poor', 3));
  await box.flush();
  const [conflict] = await box.items();

  assert.equal(conflict.state, 'conflict');
  assert.deepEqual(conflict.body, { version: 3, condition: 'poor' });
  assert.deepEqual(conflict.theirs, { id: 7, condition: 'good', version: 5 });
  assert.deepEqual(transport.reads, ['/api/infrastructure/7']);
  await box.flush();
  assert.equal(transport.sent.length, 1, 'a conflict is not sent again until the officer chooses');

  await box.resolve(conflict.id, 'mine');

  assert.deepEqual(transport.sent[1].body, { version: 5, condition: 'poor' });
  assert.deepEqual(await box.items(), []);
});

test('keep theirs drops my write without sending it', async () => {
  const transport = server([409]);
  const { box } = outbox(transport);
  await box.add(update('poor'));
  await box.flush();
  const [conflict] = await box.items();

  await box.resolve(conflict.id, 'theirs');

  assert.equal(transport.sent.length, 1);
  assert.deepEqual(await box.items(), []);
  await assert.rejects(box.resolve(conflict.id, 'mine'));
});

test('a conflict does not hold back the writes after it', async () => {
  const transport = server([409, 201]);
  const { box } = outbox(transport);
  transport.offline = true;
  await box.add(update('poor'));
  await box.add({ method: 'POST', path: '/api/infrastructure/8/inspections', body: [['note', 'ok']] });
  transport.offline = false;

  await box.flush();

  assert.deepEqual((await box.items()).map((i) => i.state), ['conflict']);
});

test('a session that ended keeps every write until the officer signs in again', async () => {
  const transport = server([401, 200, 200]);
  const { box, timers } = outbox(transport);
  transport.offline = true;
  await box.add(update('poor'));
  await box.add({ method: 'POST', path: '/api/infrastructure/7/inspections', body: [['note', 'x']] });
  transport.offline = false;

  await box.flush();

  assert.equal(box.needsSignIn, true);
  assert.equal((await box.items()).length, 2);
  assert.equal(timers.filter((t) => t.ms < 5000).length, 0, 'no tight retry loop against a closed session');

  await box.flush(); // signed in again
  assert.equal(box.needsSignIn, false);
  assert.deepEqual(await box.items(), []);
});

test('a refused write stays, with the reason, until the officer drops it', async () => {
  const transport = server([403]);
  const { box } = outbox(transport);
  await box.add(update('poor'));
  await box.flush();
  const [refused] = await box.items();

  assert.equal(refused.state, 'refused');
  await assert.rejects(box.resolve(refused.id, 'mine'));
  await box.drop(refused.id);
  assert.deepEqual(await box.items(), []);
});

test('a conflict on a write without a version is a refusal, not a choice', async () => {
  const transport = server([409]);
  const { box } = outbox(transport);
  await box.add({ method: 'POST', path: '/api/infrastructure/7/inspections', body: [['note', 'x']] });
  await box.flush();

  assert.equal((await box.items())[0].state, 'refused');
  assert.deepEqual(transport.reads, []);
});

test('only writes to the API can wait in the outbox', () => {
  assert.throws(() => entry({ method: 'GET', path: '/api/x', body: {} }));
  assert.throws(() => entry({ method: 'POST', path: 'https://elsewhere.example/api/x', body: {} }));
  assert.equal(entry(update('poor')).baseVersion, 3);
});
