package se.varna.operations;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Traces are exported over OTLP only when an endpoint is configured: {@code VARNA_OTLP_ENDPOINT}
 * or OpenTelemetry's standard {@code OTEL_EXPORTER_OTLP_ENDPOINT}. Without one the SDK stays
 * off ({@code quarkus.otel.sdk.disabled=true} in application.properties), so a deployment
 * without a collector neither buffers spans nor logs export failures. Its ordinal lies between
 * application.properties (250) and the environment (300): an endpoint switches tracing on, and
 * {@code QUARKUS_OTEL_SDK_DISABLED} still has the last word.
 */
public class TracingConfigSource implements ConfigSource {

    static final String DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";

    private final Map<String, String> properties;

    public TracingConfigSource() {
        this(System.getenv());
    }

    TracingConfigSource(Map<String, String> environment) {
        properties = propertiesFor(environment);
    }

    static Map<String, String> propertiesFor(Map<String, String> environment) {
        String endpoint = environment.get("VARNA_OTLP_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            endpoint = environment.get("OTEL_EXPORTER_OTLP_ENDPOINT");
        }
        if (endpoint == null || endpoint.isBlank()) {
            return Map.of();
        }
        Map<String, String> properties = new HashMap<>();
        properties.put(DISABLED, "false");
        properties.put(ENDPOINT, endpoint.strip());
        return Map.copyOf(properties);
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "varna-tracing";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
