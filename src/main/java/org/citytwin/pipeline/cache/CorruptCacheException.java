package org.citytwin.pipeline.cache;

/** A cache file that does not decode as written; the caller rebuilds it from the source. */
final class CorruptCacheException extends RuntimeException {

    CorruptCacheException(String detail) {
        super(detail, null, false, false);
    }
}
