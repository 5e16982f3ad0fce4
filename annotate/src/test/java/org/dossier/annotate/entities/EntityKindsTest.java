package org.dossier.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.dossier.annotate.Articles;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.junit.jupiter.api.Test;

/** Kinds voted over an article's mentions, names that are no names, and joined short forms. */
class EntityKindsTest {
  private static final EntityAnnotator ENTITIES = EntityAnnotator.standard();

  private static List<EntityMention> mentions(String text) {
    return ENTITIES.annotate(Articles.of(text, "2024-05-15"), List.of()).stream().map(EntityMention.class::cast)
        .toList();
  }

  private static EntityMention at(List<EntityMention> found, String text, int nth) {
    return found.stream().filter(m -> m.text().equals(text)).skip(nth).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in " + found));
  }

  @Test
  void aCompanyIsAnOrganisationWhateverItsNameLooksLike() {
    List<EntityMention> m = mentions("BrightLoop said its shares fell 5% on Monday. Marlow Jennings, the furniture "
        + "retailer, said its sales rose, and shares of Marlow Jennings climbed. Tessa Marlow, a spokeswoman for "
        + "the city, said she was pleased.");
    assertEquals(EntityKind.ORGANIZATION, at(m, "BrightLoop", 0).kind());
    assertEquals(EntityKind.ORGANIZATION, at(m, "Marlow Jennings", 1).kind());
    assertEquals(EntityKind.PERSON, at(m, "Tessa Marlow", 0).kind()); // the trap: a person described as one
  }

  @Test
  void companyShortFormsAndWebAddressesJoinTheirFullName() {
    List<EntityMention> m = mentions("Prices rose, according to Pricefield.com, a car data firm. Pricefield expects "
        + "sales to fall. NASA picked Tessaro Orbital Systems Inc for the job, and Tessaro will build the probe.");
    assertEquals("Pricefield.com", at(m, "Pricefield", 0).entity());
    assertEquals(EntityKind.ORGANIZATION, at(m, "Pricefield", 0).kind());
    assertEquals("Tessaro Orbital Systems Inc", at(m, "Tessaro", 0).entity());
  }

  @Test
  void aPlaceOpeningACompanysNameStaysAPlace() {
    List<EntityMention> m = mentions("The Millbrook Volunteer Fire Company rescued six people. Water covered "
        + "the streets of Millbrook on Sunday, residents said.");
    assertEquals("Millbrook", at(m, "Millbrook", 0).entity());
    assertTrue(at(m, "Millbrook", 0).kind() != EntityKind.ORGANIZATION);
  }

  @Test
  void placeAndEquipmentCues() {
    List<EntityMention> m = mentions("The report came from Carvex, a Sugar Creek-based provider of data. "
        + "Engineers said the Silver Heron lander would fly next year. The missile fell off Varnholm.");
    assertEquals(EntityKind.LOCATION, at(m, "Sugar Creek", 0).kind());
    assertEquals(EntityKind.EQUIPMENT, at(m, "Silver Heron", 0).kind());
    assertEquals(EntityKind.LOCATION, at(m, "Varnholm", 0).kind());
  }

  @Test
  void titleCasePhrasesOfSongsAndSlogansAreNoNames() {
    List<EntityMention> m = mentions("Fans sang Take It Easy, the band's hit, as the show ended. Later the crowd "
        + "chanted We're Not Gonna Take It before going home. The Deputy Director declined to comment.");
    assertTrue(m.stream().noneMatch(x -> x.text().contains("Take") || x.text().contains("Gon")
        || x.text().contains("Not")), m.toString());
    assertTrue(m.stream().noneMatch(x -> x.text().equals("Deputy Director")), m.toString());
  }

  @Test
  void rolesFragmentsAndPostsAreNoNames() {
    List<EntityMention> m = mentions("CALDER GAP — Defence Secretary Mara Lind visited on Monday. By Ann Roe, "
        + "Gazette Staff Writer.");
    assertTrue(m.stream().noneMatch(x -> x.text().equals("Defence") || x.text().equals("CALDER")
        || x.text().contains("Staff Writer")), m.toString());
    assertEquals(EntityKind.PERSON, at(m, "Mara Lind", 0).kind());
  }

  @Test
  void anOrganisationsHeadWordAloneIsThatOrganisation() {
    List<EntityMention> m = mentions("The Borough Council voted on Monday to declare an emergency. Council also "
        + "moved money from the reserve fund. The Harlan County Council did not meet.");
    assertEquals("Borough Council", at(m, "Council", 0).entity());
  }

  @Test
  void aPossessiveInsideATaggedNamePartsAnOwnerFromWhatItOwns() {
    List<EntityMention> m = mentions("Ada Kerr works at Norland University's Center for Coastal Studies. "
        + "Her case went to Westminster Magistrate's Court in London.");
    assertTrue(m.stream().noneMatch(x -> x.text().contains("University's")), m.toString());
    assertTrue(m.stream().noneMatch(x -> x.text().equals("Court") || x.text().equals("Westminster Magistrate")),
        m.toString());
  }

  @Test
  void aCountrysMilitaryIsAnOrganisationButMilitaryAsAnAdjectiveIsNot() {
    List<EntityMention> m = mentions("South Korea's military said on Monday that 300 soldiers had crossed. "
        + "The U.S. military estimated more. Russian military efforts continued.");
    assertEquals("Armed Forces of South Korea", at(m, "South Korea's military", 0).entity());
    assertEquals(EntityKind.ORGANIZATION, at(m, "South Korea's military", 0).kind());
    assertEquals("Armed Forces of United States", at(m, "U.S. military", 0).entity());
    assertTrue(m.stream().noneMatch(x -> x.text().contains("Russian military")), m.toString());
  }

  @Test
  void theNorthIsTheOnePlaceCalledNorthTheArticleNames() {
    List<EntityMention> m = mentions("North Korea fired a missile on Monday. The South protested, and the North "
        + "said the test was routine.");
    assertEquals("North Korea", at(m, "North", 0).entity());
    assertTrue(m.stream().noneMatch(x -> x.text().equals("South") && x.entity().equals("North Korea")), m.toString());
  }

  @Test
  void aPlacesInstitutionInLowerCaseIsAnEntity() {
    List<EntityMention> m = mentions("The Patagonia health authority reported a new case on Sunday. He stayed "
        + "at the Chilean embassy in Lima for a year.");
    assertEquals(EntityKind.ORGANIZATION, at(m, "Patagonia health authority", 0).kind());
    assertEquals("Chilean embassy", at(m, "Chilean embassy", 0).entity());
  }

  @Test
  void aSurnameAfterTwoNamesakesGoesWhereTheContextPoints() {
    List<EntityMention> m = mentions("Joe Biden spoke in Ohio on Monday. His son Hunter Biden stayed in Delaware. "
        + "Hunter has kept out of sight for weeks. Reporters waited for hours in the rain outside the hall. "
        + "Biden said the economy was strong.");
    assertEquals("Hunter Biden", at(m, "Hunter", 0).entity());
    assertEquals("Joe Biden", at(m, "Biden", 0).entity());
  }

  @Test
  void aSurnameStaysWithThePersonItNamedBeforeANamesakeCameIn() {
    List<EntityMention> m = mentions("Joe Biden toured a factory in Ohio on Monday. Biden praised the workers. "
        + "His son Hunter Biden was questioned by lawmakers the same day. Biden said the hearing was unfair.");
    assertEquals("Joe Biden", at(m, "Biden", 0).entity());
    assertEquals("Joe Biden", at(m, "Biden", 1).entity());
  }

  @Test
  void aSurnameJoinsAFullNameOnlyWhenNoNamesakeIsNamed() {
    List<EntityMention> alone = mentions("Anna Smith opened the bakery in 1990. Smith said business was good.");
    assertEquals("Anna Smith", at(alone, "Smith", 0).entity());
    List<EntityMention> two = mentions("Anna Smith and Robert Smith opened the bakery in 1990. The town grew "
        + "around it over the years. Smith said business was good.");
    assertEquals("Smith", at(two, "Smith", 0).entity());
  }

  @Test
  void aNameInCapitalsTakesTheArticlesSpelling() {
    List<EntityMention> m = mentions("SEOUL — Talks resumed on Monday. Officials in Seoul said more were planned.");
    assertEquals("Seoul", at(m, "SEOUL", 0).entity());
  }

  @Test
  void longListsOfNamesAndCapitalsStayBounded() {
    StringBuilder names = new StringBuilder("The winners were ");
    for (int i = 0; i < 150; i++) names.append("Anna Smith").append(i % 7).append(", ");
    names.append("and Robert Smith. Smith said he was glad.");
    String caps = "THE BOARD OF ACME CORP SAID ITS SHARES WOULD RISE. ".repeat(40);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      mentions(names.toString());
      mentions(caps);
    });
  }
}
