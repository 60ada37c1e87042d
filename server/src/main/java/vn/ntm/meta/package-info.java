/**
 * The catalogue the map starts from: years, status levels, provinces, whether demo data is loaded.
 */
package vn.ntm.meta;
