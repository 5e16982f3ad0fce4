/**
 * Metadata parsing that does not depend on a page's markup: news date formats with their precision
 * ({@link org.dossier.extract.meta.NewsDates}), whole-line stamps such as "AFP12-03-2024", "9:51 PM" or
 * "31 minutes ago" ({@link org.dossier.extract.meta.Stamp}, {@link org.dossier.extract.meta.RelativeStamp},
 * resolved only against a known page or fetch time), bylines and author boxes
 * ({@link org.dossier.extract.meta.Byline}), person names out of author fields and bylines
 * ({@link org.dossier.extract.meta.AuthorNames}: no dates, roles, agencies or site names), datelines
 * ({@link org.dossier.extract.meta.Dateline}), the outlet lexicon ({@link org.dossier.extract.meta.Outlets},
 * {@link org.dossier.extract.meta.SiteName}), news sites by web domain
 * ({@link org.dossier.extract.meta.OutletDomains}, {@code domains.tsv}) and the section labels of news
 * pages ({@link org.dossier.extract.meta.SectionLabels}: "Related", "Latest").
 *
 * <p>All knowledge is data in the resource files beside these classes (months and weekdays in several
 * languages, date formats, relative units, byline rules and role words, dateline patterns, stamp filler
 * words, outlets, news domains, site-name footers), read once by
 * {@link org.dossier.extract.meta.DataFile}. To extend, add lines there: an outlet with its aliases in
 * {@code outlets.tsv}, a news site's domain in {@code domains.tsv}, a date layout in {@code date-formats.txt}, a month spelling in {@code months.txt}.
 * The HTML extractor may use these classes for meta tags and visible bylines alike.
 */
package org.dossier.extract.meta;
