/** The align stage: joins segments and their translations by segment id into pairs. */
@NullMarked
package org.tarjama.align;

import org.jspecify.annotations.NullMarked;
