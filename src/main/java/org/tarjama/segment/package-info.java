/** The segment stage: splits a cleaned paragraph into sentence spans. */
@NullMarked
package org.tarjama.segment;

import org.jspecify.annotations.NullMarked;
