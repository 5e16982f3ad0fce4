package org.dossier.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.annotate.Articles;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.junit.jupiter.api.Test;

class EntityAnnotatorTest {
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
  void shortNamesAndSpellingVariantsResolveToTheFullName() {
    List<EntityMention> m = mentions("Hungarian minister Peter Szijjarto met Lee Jae-myung in Seoul. "
        + "Szijjarto later said Lee Jae Myung had agreed. Lee smiled.");
    assertEquals("Peter Szijjarto", at(m, "Szijjarto", 0).entity());
    assertEquals("Lee Jae Myung", at(m, "Lee Jae-myung", 0).entity());
    assertEquals("Lee Jae Myung", at(m, "Lee", 0).entity());
  }

  @Test
  void acronymsAndAliasesResolveThroughTheLexicon() {
    List<EntityMention> m = mentions("The DPRK and the ROK exchanged fire, Yonhap News Agency reported.");
    assertEquals("North Korea", at(m, "DPRK", 0).entity());
    assertEquals("South Korea", at(m, "ROK", 0).entity());
    assertEquals("Yonhap", at(m, "Yonhap News Agency", 0).entity());
    assertEquals(EntityKind.ORGANIZATION, at(m, "Yonhap News Agency", 0).kind());
  }

  @Test
  void acronymDefinedInTheTextResolvesToItsLongForm() {
    List<EntityMention> m = mentions("The Baltic Ports Authority (BPA) closed two docks. BPA gave no reason.");
    assertEquals("Baltic Ports Authority", at(m, "BPA", 1).entity());
  }

  @Test
  void capitalAsSpeakerStandsForItsCountry() {
    List<EntityMention> m = mentions("Beijing rejected the accusation. Reporters gathered in Beijing on Monday.");
    assertEquals("China", at(m, "Beijing", 0).entity());
    assertEquals("Beijing", at(m, "Beijing", 1).entity());
  }

  @Test
  void roleDescriptionResolvesToThePersonTheArticleNames() {
    List<EntityMention> m = mentions("Ukrainian President Volodymyr Zelensky visited Berlin. "
        + "The Ukrainian president asked for air defence systems.");
    assertEquals("Volodymyr Zelensky", at(m, "The Ukrainian president", 0).entity());
  }

  @Test
  void unboundRoleDescriptionIsDropped() {
    List<EntityMention> m = mentions("The French president asked for calm.");
    assertTrue(m.stream().noneMatch(x -> x.text().contains("president")), m.toString());
  }

  @Test
  void pronounsAreNoEntities() {
    List<EntityMention> m = mentions("Maria Chen said she would run again. He disagreed with her.");
    assertTrue(m.stream().noneMatch(x -> x.text().equalsIgnoreCase("she") || x.text().equalsIgnoreCase("he")
        || x.text().equals("her")), m.toString());
  }

  @Test
  void ministriesAndStateMediaByCountry() {
    List<EntityMention> m = mentions("Russia's transport ministry announced new flights. Later the transport "
        + "ministry added a route, Iranian state media said.");
    assertEquals("Ministry of Transport of Russia", at(m, "Russia's transport ministry", 0).entity());
    assertEquals("Ministry of Transport of Russia", at(m, "transport ministry", 0).entity());
    assertEquals("IRNA", at(m, "Iranian state media", 0).entity());
  }

  @Test
  void missedNamesAcronymsAndRepeatsAreFound() {
    List<EntityMention> m = mentions("Troops moved into Zaporizhzhia Oblast, according to an analysis by "
        + "Harbor Watch, a unit of the Coastal Monitoring Directorate (CMD). Later CMD said the Harbor Watch "
        + "figures were low.");
    assertEquals(EntityKind.LOCATION, at(m, "Zaporizhzhia Oblast", 0).kind());
    assertEquals("Harbor Watch", at(m, "Harbor Watch", 1).entity());
    assertEquals("Coastal Monitoring Directorate", at(m, "CMD", 1).entity());
  }

  @Test
  void equipmentFamiliesAndNamedVessels() {
    List<EntityMention> m = mentions("The army fired an Iskander-M and two S-400 batteries, "
        + "while the frigate Admiral Gorshkov sailed north.");
    assertEquals(EntityKind.EQUIPMENT, at(m, "S-400", 0).kind());
    assertEquals(EntityKind.EQUIPMENT, at(m, "Admiral Gorshkov", 0).kind());
  }

  @Test
  void badInputYieldsNoMentionsAndNoFailure() {
    assertTrue(mentions("").isEmpty());
    assertTrue(mentions("\"He said \"\" \"the\"").stream().allMatch(x -> x.span().end() <= 20));
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < 500; i++) table.append(i).append(i % 10 == 9 ? "\n" : " | ");
    assertFalse(mentions(table.toString()).stream().anyMatch(x -> x.kind() == EntityKind.PERSON));
    assertTrue(mentions("Москва и Пхеньян подписали договор.").stream().allMatch(x -> x.span().end() <= 35));
  }
}
