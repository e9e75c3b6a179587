/** The {@code deepl} backend: DeepL API v2 {@code /v2/translate}, Free or Pro host chosen from the key. */
@NullMarked
package org.tarjama.translate.deepl;

import org.jspecify.annotations.NullMarked;
