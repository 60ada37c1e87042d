package vn.ntm.photos;

/** An uploaded photo that passed the checks: a real JPEG, PNG or WebP image within the limits, its metadata removed. */
public record Photo(String contentType, byte[] bytes) {
}
