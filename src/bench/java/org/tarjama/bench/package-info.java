/** Benchmarks, run with the Maven profile {@code bench}; never part of the unit tests. */
package org.tarjama.bench;
