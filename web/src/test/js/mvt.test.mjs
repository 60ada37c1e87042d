// The map's vector-tile decoder (app/mvt.js) on tiles the server made (MvtJsTest saves them, with
// what mapbox-vector-tile-java reads in them, into NTM_MVT_FIXTURES): the same layers, features,
// attributes and geometry, in tile units.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { decodeGeometry, decodeTile } from '../../main/resources/META-INF/resources/app/mvt.js';

const fixtures = process.env.NTM_MVT_FIXTURES;
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8'));

function decode(file) {
  const bytes = readFileSync(join(fixtures, file));
  return decodeTile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

for (const fixture of expected) {
  test(`${fixture.file} decodes as the Java decoder reads it`, () => {
    const layers = decode(fixture.file);

    assert.deepEqual(Object.keys(layers), [fixture.layer]);
    const layer = layers[fixture.layer];
    assert.equal(layer.extent, fixture.extent);
    assert.ok(fixture.features.length > 0);
    assert.equal(layer.features.length, fixture.features.length);
    layer.features.forEach((feature, i) => {
      const want = fixture.features[i];
      assert.equal(feature.type, want.type, `feature ${i}`);
      assert.deepEqual(feature.properties, want.properties, `feature ${i}`);
      assert.deepEqual(feature.geometry.flat(), want.coordinates, `feature ${i}`);
    });
  });
}

test('communes say a ward (phường Chiềng Sinh) is not assessed and a xã (Mường La) is', () => {
  const communes = decode('communes-7-101-56.mvt').communes.features;
  const assessed = (code) => communes.find((f) => f.properties.code === code).properties.assessed;

  assert.equal(assessed('03679'), false);
  assert.equal(assessed('03808'), true);
});

test('polygon rings are closed on their first point', () => {
  const ring = decode('communes-7-101-56.mvt').communes.features[0].geometry[0];

  assert.deepEqual(ring.at(-1), ring[0]);
});

test('geometry commands: MoveTo, LineTo with zigzag deltas, ClosePath', () => {
  // MoveTo(1) (3,6); LineTo(2) (+5,0) (0,-2); ClosePath(1)
  const commands = [9, 6, 12, 18, 10, 0, 0, 3, 15];

  assert.deepEqual(decodeGeometry(commands), [[[3, 6], [8, 6], [8, 4], [3, 6]]]);
});
