/**
 * Infrastructure features, their field inspections and condition updates, and the gaps field staff work
 * through.
 */
package vn.ntm.infrastructure;
