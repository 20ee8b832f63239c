package se.varna.common.caching;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public read whose JSON answer {@link AnswerCache} keeps: an answer that depends only on
 * the question (path, query, {@code Accept}, {@code Accept-Language}), on who asks (roles and
 * organisation, hence exact or protected figures), on the day and on the stored data, so that
 * the same question asked again before the next write gets the same bytes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CachedAnswer {
}
