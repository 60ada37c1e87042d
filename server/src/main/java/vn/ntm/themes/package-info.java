/**
 * Thematic maps: what the commune and village tiles can be coloured by (criteria met, a criterion's result,
 * an indicator's value, a classification), checked against the criteria sets in the database, and the
 * legend of a theme: its class breaks and the number of units in each class.
 */
package vn.ntm.themes;
