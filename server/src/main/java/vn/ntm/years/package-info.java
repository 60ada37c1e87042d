/**
 * The reporting years: which years have data, the latest, the years the map offers, and the check every
 * {@code year} parameter goes through.
 */
package vn.ntm.years;
