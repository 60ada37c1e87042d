/**
 * Working without signal: the offline pack a commune officer's phone keeps of their communes.
 */
package vn.ntm.offline;
