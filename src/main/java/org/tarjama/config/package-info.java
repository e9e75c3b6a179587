/**
 * Where backend settings come from, in layers (flag, then environment, then the YAML config file), and how
 * {@code --backend auto} picks a backend.
 */
@NullMarked
package org.tarjama.config;

import org.jspecify.annotations.NullMarked;
