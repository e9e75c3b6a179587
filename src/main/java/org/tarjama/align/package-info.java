/**
 * The align stage: joins segments and their translations by segment id into pairs ({@link org.tarjama.align.Aligner}),
 * and aligns the sentences of an Arabic document with those of its English counterpart
 * ({@link org.tarjama.align.SentenceAligner}).
 */
@NullMarked
package org.tarjama.align;

import org.jspecify.annotations.NullMarked;
