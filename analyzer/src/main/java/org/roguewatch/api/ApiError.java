package org.roguewatch.api;

import io.netty.handler.codec.http.HttpResponseStatus;

/** A request the API refuses, answered as {"error":{"status":…,"message":…}}. */
final class ApiError extends Exception {
    private final HttpResponseStatus status;

    ApiError(HttpResponseStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpResponseStatus status() {
        return status;
    }
}
