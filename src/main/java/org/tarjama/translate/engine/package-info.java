/**
 * The concurrent translation engine and its middleware. Segments of many articles are packed into requests
 * across article boundaries, several requests are in flight, and each request passes a stack of
 * {@link org.tarjama.translate.engine.Middleware} stages in OkHttp's interceptor style:
 * caller's middleware, then memory, retry, in-flight limit, circuit breaker, rate limit and the backend call
 * (see {@link org.tarjama.translate.engine.ConcurrentEngine#stack}).
 */
@NullMarked
package org.tarjama.translate.engine;

import org.jspecify.annotations.NullMarked;
