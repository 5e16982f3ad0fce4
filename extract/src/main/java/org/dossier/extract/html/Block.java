package org.dossier.extract.html;

/** One paragraph of output text; headings are marked so that stranded ones can be dropped. */
record Block(String text, boolean heading) {}
