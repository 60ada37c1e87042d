package vn.ntm.tiles;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Rendered tiles kept in memory, least recently used out first, up to ntm.tiles.cache-size bytes. A tile's
 * key holds its layer's data version, so a write makes new keys for the layers it changed and their old
 * tiles age out; nothing is invalidated by hand. Concurrent requests for a missing tile render it once.
 * Hits, misses and evictions are the meters cache.gets, cache.evictions, etc. tagged cache=tiles.
 */
@Component
class TileCache {

    /** What a cached tile costs besides its bytes: key, entry and array headers, roughly. */
    private static final int ENTRY_OVERHEAD = 200;

    /** A tile: layer, address, every query parameter but the version (normalised), and the layer's version. */
    record Key(String layer, int z, int x, int y, String parameters, String version) {
    }

    private final Cache<Key, byte[]> tiles;

    TileCache(TileProperties properties, MeterRegistry meters) {
        long bytes = properties.cacheSize().toBytes();
        this.tiles = bytes <= 0 ? null
                : CaffeineCacheMetrics.monitor(meters, Caffeine.newBuilder().maximumWeight(bytes)
                        .<Key, byte[]>weigher((key, tile) -> tile.length + ENTRY_OVERHEAD)
                        .executor(Runnable::run).recordStats().build(), "tiles");
    }

    byte[] get(Key key, Supplier<byte[]> render) {
        return tiles == null ? render.get() : tiles.get(key, k -> render.get());
    }
}
