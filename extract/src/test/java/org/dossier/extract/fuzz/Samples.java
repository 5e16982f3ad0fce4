package org.dossier.extract.fuzz;

/** Small news-like pages, written for these tests, that the mutations start from. */
final class Samples {
  static final String HTML = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Port expansion approved | Harbour Daily</title>
      <meta property="article:published_time" content="2025-03-11T09:15:00Z">
      <script>var tracking = {id: 42};</script><style>p { margin: 0 }</style></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Port expansion approved after long debate</h1>
      <p class="byline">By A. Writer, March 11, 2025</p>
      <p>The city council approved a plan on Tuesday to deepen the harbour and add two berths, ending a
      debate that lasted more than a year.</p>
      <p>"This is the right decision for the region," the mayor said after the vote, adding that work
      would begin in the autumn.</p>
      <p>Opponents said the cost, estimated at 120 million euros, was too high.</p></article>
      <aside><h2>Related</h2><ul><li><a href="/b">Ferry timetable changes</a></li></ul></aside>
      <footer>Copyright 2025 Harbour Daily</footer></body></html>
      """;

  static final String TEXT = """
       date 2025-03-11 Harbour Daily
      Home | World | Business

      Port expansion approved after long debate

      By A. Writer March 11, 2025
      The city council approved a plan on Tuesday to deepen the harbour and add two berths, ending a debate that lasted more than a year.
      "This is the right decision for the region," the mayor said after the vote.
      Opponents said the cost, estimated at 120 million euros, was too high.

      Related: Ferry timetable changes
      Copyright 2025 Harbour Daily
      """;

  private Samples() {}
}
