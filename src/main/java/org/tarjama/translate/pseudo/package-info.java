/** The {@code pseudo} backend: deterministic, reversible pseudo-translation for tests. */
@NullMarked
package org.tarjama.translate.pseudo;

import org.jspecify.annotations.NullMarked;
