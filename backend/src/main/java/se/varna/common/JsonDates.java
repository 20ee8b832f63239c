package se.varna.common;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A date in a request body is a day as the contract writes it ({@code 2025-06-30}, format
 * {@code date}, at most 10 characters). Jackson would also take a date-time such as
 * {@code 2025-06-30T12:00:00} and keep its day; strictly read, that is a 400 naming the field.
 */
@Singleton
public class JsonDates implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    }
}
