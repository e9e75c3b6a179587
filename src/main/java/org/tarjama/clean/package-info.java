/**
 * The clean stage: Unicode normalisation of Arabic text and removal of site boilerplate, each removal with its reason.
 *
 * <p>{@link org.tarjama.clean.NewsCleaner} is the cleaner; {@link org.tarjama.clean.TextNormalizer} the normalisation
 * table of {@code shared/arabic.md}; {@link org.tarjama.clean.BatchTemplate} the optional pre-pass that finds a site's
 * template across a batch. Decisions on lines that are neither clearly content nor clearly boilerplate:
 * <ul>
 *   <li>the headline (first kept line) is always kept; a later copy of any line is removed as a repeat;</li>
 *   <li>a short line with a dash or bar above the body (مرصد مينا – إيران) is a site and section tag: removed;</li>
 *   <li>a two- or three-word line of letters right above the body (خليل موسى) is a byline: removed, since names
 *       alone are not article text; other short lines between headline and body are kept and flagged;</li>
 *   <li>a line of at most three words after the last body line (إيران إنسايدر) is the site's name: removed;</li>
 *   <li>a short line between body lines (اتفاقية تعاون مشترك) is a subheading: kept;</li>
 *   <li>a sentence found in many articles of the batch is kept and flagged unless it is in 100+ articles.</li>
 * </ul>
 */
@NullMarked
package org.tarjama.clean;

import org.jspecify.annotations.NullMarked;
