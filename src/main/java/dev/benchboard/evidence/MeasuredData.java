package dev.benchboard.evidence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link EvidenceStore} method that loads measured data (histograms, series, evidence rows): what grows
 * with the uploads, and so must never be loaded under a request's or {@code ui.access}'s session lock. The UI-thread
 * guard the browser tests run with refuses exactly the methods carrying it, so renaming one cannot drop it from the
 * guard; {@code MeasuredDataTest} checks that every public method handing out measured data carries it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MeasuredData {
}
