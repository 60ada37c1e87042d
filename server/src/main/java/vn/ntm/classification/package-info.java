/**
 * The classes a province gives its communes and villages by decision, per year, and those decisions.
 */
package vn.ntm.classification;
