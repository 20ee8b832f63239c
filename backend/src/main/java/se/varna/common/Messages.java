package se.varna.common;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * The texts of problems and row errors, in the reader's language, from one catalogue:
 * {@code messages/problems.properties} (English, the default) and
 * {@code messages/problems_sv.properties}. A text has a key and {@link MessageFormat}
 * arguments; see docs/problems.md for how to add one.
 *
 * <p>
 * The reader's language is the request's ({@link RequestLanguage}: {@code Accept-Language},
 * Swedish or English), or the one a background job was started in ({@link #in}); English
 * without either.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    /** The languages the catalogue has, the default first. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, SWEDISH);

    private static final String CATALOGUE = "messages.problems";
    private static final Logger LOG = Logger.getLogger(Messages.class);
    /**
     * No fallback to the JVM's default locale: on a server running in Swedish, an English
     * reader would otherwise get the Swedish file.
     */
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();
    /** The language of a background job's thread (set by {@link #in}). */
    private static final ThreadLocal<Locale> JOB_LANGUAGE = new ThreadLocal<>();

    private Messages() {
    }

    /** The text of {@code key} in the reader's language. */
    public static String text(String key, Object... arguments) {
        return text(language(), key, arguments);
    }

    /** The text of {@code key} in {@code language} (Swedish or English; anything else is English). */
    public static String text(Locale language, String key, Object... arguments) {
        MessageFormat format = format(SWEDISH.getLanguage().equals(language.getLanguage()) ? SWEDISH : ENGLISH, key);
        if (format == null) {
            LOG.warnf("No text with key %s in the problem catalogue", key);
            return key;
        }
        return format.format(plain(format, arguments));
    }

    /**
     * The reader's language: the background job's when on one, else the current request's,
     * else English.
     */
    public static Locale language() {
        Locale job = JOB_LANGUAGE.get();
        if (job != null) {
            return job;
        }
        ArcContainer container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            return container.instance(RequestLanguage.class).get().locale();
        }
        return ENGLISH;
    }

    /**
     * Runs work off the request (a background import) in the language of the request that
     * started it, so that its messages read as the reader's would.
     */
    public static <T> T in(Locale language, Supplier<T> work) {
        Locale before = JOB_LANGUAGE.get();
        JOB_LANGUAGE.set(language);
        try {
            return work.get();
        } finally {
            if (before == null) {
                JOB_LANGUAGE.remove();
            } else {
                JOB_LANGUAGE.set(before);
            }
        }
    }

    /**
     * The language an {@code Accept-Language} header asks for, by RFC 4647 lookup among the
     * catalogue's languages and in the header's order of preference: {@code sv}, {@code sv-SE}
     * and {@code sv-FI} are Swedish, {@code de, sv;q=0.5} too; anything else, none, {@code *}
     * or a header that cannot be read is English.
     */
    public static Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return found == null ? ENGLISH : found;
        } catch (IllegalArgumentException unreadable) {
            return ENGLISH;
        }
    }

    /** Whether both languages have a text for {@code key}. */
    public static boolean has(String key) {
        return LANGUAGES.stream().allMatch(language -> format(language, key) != null);
    }

    private static MessageFormat format(Locale language, String key) {
        Map<String, MessageFormat> formats = FORMATS.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        MessageFormat format = formats.get(key);
        if (format == null) {
            String pattern;
            try {
                pattern = bundle(language).getString(key);
            } catch (MissingResourceException missing) {
                return language.equals(ENGLISH) ? null : format(ENGLISH, key);
            }
            format = new MessageFormat(quoted(pattern), language);
            formats.put(key, format);
        }
        // A MessageFormat is not safe for threads at once; a copy is cheap.
        return (MessageFormat) format.clone();
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(CATALOGUE, language.equals(ENGLISH) ? Locale.ROOT : language, EXACT);
    }

    /**
     * In the catalogue an apostrophe is an apostrophe ({@code not '{0}'}): MessageFormat's
     * quoting is not used, so a text reads as it is shown.
     */
    private static String quoted(String pattern) {
        return pattern.replace("'", "''");
    }

    /**
     * Numbers in a plain {@code {0}} are written as they are ({@code 10000}, not {@code 10,000}
     * or {@code 10 000}): they are counts, ids and limits a reader may type back. A
     * {@code {0,choice,…}} or {@code {0,number,…}} still formats them.
     */
    private static Object[] plain(MessageFormat format, Object[] arguments) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number && (i >= formats.length || formats[i] == null)) {
                plain[i] = plain[i].toString();
            }
        }
        return plain;
    }
}
