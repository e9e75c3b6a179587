/**
 * The segment stage: splits a cleaned paragraph into sentence spans ({@link org.tarjama.segment.ArabicSegmenter}),
 * and cuts sentences longer than a backend's limit into pieces at clause boundaries
 * ({@link org.tarjama.segment.ClauseCutter}, reached through {@link org.tarjama.segment.Segmenter#segments}).
 */
@NullMarked
package org.tarjama.segment;

import org.jspecify.annotations.NullMarked;
