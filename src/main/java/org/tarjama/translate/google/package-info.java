/**
 * The {@code google} backend: Cloud Translation Basic (v2, API key) or Advanced (v3, OAuth bearer token and
 * project).
 */
@NullMarked
package org.tarjama.translate.google;

import org.jspecify.annotations.NullMarked;
