/** tarjama: Arabic articles to English translations and Arabic–English parallel corpora. Start at {@link org.tarjama.Tarjama}. */
@NullMarked
package org.tarjama;

import org.jspecify.annotations.NullMarked;
