/** Immutable values shared by every stage: articles, paragraphs, segments, spans and pairs. */
@NullMarked
package org.tarjama.model;

import org.jspecify.annotations.NullMarked;
