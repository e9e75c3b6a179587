/** The bilingual review page: a self-contained HTML file showing a run's pairs article by article. */
@NullMarked
package org.tarjama.review;

import org.jspecify.annotations.NullMarked;
