/**
 * The {@code command} backend: any local engine (Marian, CTranslate2, a script) run as a process, one segment
 * per line in, one translation per line out.
 */
@NullMarked
package org.tarjama.translate.command;

import org.jspecify.annotations.NullMarked;
