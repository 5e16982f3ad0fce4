package org.dossier.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Gist;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.model.Story;
import org.dossier.core.model.TimeMention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clustering behaviour on small invented articles. */
class StoryClustererTest {
  private final StoryTuning tuning = StoryTuning.defaults();
  private final ProfileBuilder builder = new ProfileBuilder(tuning, NameFinder.standard());
  private StoryClusterer clusterer;

  static final String QUAKE_A = "A magnitude 6.1 earthquake struck Valdora early on Friday, killing 12 people and "
      + "flattening the Santa Lucia market.\n\nFire chief Marta Kell said rescuers from Orvena pulled 40 survivors "
      + "from the rubble of the market overnight.";
  static final String QUAKE_A_OTHER = "Twelve people died when a 6.1 quake hit Valdora, officials said.\n\nRescue "
      + "teams sent from Orvena searched the ruined Santa Lucia market through the night, and Marta Kell, the fire "
      + "chief, said 40 people had been brought out alive.";
  static final String QUAKE_B = "A magnitude 5.4 earthquake shook Valdora on Tuesday, injuring 30 people and "
      + "cracking the walls of the old Saint Anselm cathedral.\n\nGovernor Tomas Brenn closed the cathedral and "
      + "asked engineers from Merrow to inspect 200 homes in the hill district.";
  static final String[] BACKGROUND = {
      "The Harlow Rovers beat Dunmore City 3-1 in the cup final, with two goals from striker Ivo Pell.",
      "Grain prices rose for a third week as dry weather cut the harvest in the Kestrel valley, traders said.",
      "The central bank of Norland kept its interest rate at 4 percent, citing steady inflation.",
      "A new tram line opened in Belcourt, linking the airport with the old town in 25 minutes.",
      "Researchers at the Amsel institute reported a drug that slows the growth of lung tumours in mice.",
      "Valdora's football club signed a goalkeeper from Merrow for an undisclosed fee.",
  };

  @BeforeEach
  void setUp() {
    clusterer = new StoryClusterer(tuning);
    for (int i = 0; i < BACKGROUND.length; i++) add("bg" + i, "Brief " + i, null, BACKGROUND[i]);
  }

  @Test
  void twoReportsOfOneQuakeJoinButAnotherQuakeInTheSamePlaceStaysApart() {
    // As news comes: each report dated, its weekday resolved by the time annotator.
    add("a1", "Quake kills 12 in Valdora", "2019-08-16", QUAKE_A, day(QUAKE_A, "Friday", "2019-08-16"));
    add("b1", "Quake damages Valdora cathedral", "2019-08-20", QUAKE_B, day(QUAKE_B, "Tuesday", "2019-08-20"));
    add("a2", "Valdora earthquake: twelve dead", "2019-08-17", QUAKE_A_OTHER, List.of());
    assertEquals(List.of("a1", "a2"), storyWith("a1").orElseThrow().articles());
    assertTrue(storyWith("b1").isEmpty(), "the other quake is a story of its own");
  }

  @Test
  void copiesOfAWireStoryDoNotRaiseTheBarForAReportInItsOwnWords() {
    add("a1", "Quake kills 12 in Valdora", null, QUAKE_A);
    for (String outlet : List.of("Coast Herald", "Valdora Times", "Orvena Daily", "Merrow Post")) {
      add("copy-" + outlet, "Quake kills 12 in Valdora", null, "By " + outlet + " staff\n\n" + QUAKE_A);
    }
    add("a2", null, null, "Families in Valdora slept outdoors on Saturday, a day after the earthquake, as "
        + "aftershocks rattled the town and the Santa Lucia market stood in ruins.");
    assertEquals(6, storyWith("a1").orElseThrow().articles().size());
    assertTrue(storyWith("a1").orElseThrow().articles().contains("a2"));
  }

  @Test
  void aLiveBlogItemWithAnUnrelatedHeadlineJoinsTheStoryItsBodyReports() {
    add("a1", "Quake kills 12 in Valdora", null, QUAKE_A);
    add("b1", "Quake damages Valdora cathedral", null, QUAKE_B);
    add("live", "Live updates: Norland central bank holds interest rate, cup final tonight", null,
        "Rescuers from Orvena have now pulled 40 survivors from the ruins of the Santa Lucia market in "
            + "Valdora, fire chief Marta Kell said, after Friday's magnitude 6.1 earthquake killed 12 people. "
            + "Aftershocks kept families sleeping outdoors near the flattened market.");
    assertEquals(List.of("a1", "live"), storyWith("a1").orElseThrow().articles());
  }

  @Test
  void aHeadlineThatSummarisesTheBodyStillCounts() {
    StoryProfile withTitle = profile("t", "Cathedral closed", null, QUAKE_B);
    StoryProfile label = profile("u", "Live updates: grain prices and the cup final", null, QUAKE_B);
    assertTrue(withTitle.terms().get("cathedral") > profile("v", null, null, QUAKE_B).terms().get("cathedral"));
    assertTrue(label.terms().keySet().stream().noneMatch(k -> k.equals("grain") || k.equals("cup")),
        "a headline about something else is left out");
  }

  @Test
  void aSyndicatedCopyJoinsItsOriginal() {
    add("b1", "Quake damages Valdora cathedral", "2019-08-20", QUAKE_B, day(QUAKE_B, "Tuesday", "2019-08-20"));
    add("a1", "Quake kills 12 in Valdora", "2019-08-16", QUAKE_A, day(QUAKE_A, "Friday", "2019-08-16"));
    add("b1-copy", "Earthquake hits Valdora", "2019-08-21", "By our correspondent\n\n" + QUAKE_B, List.of());
    assertEquals(List.of("b1", "b1-copy"), storyWith("b1").orElseThrow().articles());
    assertTrue(storyWith("a1").isEmpty());
  }

  @Test
  void aFeedItemRepeatingAnArticleJoinsIt() {
    add("b1", "Quake damages Valdora cathedral", null, QUAKE_B);
    add("feed", "Quake damages Valdora cathedral.", null, QUAKE_B.substring(0, QUAKE_B.indexOf("\n\n")));
    assertEquals(List.of("b1", "feed"), storyWith("b1").orElseThrow().articles());
  }

  @Test
  void reportsDatedFarApartAreNeverOneStory() {
    add("b1", "Quake damages Valdora cathedral", "2019-08-20", QUAKE_B);
    // Beyond the window (four months in the shipped tuning), even a copy is another story.
    LocalDate late = LocalDate.of(2019, 8, 20).plusDays(tuning.dateWindowDays() + 1);
    add("b1-late", "Quake damages Valdora cathedral", late.toString(), "By our correspondent\n\n" + QUAKE_B);
    assertTrue(storyWith("b1").isEmpty());
  }

  @Test
  void aStoryKeepsItsIdAcrossARestartAndGrows() {
    add("a1", "Quake kills 12 in Valdora", null, QUAKE_A);
    add("a2", "Valdora earthquake: twelve dead", null, QUAKE_A_OTHER);
    Story before = storyWith("a1").orElseThrow();
    clusterer.drainChanges();

    StoryClusterer restarted = new StoryClusterer(tuning);
    Map<String, String> text = Map.of("a1", QUAKE_A, "a2", QUAKE_A_OTHER);
    for (int i = 0; i < BACKGROUND.length; i++) restarted.restore(profile("bg" + i, "Brief " + i, null, BACKGROUND[i]), null);
    for (String id : List.of("a1", "a2")) restarted.restore(profile(id, "t", null, text.get(id)), before.id());
    restarted.finishRestore();
    assertTrue(restarted.drainChanges().isEmpty(), "restoring changes nothing");
    restarted.add(profile("a3", "Valdora quake toll", null, "By our correspondent\n\n" + QUAKE_A));
    StoryChanges changes = restarted.drainChanges();
    assertEquals(1, changes.updated().size());
    assertEquals(before.id(), changes.updated().get(0).id());
    assertEquals(List.of("a1", "a2", "a3"), changes.updated().get(0).articles());
  }

  @Test
  void changesNameMergedStoriesAsRemoved() {
    add("b1", "Quake damages Valdora cathedral", null, QUAKE_B);
    add("b2", "Earthquake hits Valdora", null, "By our correspondent\n\n" + QUAKE_B);
    String first = storyWith("b1").orElseThrow().id();
    clusterer.drainChanges();
    add("a0", "Valdora", null, "Update\n\n" + QUAKE_B);
    StoryChanges changes = clusterer.drainChanges();
    String now = storyWith("b1").orElseThrow().id();
    assertNotEquals(first, now, "a smaller article id renames the story");
    assertTrue(changes.removed().contains(first));
    assertEquals(List.of(now), changes.updated().stream().map(Story::id).toList());
  }

  @Test
  void gistsRaiseTheSameHappeningAndLowerAnotherOfTheSameTopic() {
    // One club's coaches in much the same words; only the gists (what the leads mean) say that a and b
    // tell of one happening and c of another.
    String text = "The Harbour City club changed its head coach on Monday, its owners said, after a poor season.";
    String other = "Harbour City's owners said on Monday the club had changed its head coach after a poor season.";
    StorySimilarity sim = new StorySimilarity(tuning);
    StorySimilarity.Vectors a = vectors(sim, "a", text, gist(5, 0.1f));
    StorySimilarity.Vectors b = vectors(sim, "b", other, gist(5, -0.1f));
    StorySimilarity.Vectors c = vectors(sim, "c", other, gist(6, 0));
    StorySimilarity.Vectors none = vectors(sim, "d", other, null);
    double[] centre = new double[8];
    for (StorySimilarity.Vectors v : List.of(a, b, c)) {
      for (int i = 0; i < 8; i++) centre[i] += v.profile().gist()[i] / 3;
    }
    assertTrue(sim.between(a, b, centred(a, centre), centred(b, centre)) > 1.5 * sim.between(a, b),
        "same happening");
    assertTrue(sim.between(a, c, centred(a, centre), centred(c, centre)) < 0.5 * sim.between(a, c),
        "another happening");
    assertEquals(sim.between(a, c), sim.between(a, c, centred(a, null), centred(c, null)), 1e-12,
        "no block, no change");
    assertEquals(sim.between(a, none), sim.between(a, none, centred(a, centre), centred(none, centre)), 1e-12,
        "no gist, no change");
  }

  private static double[] centred(StorySimilarity.Vectors v, double[] centre) {
    return StorySimilarity.centred(v.profile().gist(), centre);
  }

  private StorySimilarity.Vectors vectors(StorySimilarity sim, String id, String text, float[] gist) {
    Article a = Article.of(id, id + ".txt", Role.MAIN, null, null, null, List.of(), null, "en",
        new ArrayList<>(List.of(text)));
    List<Annotation> annotations = gist == null ? List.of() : List.of(Gist.of(new Span(0, 10), "test", gist));
    StoryProfile p = builder.profile(a, annotations);
    sim.add(p);
    return sim.vectors(p);
  }

  /** A gist with a part every report on the topic shares, one that marks the happening, a little noise. */
  private static float[] gist(int happening, float noise) {
    float[] v = {1, 1, 1, 1, 0, 0, 0, 0};
    v[happening] = 1;
    v[7] = noise;
    return v;
  }

  private void add(String id, String title, String date, String text) {
    clusterer.add(profile(id, title, date, text));
  }

  private void add(String id, String title, String date, String text, List<Annotation> annotations) {
    clusterer.add(profile(id, title, date, text, annotations));
  }

  private StoryProfile profile(String id, String title, String date, String text) {
    return profile(id, title, date, text, List.of());
  }

  private StoryProfile profile(String id, String title, String date, String text, List<Annotation> annotations) {
    Article a = Article.of(id, id + ".txt", Role.MAIN, null, null, title, List.of(), PartialDate.parse(date), "en",
        new ArrayList<>(List.of(text.split("\n\n"))));
    return builder.profile(a, annotations);
  }

  /** The time annotation a weekday in the text resolves to. */
  private static List<Annotation> day(String text, String weekday, String value) {
    int at = text.indexOf(weekday);
    return List.of(new TimeMention(new Span(at, at + weekday.length()), weekday, value, TimeMention.Kind.DATE));
  }

  private Optional<Story> storyWith(String articleId) {
    return clusterer.stories().stream().filter(s -> s.articles().contains(articleId)).findFirst();
  }
}
