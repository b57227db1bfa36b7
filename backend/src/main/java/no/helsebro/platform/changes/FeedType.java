package no.helsebro.platform.changes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable name a {@link FeedEvent} is stored under, {@code <module>.<what-happened>} (e.g.
 * {@code forum.reply-posted}). It outlives class renames: rows written before a rename are still
 * read after it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FeedType {
  String value();
}
