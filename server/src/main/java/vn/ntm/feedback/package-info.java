/**
 * Citizens' reports with photos: submitted and followed in public, moderated within scope.
 */
package vn.ntm.feedback;
