/** The clean stage: Unicode normalisation of Arabic text and removal of site boilerplate, each removal with its reason. */
@NullMarked
package org.tarjama.clean;

import org.jspecify.annotations.NullMarked;
