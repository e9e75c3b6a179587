/** The read stage: finds input files, gives them unique ids, and decodes their bytes without garbling them (UTF-8, UTF-16, Windows-1256, ISO-8859-6). */
@NullMarked
package org.tarjama.io;

import org.jspecify.annotations.NullMarked;
