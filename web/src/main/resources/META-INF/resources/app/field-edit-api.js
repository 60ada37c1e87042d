// The field edits of infrastructure as plain requests: method, path and a JSON body (a move or an undo
// carries the version it was based on), so that they can be sent now or queued and sent later.
import { getJson, send } from './api.js';

/** A new feature: { category, name, condition, geometry (GeoJSON), positionSource: 'gps'|'map', accuracy }. */
export function addRequest(feature) {
  return { method: 'POST', path: '/api/infrastructure', body: feature };
}

/** A moved point or reshaped line, based on the version the editor read. */
export function moveRequest(id, { geometry, version, positionSource = 'map', accuracy = null }) {
  return { method: 'PUT', path: `/api/infrastructure/${encodeURIComponent(id)}/geometry`,
    body: { geometry, version, positionSource, accuracy } };
}

/** A planner's undo of the feature's latest addition or move, based on the version read. */
export function undoRequest(id, version) {
  return { method: 'POST', path: `/api/infrastructure/${encodeURIComponent(id)}/undo`, body: { version } };
}

export function submit(request) {
  return send(request.method, request.path, request.body);
}

export function featureHistory(id) {
  return getJson(`/api/infrastructure/${encodeURIComponent(id)}/history`);
}
