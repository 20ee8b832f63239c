package se.varna.common.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import io.restassured.response.Response;

/** What the tests of answers replayed on the event loop ({@link PublicHits}, {@link MeHits}) share. */
final class Replays {

    private Replays() {
    }

    /** Whether the version is in memory, once a read (as any request's) has followed the last transaction. */
    static boolean versionInMemory(DataVersion dataVersion) {
        dataVersion.current();
        return dataVersion.inMemory();
    }

    /** The answer's headers but those of its own request (its id, the date). */
    static Map<String, List<String>> headers(Response response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().forEach(h -> {
            if (!h.getName().equalsIgnoreCase("X-Request-Id") && !h.getName().equalsIgnoreCase("Date")) {
                headers.computeIfAbsent(h.getName(), n -> new ArrayList<>()).add(h.getValue());
            }
        });
        return headers;
    }

    /** Waits up to 5 s for {@code condition}, failing as {@code what}. */
    static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(until);
            Thread.sleep(10);
        }
    }
}
