/**
 * The translation stage: the {@link org.tarjama.translate.Translator} SPI that backends implement, the
 * failures they report, and the engine that feeds them batches.
 */
@NullMarked
package org.tarjama.translate;

import org.jspecify.annotations.NullMarked;
