/**
 * The translation memory: every translation a backend returned, kept in an embedded SQLite file and keyed by
 * backend, model, options and the normalised source sentence, so that no sentence is paid for twice.
 */
@NullMarked
package org.tarjama.memory;

import org.jspecify.annotations.NullMarked;
