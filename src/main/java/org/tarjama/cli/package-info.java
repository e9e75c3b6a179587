/** The command line: thin picocli commands that build a config and call the library. */
@NullMarked
package org.tarjama.cli;

import org.jspecify.annotations.NullMarked;
