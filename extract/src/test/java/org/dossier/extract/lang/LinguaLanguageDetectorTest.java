package org.dossier.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Loads the shared models once for the class (about 2 s). */
class LinguaLanguageDetectorTest {
  private final LanguageDetector detector = LinguaLanguageDetector.shared();

  @Test
  void namesCommonNewsLanguages() {
    assertEquals("en", detector.detect("The foreign ministers met on Tuesday to discuss the new trade agreement."));
    assertEquals("de", detector.detect("Die Außenminister trafen sich am Dienstag, um über das neue Abkommen zu sprechen."));
    assertEquals("fr", detector.detect("Les ministres se sont réunis mardi pour discuter du nouvel accord commercial."));
    assertEquals("ru", detector.detect("Министры иностранных дел встретились во вторник, чтобы обсудить соглашение."));
    assertEquals("uk", detector.detect("Міністри закордонних справ зустрілися у вівторок, щоб обговорити нову угоду."));
    assertEquals("ko", detector.detect("외교부 장관들은 화요일에 만나 새로운 무역 협정에 대해 논의했습니다."));
  }

  @Test
  void tooLittleTextOrNoneIsUnknown() {
    assertNull(detector.detect("Breaking news"));
    assertNull(detector.detect("12:45 — 2025-06-04 — 100%"));
    assertNull(detector.detect(""));
    assertNull(detector.detect(null));
  }

  @Test
  void onlyTheStartOfALongTextIsExamined() {
    String english = "Officials said the negotiations would continue next week in the capital. ".repeat(40);
    String german = "Die Verhandlungen sollen in der kommenden Woche fortgesetzt werden. ".repeat(200);
    assertEquals("en", detector.detect(english + german));
  }

  @Test
  void theSharedDetectorIsOne() {
    assertSame(LinguaLanguageDetector.shared(), LinguaLanguageDetector.shared());
  }
}
