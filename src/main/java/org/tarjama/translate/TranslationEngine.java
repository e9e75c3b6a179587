package org.tarjama.translate;

import java.io.IOException;
import java.util.Iterator;
import org.tarjama.model.Article;

/**
 * Drives a backend over a stream of articles: packs their segments into requests, and hands each article
 * to the sink once all its segments have an outcome. Articles are pulled lazily so memory stays flat.
 */
public interface TranslationEngine {

  EngineReport run(Iterator<Article> articles, ArticleSink sink) throws IOException;
}
