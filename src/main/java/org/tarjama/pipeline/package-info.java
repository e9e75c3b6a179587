/** Wires the stages into a run: read → clean → segment → translate → align → check → write. */
@NullMarked
package org.tarjama.pipeline;

import org.jspecify.annotations.NullMarked;
