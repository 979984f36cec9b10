package org.roguewatch.api;

import org.roguewatch.alert.AlertSettings;

/**
 * How the API listens.
 *
 * @param bind    address to listen on (127.0.0.1 unless a proxy or other hosts must reach it)
 * @param port    TCP port; 0 picks a free one
 * @param token   the bearer token every request but /health and the page's static files must carry
 * @param tileUrl optional tile URL template for the map ({z}/{x}/{y}); empty for none
 */
public record ApiSettings(String bind, int port, String token, String tileUrl) {
    public ApiSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the API needs a bearer token (" + AlertSettings.API_TOKEN + ")");
        }
    }

    public static ApiSettings from(AlertSettings settings) {
        return new ApiSettings(settings.string(AlertSettings.API_BIND), settings.integer(AlertSettings.API_PORT),
                settings.string(AlertSettings.API_TOKEN), settings.string(AlertSettings.API_TILE_URL));
    }
}
