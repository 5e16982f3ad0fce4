package org.dossier.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Short forms of person names join a full name only when it fits and the context picks one. */
class PersonNamesTest {
  private static final Map<String, String> GIVEN = Map.of("anna", "female", "robert", "male", "joe", "male",
      "hunter", "male");
  private static final Map<String, String> GENDERED = Map.of("mr", "male", "mrs", "female", "ms", "female");

  private static PersonNames.At at(int offset, int sentence) {
    return new PersonNames.At(offset, sentence);
  }

  private static PersonNames names() {
    return new PersonNames(GIVEN, GENDERED);
  }

  @Test
  void aSurnameJoinsTheOnlyFullNameThatFits() {
    PersonNames p = names();
    p.add(at(0, 0), "Anna Smith", null);
    assertEquals("Anna Smith", p.resolve(at(100, 3), "Smith", null));
    assertEquals("Anna Smith", p.resolve(at(120, 4), "Anna", null));
    assertEquals("Jones", p.resolve(at(140, 5), "Jones", null));
  }

  @Test
  void aFamilyNameOfSeveralWordsJoinsTheFullName() {
    PersonNames p = names();
    p.add(at(0, 0), "Ursula von der Leyen", null);
    p.add(at(90, 2), "von der Leyen", null);
    assertEquals("Ursula von der Leyen", p.resolve(at(90, 2), "von der Leyen", null));
    assertEquals("der Leyen Group", p.resolve(at(120, 3), "der Leyen Group", null));
  }

  @Test
  void twoPeopleSharingASurnameNamedTogetherLeaveTheSurnameAlone() {
    PersonNames p = names();
    p.add(at(0, 0), "Anna Smith", null);
    p.add(at(20, 0), "Robert Smith", null);
    assertEquals("Smith", p.resolve(at(300, 5), "Smith", null));
  }

  @Test
  void theGivenNameUsedAloneMarksTheOtherAsTheSurnameBearer() {
    PersonNames p = names();
    p.add(at(0, 0), "Joe Biden", null);
    p.add(at(40, 1), "Hunter Biden", null);
    p.addAlone("Hunter");
    assertEquals("Hunter Biden", p.resolve(at(80, 2), "Hunter", null));
    assertEquals("Joe Biden", p.resolve(at(120, 3), "Biden", null));
  }

  @Test
  void aTitleOrACourtesyTitlePicksThePerson() {
    PersonNames p = names();
    p.add(at(0, 0), "Joe Biden", "president");
    p.add(at(40, 0), "Hunter Biden", null);
    assertEquals("Joe Biden", p.resolve(at(200, 4), "Biden", "president"));
    PersonNames q = names();
    q.add(at(0, 0), "Anna Smith", null);
    q.add(at(20, 0), "Robert Smith", null);
    assertEquals("Anna Smith", q.resolve(at(300, 5), "Smith", "mrs"));
    assertEquals("Robert Smith", q.resolve(at(320, 6), "Smith", "mr"));
  }

  @Test
  void aSurnameKeepsThePersonItAlreadyNamedWhenANamesakeComesIn() {
    PersonNames p = names();
    p.add(at(0, 0), "Joe Biden", null);
    p.add(at(300, 6), "Hunter Biden", null);
    assertEquals("Joe Biden", p.resolve(at(100, 2), "Biden", null));
    assertEquals("Joe Biden", p.resolve(at(340, 7), "Biden", null)); // not the son named just before
  }

  @Test
  void theLastNamedWinsOnlyWhenTheOtherIsFurtherBack() {
    PersonNames p = names();
    p.add(at(0, 0), "Joe Biden", null);
    p.add(at(200, 6), "Hunter Biden", null);
    assertEquals("Hunter Biden", p.resolve(at(240, 7), "Biden", null));
    PersonNames q = names();
    q.add(at(0, 0), "Joe Biden", null);
    q.add(at(200, 6), "Hunter Biden", null);
    assertEquals("Biden", q.resolve(at(600, 15), "Biden", null)); // both far back: no guess
  }

  @Test
  void initialsSuffixesAndShortGivenNamesAreOneSpelling() {
    PersonNames p = names();
    p.add(at(0, 0), "Patrick Dunmore Jr.", null);
    p.add(at(50, 1), "Patrick W. Dunmore", null);
    p.add(at(90, 2), "Pat Dunmore", null);
    assertEquals("Patrick Dunmore Jr.", p.resolve(at(50, 1), "Patrick W. Dunmore", null));
    assertEquals("Patrick Dunmore Jr.", p.resolve(at(90, 2), "Pat Dunmore", null));
    assertEquals("Patrick Dunmore Jr.", p.resolve(at(130, 3), "Dunmore", null));
    p.add(at(150, 4), "Paul Dunmore", null); // another Dunmore: the short given name "Pa" is too short to join
    assertEquals("Paul Dunmore", p.resolve(at(150, 4), "Paul Dunmore", null));
  }
}
