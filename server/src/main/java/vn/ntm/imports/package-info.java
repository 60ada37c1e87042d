/**
 * Surveyors' uploads of boundaries and infrastructure: read safely with GDAL into staging, checked,
 * adjusted, previewed, committed and undone.
 */
package vn.ntm.imports;
