#!/usr/bin/env python3
"""Build the devset pages and their full gold from the shared corpora.

    python3 eval/devset/prepare.py OUTDIR [--shared DIR]

Writes OUTDIR/pages/NAME.txt (one plain-text page per selected document: headline, blank line, date
line where the corpus gives one, blank line, then paragraphs of one or two sentences separated by blank
lines) and OUTDIR/gold.jsonl (gold-spans.jsonl with every `text` field filled: the article's body and
each quote's span of it). Prints the pages folder on standard output, for `dossier ingest`.

No article text is kept in the repository: the pages are rebuilt from ECB+ (dev-split topics of the
stories evaluation only) and the SemEval-2015 Task 4 Wikinews documents in ../shared/eval.
"""
import argparse
import csv
import datetime
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLD_SPANS = os.path.join(HERE, "gold-spans.jsonl")

# (page name, corpus, document id): 20 ECB+ documents, one per dev-split topic, and 16 Wikinews ones.
SELECTION = [
    ("ecb-01-tara-reid-rehab", "ecbplus", "1_14ecb"),
    ("ecb-03-comeaux-escape", "ecbplus", "3_2ecbplus"),
    ("ecb-06-gary-ross-catching-fire", "ecbplus", "6_6ecbplus"),
    ("ecb-07-klitschko-thompson", "ecbplus", "7_1ecbplus"),
    ("ecb-08-athens-bank-firebomb", "ecbplus", "8_4ecbplus"),
    ("ecb-18-sacked-worker-shooting", "ecbplus", "18_11ecbplus"),
    ("ecb-19-greek-police-charged", "ecbplus", "19_15ecb"),
    ("ecb-20-qeshm-earthquake", "ecbplus", "20_11ecbplus"),
    ("ecb-23-mt-cook-climber", "ecbplus", "23_11ecbplus"),
    ("ecb-24-paris-jewellery-heist", "ecbplus", "24_7ecbplus"),
    ("ecb-26-gigante-dies", "ecbplus", "26_10ecbplus"),
    ("ecb-28-mark-felt-dies", "ecbplus", "28_11ecb"),
    ("ecb-29-colts-jaguars", "ecbplus", "29_10ecb"),
    ("ecb-33-brooklyn-shooting-trial", "ecbplus", "33_1ecbplus"),
    ("ecb-34-surgeon-general-nominee", "ecbplus", "34_10ecbplus"),
    ("ecb-36-bountiful-arrests", "ecbplus", "36_9ecb"),
    ("ecb-37-aceh-earthquake", "ecbplus", "37_14ecbplus"),
    ("ecb-39-capaldi-doctor-who", "ecbplus", "39_7ecbplus"),
    ("ecb-43-amd-seamicro", "ecbplus", "43_7ecbplus"),
    ("ecb-45-jury-convicts", "ecbplus", "45_10ecbplus"),
    ("wn-106653-boeing-737-replacement", "wikinews", "106653"),
    ("wn-61389-airbus-job-cuts", "wikinews", "61389"),
    ("wn-51682-singapore-a380-delays", "wikinews", "51682"),
    ("wn-276079-787-first-delivery", "wikinews", "276079"),
    ("wn-82548-first-a380-delivered", "wikinews", "82548"),
    ("wn-1007169-barra-gm-chief", "wikinews", "1007169"),
    ("wn-143480-opel-job-cuts", "wikinews", "143480"),
    ("wn-126311-chrysler-dealerships", "wikinews", "126311"),
    ("wn-126029-gm-losses", "wikinews", "126029"),
    ("wn-79240-ford-romania", "wikinews", "79240"),
    ("wn-60658-daimlerchrysler-cuts", "wikinews", "60658"),
    ("wn-121225-dow-six-year-low", "wikinews", "121225"),
    ("wn-113267-russian-markets-closed", "wikinews", "113267"),
    ("wn-141483-bank-of-america-loss", "wikinews", "141483"),
    ("wn-121978-twelve-year-lows", "wikinews", "121978"),
    ("wn-114904-dow-recovers", "wikinews", "114904"),
]

PARAGRAPH_CHARS = 260   # two sentences share a paragraph when together they are no longer than this


def detokenizer(shared):
    """The ECB+ stories detokeniser (shared/eval/ecbplus/stories/prepare.py), imported from its file."""
    path = os.path.join(shared, "eval", "ecbplus", "stories", "prepare.py")
    spec = importlib.util.spec_from_file_location("ecb_stories_prepare", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.detokenize


def read_jsonl(path, key):
    with open(path, encoding="utf-8") as handle:
        return {str(obj[key]): obj for obj in (json.loads(line) for line in handle if line.strip())}


def ecb_dev_docs(shared):
    with open(os.path.join(shared, "eval", "ecbplus", "split.tsv"), encoding="utf-8", newline="") as handle:
        return {row["doc_id"] for row in csv.DictReader(handle, delimiter="\t") if row["split"] == "dev"}


def wikinews_tokens(tokens):
    """The TimeML conversion wrote the pound sign as '#' ('GB # 20.1 billion'): give it back."""
    return ["£" if t == "#" and i + 1 < len(tokens) and tokens[i + 1][:1].isdigit() else t
            for i, t in enumerate(tokens)]


def paragraphs(sentences):
    """Sentences into paragraphs of one or two sentences; a paragraph goes on (up to four sentences)
    while a quotation it opened is still open."""
    out, current = [], []
    for i, sentence in enumerate(sentences):
        current.append(sentence)
        text = " ".join(current)
        open_quote = text.count('"') % 2 == 1 and len(current) < 4
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        fits = nxt is not None and len(current) < 2 and len(text) + len(nxt) + 1 <= PARAGRAPH_CHARS
        if not (open_quote or fits):
            out.append(text)
            current = []
    if current:
        out.append(" ".join(current))
    return out


MONTHS = {m.lower()[:3]: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"], 1)}
STAMP = re.compile(r"^(?:(?P<d1>\d{1,2}) (?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\.? (?P<d2>\d{1,2}),) (?P<y>\d{4})"
                   r"(?: \d{1,2}:\d{2}(?: ?[AP]M)?)?$")


def stamp_date(line):
    """The ISO date of a stamp line such as '9 September 2013 11:55' or 'Jul 13, 2009 01:40 PM'."""
    found = STAMP.match(line.strip())
    if not found or (found["m1"] or found["m2"]).lower()[:3] not in MONTHS:
        return None
    month = MONTHS[(found["m1"] or found["m2"]).lower()[:3]]
    return datetime.date(int(found["y"]), month, int(found["d1"] or found["d2"])).isoformat()


def date_line(dct):
    """'2008-03-01' -> 'March 1, 2008' (the Wikinews document date)."""
    day = datetime.date.fromisoformat(dct)
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def build(shared):
    """{page name: (headline, date line or None, ISO date or None, [paragraphs])}."""
    detok = detokenizer(shared)
    ecb = read_jsonl(os.path.join(shared, "eval", "ecbplus", "ecbplus.jsonl"), "doc_id")
    wiki = read_jsonl(os.path.join(shared, "eval", "semeval2015-timeline", "documents.jsonl"), "doc_id")
    dev = ecb_dev_docs(shared)
    pages = {}
    for name, corpus, doc_id in SELECTION:
        if corpus == "ecbplus":
            if doc_id not in dev:
                raise ValueError(f"{doc_id} is not in a dev-split topic")
            doc = ecb[doc_id]
            sents = sorted(doc["sentences"], key=lambda s: s["sent"])
            if doc["subcorpus"] == "ecbplus":
                sents = sents[1:]                     # sentence 0 is the source URL
            lines = [line for line in (detok(s["tokens"]) for s in sents) if line]
            stamp = stamp_date(lines[1])          # a time stamp under the headline becomes the date line
            if stamp:
                pages[name] = (lines[0], date_line(stamp), stamp, paragraphs(lines[2:]))
            else:
                pages[name] = (lines[0], None, None, paragraphs(lines[1:]))
        else:
            doc = wiki[doc_id]
            sents = sorted(doc["sentences"], key=lambda s: s["sent"])
            lines = [detok(wikinews_tokens(s["tokens"])) for s in sents]
            # sentence 0 is the headline, sentence 1 the date line; the page gets its own date line
            pages[name] = (lines[0], date_line(doc["dct"]), doc["dct"], paragraphs(lines[2:]))
    return pages


def page_text(headline, dateline, paras):
    head = [headline] + ([dateline] if dateline else [])
    return "\n\n".join(head + paras) + "\n"


def body(paras):
    return "\n\n".join(paras)


def fill_gold(pages, spans_path=GOLD_SPANS):
    """The gold objects with article and quote texts filled from their spans."""
    texts, out = {}, []
    with open(spans_path, encoding="utf-8") as handle:
        objects = [json.loads(line) for line in handle if line.strip()]
    for obj in objects:
        if obj["type"] == "article":
            name = obj["page"][:-len(".txt")]
            headline, _, _, paras = pages[name]
            texts[obj["id"]] = body(paras)
            obj = dict(obj, title=headline, text=texts[obj["id"]])
        elif obj["type"] == "quote":
            start, end = obj["span"]
            obj = dict(obj, text=texts[obj["article"]][start:end])
        out.append(obj)
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    parser.add_argument("--no-gold", action="store_true", help="write the pages only")
    args = parser.parse_args(argv)
    try:
        pages = build(args.shared)
        folder = os.path.join(args.outdir, "pages")
        os.makedirs(folder, exist_ok=True)
        for name, (headline, dateline, _, paras) in pages.items():
            with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8", newline="") as handle:
                handle.write(page_text(headline, dateline, paras))
        if not args.no_gold:
            with open(os.path.join(args.outdir, "gold.jsonl"), "w", encoding="utf-8", newline="") as handle:
                for obj in fill_gold(pages):
                    handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
    except (OSError, ValueError, KeyError) as error:
        print(f"prepare.py: {error}", file=sys.stderr)
        return 2
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
