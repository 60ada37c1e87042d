// The gap list's order (app/gaps.js): the user's own communes first, then nearest first.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { nearestFirst } from '../../main/resources/META-INF/resources/app/gaps.js';

const gap = (name, communeCode, lat, lon) => ({ name, communeCode, lat, lon });
const items = [gap('own far', '03679', 21.40, 103.90), gap('own near', '03679', 21.31, 103.98),
  gap('other nearest', '03688', 21.311, 103.981), gap('other far', '03688', 22.0, 104.5)];

test('without a position the server order stands', () => {
  assert.deepEqual(nearestFirst(items, null, new Set(['03679'])), items);
});

test('with a position: own communes first, nearest first within each', () => {
  const ordered = nearestFirst(items, { lat: 21.31, lon: 103.98 }, new Set(['03679']));

  assert.deepEqual(ordered.map((g) => g.name), ['own near', 'own far', 'other nearest', 'other far']);
  assert.ok(ordered[0].km < 0.01);
  assert.ok(Math.abs(ordered[1].km - 12.7) < 0.5, `${ordered[1].km} km`);
});

test('for someone without communes, nearest first', () => {
  const ordered = nearestFirst(items, { lat: 21.31, lon: 103.98 }, new Set());

  assert.deepEqual(ordered.map((g) => g.name), ['own near', 'other nearest', 'own far', 'other far']);
});
