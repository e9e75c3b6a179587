/** The {@code libretranslate} backend: a self-hosted or hosted LibreTranslate server ({@code POST /translate}). */
@NullMarked
package org.tarjama.translate.libretranslate;

import org.jspecify.annotations.NullMarked;
