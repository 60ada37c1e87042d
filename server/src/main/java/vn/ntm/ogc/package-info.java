/**
 * OGC API – Features over the map's layers, for desktop GIS.
 */
package vn.ntm.ogc;
