/**
 * Uploaded photos: checked by content (JPEG, PNG, WebP within limits) and stripped of their metadata.
 */
package vn.ntm.photos;
