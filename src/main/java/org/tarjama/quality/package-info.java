/** The check stage: quality scores and flags for each pair. */
@NullMarked
package org.tarjama.quality;

import org.jspecify.annotations.NullMarked;
