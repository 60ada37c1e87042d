/**
 * The demo: real boundaries of three provinces, generated statuses, criteria and infrastructure, and one
 * account per role, loaded on start-up when enabled.
 */
package vn.ntm.demo;
