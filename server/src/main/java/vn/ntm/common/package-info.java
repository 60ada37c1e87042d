/**
 * Shared kernel, used by every module and using none: the RFC 9457 problem responses and the exceptions that
 * produce them, checks of common parameters, request-size and NUL filters, public URLs, table files, and the
 * {@link vn.ntm.common.Sql} helper that loads a feature's SQL files.
 */
package vn.ntm.common;
