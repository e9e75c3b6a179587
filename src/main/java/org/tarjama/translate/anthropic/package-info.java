/** The {@code anthropic} backend: the Anthropic Messages API, with the same JSON-with-ids contract as openai. */
@NullMarked
package org.tarjama.translate.anthropic;

import org.jspecify.annotations.NullMarked;
