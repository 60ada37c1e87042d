/**
 * Steering a province: indicators computed from the map beside those declared, consistency checks, the
 * province's figures, and targets against actuals.
 */
package vn.ntm.monitoring;
