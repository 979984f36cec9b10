package org.roguewatch.api;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;

/** A complete answer to one request; {@code stream} marks the SSE endpoint, which stays open instead. */
record ApiResponse(HttpResponseStatus status, String contentType, byte[] body, boolean stream) {
    static ApiResponse json(String json) {
        return new ApiResponse(HttpResponseStatus.OK, "application/json; charset=utf-8",
                json.getBytes(StandardCharsets.UTF_8), false);
    }

    static ApiResponse error(ApiError error) {
        return new ApiResponse(error.status(), "application/json; charset=utf-8",
                ApiJson.error(error.status().code(), error.getMessage()).getBytes(StandardCharsets.UTF_8), false);
    }

    static ApiResponse text(String contentType, byte[] body) {
        return new ApiResponse(HttpResponseStatus.OK, contentType, body, false);
    }

    static ApiResponse eventStream() {
        return new ApiResponse(HttpResponseStatus.OK, "text/event-stream; charset=utf-8", new byte[0], true);
    }
}
