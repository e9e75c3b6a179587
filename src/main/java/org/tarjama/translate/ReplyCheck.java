package org.tarjama.translate;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a backend's reply to one segment is a translation worth keeping, whatever the backend: not empty, not
 * the Arabic source handed back, not mostly Arabic script, and not a model talking (commentary, a refusal, or an
 * instruction hidden in the source obeyed instead of translated). A reply equal to a source with no Arabic letters
 * (a Latin-script name, a number, a URL, punctuation) is a translation. The engine runs this on every reply before
 * it is counted or stored; {@code tarjama tm check} runs it on what a memory already holds.
 */
public final class ReplyCheck {

  /** At or above this share of Arabic letters among its letters, a reply is not English (as the untranslated flag). */
  static final double ARABIC_SHARE = 0.5;
  /** English runs at most about 1.5 times the Arabic in characters; far beyond that, something was added. */
  private static final int GROWTH = 4;
  private static final int SLACK = 40;

  /**
   * How a model opens talk instead of a translation; narrow enough that news prose (which quotes people saying
   * "I cannot accept…") does not match.
   */
  private static final Pattern OPENING = Pattern.compile("(?i)^\\W*(here(?: is|'s| are) (?:the|your|a|an|my) "
      + "(?:english |requested |full )?(?:translation|poem|version|answer|response)"
      + "|(?:sure|certainly|of course|okay|absolutely)[,!.]?\\s+here(?: is|'s| are)\\b|(?:english )?translation:|note:"
      + "|i (?:cannot|can't|am unable to|'m unable to|won't|will not) (?:translate|help|assist|comply|fulfil)"
      + "|i'm sorry, but|i am sorry, but)");
  /** A model speaking of itself or of its task anywhere in the reply. */
  private static final Pattern SELF = Pattern.compile("(?i)\\bas an ai\\b|\\bas a (?:large )?language model\\b"
      + "|\\bhere(?: is|'s) (?:the|your|my) (?:english )?translation\\b|[(\\[]\\s*(?:note|translator'?s? note|n\\.b\\.)\\s*:");
  /** A model reporting that it dropped its instructions, wherever it says so. */
  private static final Pattern IGNORED_INSTRUCTIONS = Pattern.compile("(?i)\\bI(?: have|'ve| will|'ll)?(?: now)?"
      + " (?:ignor|disregard)\\w* (?:all |any )?(?:of )?(?:the |your |my |these |those )?"
      + "(?:previous |prior |above |earlier |preceding |original )?(?:instructions|rules|guidelines)");
  /** The model saying it did what an instruction asked ("I have ignored all previous instructions…"). */
  private static final Pattern COMPLIED = Pattern.compile("(?i)\\bI(?: have|'ve| will|'ll| am|'m)?(?: now)?"
      + " (?:ignor|disregard|forg[eo]t|compl[iy]|follow|stop(?:ped)? translat)\\w*");
  /**
   * An instruction addressed to a model inside the Arabic source: ignore/forget the (previous) instructions, do
   * not translate, you are now…
   */
  private static final Pattern INSTRUCTION = Pattern.compile("(?<!\\p{L})[وف]?(?:تجاهل|انس|إنس|أهمل)(?:ي|وا|ا)?\\s+(?:\\S+\\s+){0,2}"
      + "(?:التعليمات|الأوامر|التوجيهات|تعليمات|ما سبق)|لا تترجم|توقف عن الترجمة|بدلا من الترجمة|بدلاً من الترجمة"
      + "|أنت الآن|انت الآن");
  /** What a faithful English rendering of such an instruction contains. */
  private static final Pattern INSTRUCTION_EN = Pattern.compile("(?i)\\b(?:instruction|order|command|directive"
      + "|guideline|direction|translat|you are now|above|preceding|previous)");
  /** First-person forms of the verbs an injected instruction uses, which make a first-person English reply faithful. */
  private static final Pattern FIRST_PERSON_AR = Pattern.compile("(?:تجاهلت|سأتجاهل|أتجاهل|نسيت|سأنسى|توقفت)");

  /** A question mark in any of the forms a translation may keep it (the pseudo backend writes ⸮). */
  private static final Pattern QUESTION = Pattern.compile("[?؟⸮¿]");

  private ReplyCheck() {
  }

  /** Why {@code target} is not a translation of {@code source} to keep, or empty when it is one. */
  public static Optional<String> problem(String source, String target) {
    String reply = target.strip();
    if (reply.isEmpty()) return Optional.of("empty translation");
    int sourceArabic = arabicLetters(source);
    if (sourceArabic > 0 && squash(reply).equals(squash(source))) return Optional.of("the reply repeats the Arabic source");
    int arabic = arabicLetters(reply);
    int letters = (int) reply.codePoints().filter(Character::isLetter).count();
    if (arabic > 0 && arabic >= ARABIC_SHARE * letters) {
      return Optional.of("the reply is mostly Arabic script (" + arabic + " of " + letters + " letters): " + start(reply));
    }
    if (OPENING.matcher(reply).find() || SELF.matcher(reply).find()) {
      return Optional.of("the reply comments instead of translating: " + start(reply));
    }
    boolean sourceSaysI = FIRST_PERSON_AR.matcher(source).find();
    if (IGNORED_INSTRUCTIONS.matcher(reply).find() && !sourceSaysI) {
      return Optional.of("the reply speaks for the model instead of translating: " + start(reply));
    }
    if (INSTRUCTION.matcher(source).find()) {
      boolean obeyed = COMPLIED.matcher(reply).find() && !sourceSaysI;
      if (obeyed || !INSTRUCTION_EN.matcher(reply).find()) {
        return Optional.of("the source holds an instruction and the reply follows it instead of translating it: "
            + start(reply));
      }
    }
    if (QUESTION.matcher(source).find() && !QUESTION.matcher(reply).find()) {
      return Optional.of("the source asks a question and the reply has no question mark (an answer, not a translation): "
          + start(reply));
    }
    boolean addedLines = reply.contains("\n") && !source.strip().contains("\n");
    if (addedLines || reply.codePointCount(0, reply.length()) > GROWTH * source.codePointCount(0, source.length()) + SLACK) {
      return Optional.of("the reply is far longer than the source (something was added): " + start(reply));
    }
    return Optional.empty();
  }

  private static int arabicLetters(String text) {
    return (int) text.codePoints()
        .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
  }

  /** The text without white space, so a reply that only re-spaces the source still counts as the source. */
  private static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String start(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
  }
}
