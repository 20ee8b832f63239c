package se.varna.common;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.quarkus.arc.Unremovable;

/**
 * Bean Validation's messages follow the same language rule as the problem catalogue's
 * ({@link Messages#language}): Quarkus' own resolver matches {@code Accept-Language} against
 * {@code quarkus.locales} by RFC 4647 filtering, which takes {@code sv} but not {@code sv-SE}.
 */
@ApplicationScoped
@Unremovable
public class ReaderLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return Messages.language();
    }
}
