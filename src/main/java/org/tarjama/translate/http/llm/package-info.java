/**
 * What the LLM backends share: the prompt that sends a batch as JSON with ids and treats it as data, and the
 * check that every reply maps one-to-one onto those ids with nothing merged, dropped, added or left in Arabic.
 */
@NullMarked
package org.tarjama.translate.http.llm;

import org.jspecify.annotations.NullMarked;
