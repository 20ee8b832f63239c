package se.varna.operations;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * HTTP latency per operation ({@code http_server_requests_seconds}, labelled by method, the
 * route's URI template, status and outcome; never by a raw path, so ids do not become
 * labels) with a few histogram buckets, so that a p95 can be computed across replicas with
 * {@code histogram_quantile}. A handful of fixed buckets rather than Micrometer's full
 * percentile histogram (some 70 per series) keeps the series per operation small.
 */
public class HttpMetrics {

    static final Duration[] BUCKETS = { Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10) };

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests") || id.getName().equals("varna.imports.job")) {
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(
                            java.util.Arrays.stream(BUCKETS).mapToDouble(d -> d.toNanos()).toArray())
                            .build().merge(config);
                }
                return config;
            }
        };
    }
}
