/**
 * The {@code gloss} backend: offline word-by-word English glosses from the FreeDict Arabic–English
 * dictionary (read at run time from the installed dictd files), with Arabic clitic and affix stripping.
 * Output reads like {@code and-said the-minister}; it is a crib, not a translation, and is never training data.
 */
@NullMarked
package org.tarjama.translate.gloss;

import org.jspecify.annotations.NullMarked;
