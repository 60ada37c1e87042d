/**
 * Mapbox Vector Tiles from PostGIS, the catalogue of map layers, and their TileJSON.
 */
package vn.ntm.tiles;
