/**
 * The province report of a year or half-year (XLSX and PDF), made in the background, and reporting deadlines.
 */
package vn.ntm.reports;
