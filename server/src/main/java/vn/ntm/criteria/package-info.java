/**
 * Criteria sets and results: the national and provincial sets, a unit's results against them (read here,
 * entered in {@code criteria.entry} by form or template, provinces' own sets in {@code criteria.villages}).
 */
package vn.ntm.criteria;
