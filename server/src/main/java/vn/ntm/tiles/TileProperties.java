package vn.ntm.tiles;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The tile cache and the caching headers of tiles.
 *
 * @param cacheSize how many bytes of rendered tiles the server keeps (0: none)
 * @param maxAge    how long browsers and CDNs keep a tile whose URL carries its layer's current version
 */
@ConfigurationProperties("ntm.tiles")
record TileProperties(DataSize cacheSize, Duration maxAge) {

    TileProperties {
        cacheSize = cacheSize == null ? DataSize.ofMegabytes(64) : cacheSize;
        maxAge = maxAge == null ? Duration.ofDays(365) : maxAge;
    }
}
