package vn.ntm.photos;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded photos.
 *
 * @param maxSize   largest accepted file
 * @param maxPixels largest accepted width × height (a small file can decode to a huge image)
 */
@ConfigurationProperties("ntm.photos")
public record PhotoProperties(DataSize maxSize, long maxPixels) {

    public PhotoProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(5) : maxSize;
        maxPixels = maxPixels <= 0 ? 40_000_000 : maxPixels;
    }
}
