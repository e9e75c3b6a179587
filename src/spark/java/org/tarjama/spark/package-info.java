/**
 * The translate pipeline as an Apache Spark job: the same per-article work as the command line
 * ({@link org.tarjama.pipeline.ArticleWork}), the same backends and engine, run over partitions of a cluster.
 */
@NullMarked
package org.tarjama.spark;

import org.jspecify.annotations.NullMarked;
