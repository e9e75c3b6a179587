package org.tarjama.translate.http.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjama.translate.BackendException.MalformedReply;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.http.Json;

/**
 * Reads a chat model's answer to a {@link ChatPrompt} and checks it before anything is kept: a JSON object
 * {@code {"translations":[{"id","en"}]}} and nothing around it (reasoning in {@code <think>} and a code fence
 * are tolerated), every id sent answered exactly once and no other, and each translation non-empty, free of
 * Arabic letters and of commentary. Entries may come in any order; they are matched by id. Anything else is
 * a {@link MalformedReply}, which the engine answers by splitting the batch.
 */
public final class ChatReply {

  private static final Pattern THINK = Pattern.compile("(?s)^\\s*<think>.*?</think>");
  private static final Pattern FENCE = Pattern.compile("(?s)^```(?:json)?\\s*(.*?)\\s*```$");
  /**
   * How a chat model opens commentary instead of a translation; narrow enough that news prose (which quotes
   * people saying "I cannot accept…") does not match.
   */
  private static final Pattern CHATTER = Pattern.compile("(?i)^(here(?: is|'s| are) (?:the|your|a|an|my) "
      + "(?:english |requested )?(?:translation|poem|version)|sure[,!]|certainly!|(?:english )?translation:|note:"
      + "|i (?:cannot|can't|am unable to|'m unable to) (?:translate|help|assist|comply|fulfil)|i'm sorry, but"
      + "|i am sorry, but|as an ai)");
  private static final Pattern NOTE = Pattern.compile("(?i)[(\\[]\\s*(note|translator'?s? note|n\\.b\\.)\\s*:");
  /** English runs at most about 1.5 times the Arabic in characters; far beyond that, something was added. */
  private static final int GROWTH = 4;
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,\u066C](?=\\d{3})");
  private static final Pattern NUMBER = Pattern.compile("\\d{2,}");
  private static final int SLACK = 40;

  private ChatReply() {
  }

  /** The translations of {@code batch}, in its order, from the model's {@code content}. */
  public static List<String> read(String backend, String content, List<TranslationItem> batch) throws MalformedReply {
    String text = unwrap(content);
    if (!text.startsWith("{")) {
      throw new MalformedReply(backend, "reply is not the JSON object asked for; it begins: " + start(text));
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new MalformedReply(backend, "reply is not one complete JSON object (cut off, or text after it): "
          + start(text));
    }
    onlyFields(backend, root, "reply", "translations");
    JsonNode entries = root.path("translations");
    if (!entries.isArray()) throw new MalformedReply(backend, "reply has no \"translations\" list");
    Map<String, String> byId = new LinkedHashMap<>();
    for (JsonNode entry : entries) {
      onlyFields(backend, entry, "translation entry", "id", "en");
      JsonNode id = entry.path("id");
      JsonNode en = entry.path("en");
      if (!(id.isTextual() || id.isIntegralNumber()) || !en.isTextual()) {
        throw new MalformedReply(backend, "translation entry without a string id and en: " + start(entry.toString()));
      }
      if (byId.put(id.asText(), en.asText()) != null) {
        throw new MalformedReply(backend, "id " + id.asText() + " answered twice (an item split or repeated)");
      }
    }
    List<String> out = new ArrayList<>(batch.size());
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      String en = byId.remove(ChatPrompt.id(i));
      if (en == null) {
        missing.add(ChatPrompt.id(i));
        continue;
      }
      out.add(checked(backend, ChatPrompt.id(i), batch.get(i).text(), en.strip()));
    }
    if (!missing.isEmpty()) {
      throw new MalformedReply(backend, "no translation for id " + String.join(", ", missing) + " of "
          + batch.size() + " (items merged or dropped)");
    }
    if (!byId.isEmpty()) {
      throw new MalformedReply(backend, "translations for ids never sent: " + String.join(", ", byId.keySet()));
    }
    checkNumbersStayWithTheirIds(backend, batch, out);
    return out;
  }

  /**
   * Ids can be right in form yet attached to the wrong texts. Numbers show it: when the numbers of source i
   * are missing from translation i but all found in another translation, whose source lacks them, the
   * translations were shuffled between ids. Numbers written out as words only make this check stay silent.
   */
  private static void checkNumbersStayWithTheirIds(String backend, List<TranslationItem> batch, List<String> out)
      throws MalformedReply {
    List<Set<String>> sources = batch.stream().map(i -> numbers(i.text())).toList();
    List<Set<String>> targets = out.stream().map(ChatReply::numbers).toList();
    for (int i = 0; i < batch.size(); i++) {
      Set<String> wanted = sources.get(i);
      if (wanted.isEmpty() || targets.get(i).containsAll(wanted)) continue;
      for (int j = 0; j < batch.size(); j++) {
        if (j != i && targets.get(j).containsAll(wanted) && !sources.get(j).containsAll(wanted)) {
          throw new MalformedReply(backend, "the numbers of id " + ChatPrompt.id(i) + " " + wanted
              + " appear under id " + ChatPrompt.id(j) + " instead (translations shuffled between ids)");
        }
      }
    }
  }

  /** The numbers of two or more digits in {@code text}, Arabic-Indic digits read as ASCII, thousands separators dropped. */
  static Set<String> numbers(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    text.codePoints().forEach(c -> ascii.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
    Set<String> found = new TreeSet<>();
    Matcher m = NUMBER.matcher(THOUSANDS.matcher(ascii).replaceAll(""));
    while (m.find()) found.add(m.group());
    return found;
  }

  /** The reply without leading reasoning or a surrounding code fence. */
  static String unwrap(String content) {
    String text = THINK.matcher(content).replaceFirst("").strip();
    Matcher fence = FENCE.matcher(text);
    return fence.matches() ? fence.group(1).strip() : text;
  }

  private static String checked(String backend, String id, String source, String en) throws MalformedReply {
    if (en.isEmpty()) {
      throw new MalformedReply(backend, "empty translation for id " + id + " (merged into a neighbour?)");
    }
    if (en.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
      throw new MalformedReply(backend, "Arabic left in the translation of id " + id + ": " + start(en));
    }
    boolean addedLines = en.contains("\n") && !source.contains("\n");
    boolean grew = en.codePointCount(0, en.length()) > GROWTH * source.codePointCount(0, source.length()) + SLACK;
    if (CHATTER.matcher(en).find() || NOTE.matcher(en).find() || addedLines || grew) {
      throw new MalformedReply(backend, "commentary instead of a translation for id " + id + ": " + start(en));
    }
    return en;
  }

  private static void onlyFields(String backend, JsonNode node, String what, String... allowed) throws MalformedReply {
    if (!node.isObject()) throw new MalformedReply(backend, what + " is not a JSON object: " + start(node.toString()));
    List<String> allowedList = List.of(allowed);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowedList.contains(name)) {
        throw new MalformedReply(backend, what + " has an extra field \"" + name + "\" (commentary?)");
      }
    }
  }

  private static String start(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.isEmpty() ? "(nothing)" : oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
  }
}
