/** The read stage: finds input files and decodes their bytes (UTF-8, UTF-16 with BOM, Windows-1256, ISO-8859-6). */
@NullMarked
package org.tarjama.io;

import org.jspecify.annotations.NullMarked;
