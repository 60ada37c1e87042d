/**
 * A province's units and infrastructure as CSV or XLSX downloads.
 */
package vn.ntm.exports;
