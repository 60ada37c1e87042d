/**
 * Recognition statuses: the decisions recorded as status events (checked against prerequisites and
 * criteria), the level each unit held in each year, and status counts.
 */
package vn.ntm.status;
