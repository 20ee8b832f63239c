package se.varna.common;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Värna's own settings ({@code varna.*}).
 */
@ConfigMapping(prefix = "varna")
public interface VarnaConfig {

    /**
     * Prefix Keycloak gives the username of a client's service account
     * (client-credentials grant).
     */
    @WithDefault("service-account-")
    String serviceAccountPrefix();

    /**
     * Whether the demo figures ({@code db/demo}: measures, values, crime statistics, analyses,
     * agreements, boundaries) are loaded: on in the profiles {@code local} ({@code make run}) and
     * {@code dev}, off in production. See {@link DemoMigrations}.
     */
    @WithDefault("false")
    boolean demoData();

    /** Rate limits. */
    RateLimit rateLimit();

    interface RateLimit {

        /** Partner clients (client-credentials tokens with the role partner), each on its own. */
        Partner partner();

        interface Partner {

            /** Requests a minute per partner client, at most that many at once; 0 switches the limit off. */
            @WithDefault("600")
            int requestsPerMinute();
        }
    }

    /**
     * The memory of verified bearer tokens ({@code VerifiedTokens}, docs/security.md#tokens):
     * {@code VARNA_TOKEN_CACHE_MAX_SIZE}, {@code VARNA_TOKEN_CACHE_MAX_AGE}.
     */
    TokenCache tokenCache();

    interface TokenCache {

        /** Tokens remembered at most; 0 turns the memory off (every token verified on every request). */
        @WithDefault("2000")
        long maxSize();

        /** How long after its verification a token is remembered at most; never past its {@code exp}. */
        @WithDefault("5M")
        Duration maxAge();
    }

    /** Limits of requests in general. */
    Http http();

    interface Http {

        /** Largest JSON body an operation that is not a file import accepts; larger ones get 413. */
        @WithDefault("1M")
        MemorySize maxJsonBodySize();
    }

    /** The open-data catalogue ({@code GET /api/v1/catalog}, docs/open-data.md). */
    OpenData openData();

    interface OpenData {

        /** The publisher's name; without it, the name of the municipality's root area. */
        Optional<String> publisherName();

        /** An IRI naming the publisher (say its entry in a register of organisations); without it, one under the catalogue's address. */
        Optional<String> publisherUri();

        /** The contact point's e-mail address, which DCAT-AP-SE makes mandatory for every dataset. */
        String contactEmail();

        /** The contact point's name; without it, the publisher's. */
        Optional<String> contactName();

        /** The licence every dataset and distribution is published under: CC0 1.0 unless configured. */
        @WithDefault("http://creativecommons.org/publicdomain/zero/1.0/")
        String licence();

        /** An IRI of the municipality as a place (a gazetteer's, such as Geonames or Wikidata); without it, one under the catalogue's address. */
        Optional<String> spatialUri();
    }

    /** Limits of file imports. */
    Metrics metrics();

    /** The figures operators watch (docs/operations.md#figures-to-watch). */
    interface Metrics {

        /**
         * How often the import-job gauges are read from the job table; {@code off} never (tests
         * read them when they want).
         */
        @WithDefault("15s")
        String refreshInterval();
    }

    Imports imports();

    interface Imports {

        /** Whether an idle replica reads a crime-statistics upload's rows while the file arrives. */
        @WithDefault("true")
        boolean readEarly();

        /** Largest indicator-value file (CSV or Kolada JSON) accepted; larger ones get 413. */
        @WithDefault("10M")
        MemorySize indicatorValuesMaxSize();

        /** Largest crime-statistics CSV accepted (a million rows is about 45 MB). */
        @WithDefault("200M")
        MemorySize crimeStatisticsMaxSize();

        /** Largest population or DeSO-mapping CSV accepted (all of Sweden's DeSO by single year of age is about 40 MB). */
        @WithDefault("50M")
        MemorySize populationMaxSize();

        /**
         * Crime-statistics import jobs queued or running at most, across all replicas (each holds
         * its file in the database until it finishes); one more is answered 429 and not stored.
         */
        @WithDefault("20")
        int queueMax();

        /** The {@code Retry-After} of that 429. */
        @WithDefault("60s")
        Duration queueRetryAfter();

        /**
         * How long a replica's claim on a running job lasts without being renewed; a job whose
         * lease expired (its replica died or lost the database) is queued again or failed.
         */
        @WithDefault("30s")
        Duration lease();

        /** How often a replica renews the leases of the jobs it runs: well within {@link #lease()}. */
        @WithDefault("5s")
        String heartbeatInterval();

        /**
         * How often each replica looks for queued jobs and expired leases ({@code off}: only when a
         * file arrives at this replica and at start-up, as the tests have it).
         */
        @WithDefault("2s")
        String pollInterval();

        /** Times a job is claimed at most: after its last lease expires it fails. */
        @WithDefault("3")
        int maxAttempts();
    }
}
