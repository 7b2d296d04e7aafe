package org.citytwin.flow.feed;

/** Connection state shown by the status indicator. */
public enum FeedState { CONNECTING, CONNECTED, DOWN, CLOSED }
