/** The {@code azure} backend: Azure AI Translator, Text API 3.0. */
@NullMarked
package org.tarjama.translate.azure;

import org.jspecify.annotations.NullMarked;
