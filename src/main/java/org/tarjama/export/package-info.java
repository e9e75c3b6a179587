/** The write stage: corpus formats (JSONL, TMX 1.4b, Moses, TSV), per-article JSON and the run report. */
@NullMarked
package org.tarjama.export;

import org.jspecify.annotations.NullMarked;
