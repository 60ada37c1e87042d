/**
 * The unit detail of the map's side panel ({@code GET /api/units/{code}}), assembled above the features that
 * feed it: the unit, its statuses, its criteria sheet and its infrastructure.
 */
package vn.ntm.unitdetail;
