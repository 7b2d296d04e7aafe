package org.citytwin.pipeline.read;

/** Turns a raw feature into the caller's result; runs on a worker thread. */
@FunctionalInterface
public interface FeatureHandler<T> {
    T handle(RawFeature feature, FileHeader header) throws Exception;
}
