package org.roguewatch.api;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.alert.AlertJson;

/**
 * The server-sent event stream of alert changes: each connected client gets "event: alert" with the event's
 * JSON (the JSON lines shape) as data, and its idempotency key as the event id. Closed connections leave the
 * group by themselves.
 */
final class EventStream implements Consumer<AlertEvent> {
    private final ChannelGroup clients = new DefaultChannelGroup("sse", GlobalEventExecutor.INSTANCE);

    void add(Channel channel) {
        clients.add(channel);
        channel.writeAndFlush(chunk(": connected\n\n"));
    }

    int size() {
        return clients.size();
    }

    @Override
    public void accept(AlertEvent event) {
        String frame = "id: " + event.idempotencyKey() + "\nevent: alert\ndata: " + AlertJson.event(event) + "\n\n";
        for (Channel channel : clients) {
            channel.writeAndFlush(chunk(frame));
        }
    }

    /** A comment line keeps proxies from closing an idle stream. */
    void heartbeat() {
        for (Channel channel : clients) {
            channel.writeAndFlush(chunk(": keep-alive\n\n"));
        }
    }

    void close() {
        clients.close();
    }

    private static DefaultHttpContent chunk(String text) {
        return new DefaultHttpContent(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }
}
