/**
 * What the HTTP backends share: the OkHttp client with its transport interceptors (user agent, auth, wire
 * log), JSON posting that turns every failure into a {@link org.tarjama.translate.BackendException},
 * {@code Retry-After} parsing, option reading and secret redaction.
 */
@NullMarked
package org.tarjama.translate.http;

import org.jspecify.annotations.NullMarked;
