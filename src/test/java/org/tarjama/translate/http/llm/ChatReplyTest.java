package org.tarjama.translate.http.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjama.translate.BackendException.MalformedReply;
import org.tarjama.translate.TranslationItem;
import org.tarjama.translate.http.Fixtures;

class ChatReplyTest {

  private static final List<TranslationItem> TWO = List.of(new TranslationItem("a", Fixtures.AR1),
      new TranslationItem("b", Fixtures.AR2));

  private static List<String> read(String content) throws MalformedReply {
    return ChatReply.read("llm", content, TWO);
  }

  private static String rejection(String content) {
    return assertThrows(MalformedReply.class, () -> read(content)).getMessage();
  }

  private static String reply(String en1, String en2) {
    return "{\"translations\":[{\"id\":\"1\",\"en\":\"" + en1 + "\"},{\"id\":\"2\",\"en\":\"" + en2 + "\"}]}";
  }

  @Test
  void entriesAreMatchedByIdNotPosition() throws Exception {
    assertEquals(List.of(Fixtures.EN1, Fixtures.EN2), read("{\"translations\":[{\"id\":\"2\",\"en\":\"" + Fixtures.EN2
        + "\"},{\"id\":\"1\",\"en\":\"" + Fixtures.EN1 + "\"}]}"));
  }

  @Test
  void numericIdsAndSurroundingSpaceAreAccepted() throws Exception {
    assertEquals(List.of("One.", "Two."), read("  {\"translations\":[{\"id\":1,\"en\":\" One. \"},{\"id\":2,\"en\":\"Two.\"}]}\n"));
  }

  @Test
  void reasoningBlockIsStripped() throws Exception {
    assertEquals(List.of("One.", "Two."), read("<think>\nid 1 is a statement; {\"fake\":true}\n</think>\n" + reply("One.", "Two.")));
  }

  @Test
  void newsProseThatLooksConversationalIsKept() throws Exception {
    List<String> prose = List.of("\\\"I cannot accept this,\\\" the minister said.", "Here are the details of the agreement.");
    assertEquals(List.of("\"I cannot accept this,\" the minister said.", "Here are the details of the agreement."),
        read(reply(prose.get(0), prose.get(1))));
  }

  @Test
  void eachFaultIsNamed() {
    assertEquals("llm: reply is not the JSON object asked for; it begins: Sure! Here you go: {\"translations\":[]}",
        rejection("Sure! Here you go: {\"translations\":[]}"));
    assertEquals("llm: reply is not one complete JSON object (cut off, or text after it): {\"translations\":[{\"id\":\"1\"",
        rejection("{\"translations\":[{\"id\":\"1\""));
    assertEquals("llm: no translation for id 2 of 2 (items merged or dropped)",
        rejection("{\"translations\":[{\"id\":\"1\",\"en\":\"One. Two.\"}]}"));
    assertEquals("llm: id 1 answered twice (an item split or repeated)",
        rejection("{\"translations\":[{\"id\":\"1\",\"en\":\"One.\"},{\"id\":\"1\",\"en\":\"More.\"},{\"id\":\"2\",\"en\":\"Two.\"}]}"));
    assertEquals("llm: empty translation for id 2 (merged into a neighbour?)", rejection(reply("One. Two.", " ")));
    assertEquals("llm: Arabic left in the translation of id 1: Tehran وقعتا the deal", rejection(reply("Tehran وقعتا the deal", "Two.")));
    assertEquals("llm: commentary instead of a translation for id 2: Note: this is a loose rendering",
        rejection(reply("One.", "Note: this is a loose rendering")));
    assertEquals("llm: reply has an extra field \"notes\" (commentary?)",
        rejection("{\"translations\":[],\"notes\":\"I kept names in Arabic\"}"));
    assertEquals("llm: reply has no \"translations\" list", rejection("{\"translations\":\"One. Two.\"}"));
  }

  @Test
  void translationFarLongerThanItsSourceIsRejected() {
    String essay = "word ".repeat(200).strip();
    assertEquals("commentary instead of a translation for id 2", rejection(reply("One.", essay)).substring(5, 49));
  }

  private static final List<TranslationItem> NUMBERED = List.of(new TranslationItem("a", "قتل ٢٥ شخصا في الهجوم."),
      new TranslationItem("b", "وقع الاتفاق عام 2019 بقيمة 1,500 مليون دولار."));

  @Test
  void translationsShuffledBetweenIdsAreCaughtByTheirNumbers() {
    String shuffled = reply("The agreement was signed in 2019, worth 1500 million dollars.", "25 people were killed in the attack.");
    assertEquals("llm: the numbers of id 1 [25] appear under id 2 instead (translations shuffled between ids)",
        assertThrows(MalformedReply.class, () -> ChatReply.read("llm", shuffled, NUMBERED)).getMessage());
  }

  @Test
  void numbersInTheirPlaceOrWrittenAsWordsPass() throws Exception {
    assertEquals(List.of("25 people were killed in the attack.", "The deal was signed in 2019, worth $1,500 million."),
        ChatReply.read("llm", reply("25 people were killed in the attack.", "The deal was signed in 2019, worth $1,500 million."),
            NUMBERED));
    assertEquals(List.of("Twenty-five people were killed.", "The deal was signed in 2019 for 1.5 billion dollars."),
        ChatReply.read("llm", reply("Twenty-five people were killed.", "The deal was signed in 2019 for 1.5 billion dollars."),
            NUMBERED));
  }

  @Test
  void numbersAreReadAcrossDigitSystemsAndSeparators() {
    assertEquals(java.util.Set.of("25", "2019", "1500"), ChatReply.numbers("٢٥ و2019 و١٬٥٠٠ و7"));
  }
}
