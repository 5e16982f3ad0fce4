#!/usr/bin/env python3
"""Runs Dossier's evaluations and checks each figure against the floor pinned in floors.tsv.

    python3 eval/run.py [SUITE ...] [--shared DIR] [--keep DIR]

Suites: extraction, seeds, wild, pages, devset, te3, recognizers, ecbplus (default: all). Each suite drives the program only
through ./dossier (CONTRACT.md) and the scorers in ../shared/eval, prints the scorers' own figure lines,
then one line per figure: name, value, floor, the issue's target. Exit status 1 when a figure falls below
its floor (floors only ever go up: raise them when a change lifts a figure), 2 when a suite cannot run.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOSSIER = os.path.join(ROOT, "dossier")


def run(cmd, **kw):
    """Runs a command and returns its stdout. Its stderr is shown only when it fails (the last lines,
    each cut short: a command line of hundreds of files would drown the figures)."""
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, **kw)
    if result.returncode != 0:
        for line in result.stderr.splitlines()[-5:]:
            print("    ! " + (line if len(line) < 300 else line[:300] + " ..."))
        raise RuntimeError(f"{' '.join(cmd[:3])} ... exited {result.returncode}")
    return result.stdout


def fresh(folder):
    """An empty store folder: a kept store from an earlier run would hold that run's facts (ingesting a
    stored page again changes nothing)."""
    shutil.rmtree(folder, ignore_errors=True)
    return folder


def grab(pattern, text, what):
    found = re.findall(pattern, text, flags=re.MULTILINE)
    if not found:
        raise RuntimeError(f"no {what} line in the scorer's output")
    return float(found[-1])


def show(lines):
    for line in lines:
        print("    " + line)


def extraction(shared, tmp):
    figures = {}
    for dataset, metric in (("zyte-article-benchmark", "zyte"), ("wcxb-test-articles", "wcxb")):
        folder = os.path.join(shared, "eval", "extraction", dataset)
        split = dict(line.split("\t")[:2] for line in open(os.path.join(folder, "split.tsv")).read().split("\n")
                     if "\t" in line)
        pages = [os.path.join(folder, n + ".html") for n, s in sorted(split.items()) if s.strip() == "test"]
        out = os.path.join(tmp, metric)
        started = time.time()
        run([DOSSIER, "extract", "--out", out, *pages])
        seconds = time.time() - started
        score = run([sys.executable, os.path.join(shared, "eval", "extraction", "score.py"), out, folder,
                     "--split", "test", "--metric", metric, "--quiet"])
        show([l for l in score.splitlines() if l.startswith(("dataset=", "macro", "micro"))])
        print(f"    ({len(pages)} pages extracted in {seconds:.1f} s, JVM start included)")
        figures[f"extraction.{metric}.test.f1"] = grab(r"^macro .*F1=([0-9.]+)", score, "macro F1")
    return figures


def seeds(shared, tmp):
    store = fresh(os.path.join(tmp, "store"))
    run([DOSSIER, "ingest", "--store", store, os.path.join(shared, "seeds")])
    pred = os.path.join(tmp, "seeds.jsonl")
    with open(pred, "w") as out:
        out.write(run([DOSSIER, "export", "--store", store]))
    scorer = [sys.executable, os.path.join(shared, "eval", "facts", "score.py"),
              os.path.join(shared, "eval", "facts", "seeds", "gold.jsonl"), pred]
    show(run(scorer).splitlines())
    report = json.loads(run(scorer + ["--json"]))

    def field(kind, name):
        f = report[kind]["fields"][name]
        return f.get("accuracy", f.get("mean")) or 0.0

    return {
        "seeds.facts.f1": report["facts_f1"],
        "seeds.article.f1": report["article"]["f1"] or 0.0,
        "seeds.article.published": field("article", "published"),
        "seeds.article.outlet": field("article", "outlet"),
        "seeds.article.text_f1": field("article", "text_f1"),
        "seeds.quote.f1": report["quote"]["f1"] or 0.0,
        "seeds.quote.speaker": field("quote", "speaker"),
        "seeds.claim.f1": report["claim"]["f1"] or 0.0,
        "seeds.claim.source": field("claim", "source"),
        "seeds.event.f1": report["event"]["f1"] or 0.0,
        "seeds.story.f1": report["story"]["f1"] or 0.0,
    }


def halves(set_name):
    """The pages of each half of a development set, from eval/splits.tsv."""
    out = {"tune": [], "held": []}
    with open(os.path.join(ROOT, "eval", "splits.tsv")) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[0] == set_name:
                out[parts[2]].append(parts[1])
    return out


def facts_figures(report, prefix, fields):
    """Figure name -> value from a score.py JSON report; fields are (kind, field) pairs, 'f1' and
    'precision' read the kind's own figure."""
    figures = {f"{prefix}.facts.f1": report["facts_f1"]}
    for kind, name in fields:
        part = report[kind]
        if name in ("f1", "precision", "recall"):
            value = part[name]
        else:
            f = part["fields"][name]
            value = f.get("accuracy", f.get("mean"))
        figures[f"{prefix}.{kind}.{name}"] = value or 0.0
    return figures


def dev_set(shared, tmp, set_name, pages, roles, fields, gold=None):
    """Ingests a development set's pages, scores all of it and each half (eval/splits.tsv) and prints the
    scorer's table for the whole set. The gold is the shared set's gold.jsonl unless given."""
    store = fresh(os.path.join(tmp, "store"))
    run([DOSSIER, "ingest", "--store", store, pages])
    pred = os.path.join(tmp, set_name + ".jsonl")
    with open(pred, "w") as out:
        out.write(run([DOSSIER, "export", "--store", store]))
    gold = gold or os.path.join(shared, "eval", "facts", set_name, "gold.jsonl")
    scorer = [sys.executable, os.path.join(shared, "eval", "facts", "score.py"), gold, pred] + roles
    show(run(scorer).splitlines())
    figures = facts_figures(json.loads(run(scorer + ["--json"])), set_name, fields)
    by_half = {}
    for half, names in halves(set_name).items():
        selected = [arg for name in names for arg in ("--page", name)]
        by_half[half] = facts_figures(json.loads(run(scorer + ["--json"] + selected)), f"{set_name}.{half}",
                                      fields)
    print(f"    {'figure':<24} {'all':>6} {'tune':>6} {'held':>6}   (halves: eval/splits.tsv)")
    for name, value in figures.items():
        short = name[len(set_name) + 1:]
        tune, held = (by_half[h][f"{set_name}.{h}.{short}"] for h in ("tune", "held"))
        print(f"    {short:<24} {value:6.3f} {tune:6.3f} {held:6.3f}")
    for half in ("tune", "held"):
        figures[f"{set_name}.{half}.facts.f1"] = by_half[half][f"{set_name}.{half}.facts.f1"]
    return figures


WILD_FIELDS = [("article", "published"), ("article", "authors"), ("article", "outlet"), ("quote", "f1"),
               ("quote", "speaker"), ("quote", "via"), ("claim", "f1"), ("claim", "precision"),
               ("claim", "source"), ("event", "f1"), ("entity", "recall"), ("entity", "kind")]


def wild(shared, tmp):
    folder = os.path.join(tmp, "pages")
    os.makedirs(folder, exist_ok=True)
    bench = os.path.join(shared, "eval", "extraction", "zyte-article-benchmark")
    with open(os.path.join(shared, "eval", "facts", "wild", "pages.txt")) as f:
        for name in f.read().split():
            link = os.path.join(folder, name)
            if not os.path.lexists(link):
                os.symlink(os.path.join(os.path.abspath(bench), name), link)
    return dev_set(shared, tmp, "wild", folder, ["--roles", "main"], WILD_FIELDS)


def devset(shared, tmp):
    """The devset (eval/devset): ECB+ and Wikinews pages rebuilt from ../shared with their gold, scored like
    wild. A development set: no floors."""
    prepared = os.path.join(tmp, "prepared")
    shutil.rmtree(prepared, ignore_errors=True)
    folder = run([sys.executable, os.path.join(ROOT, "eval", "devset", "prepare.py"), prepared,
                  "--shared", shared]).strip()
    return dev_set(shared, tmp, "devset", folder, ["--roles", "main"], WILD_FIELDS,
                   gold=os.path.join(prepared, "gold.jsonl"))


def pages(shared, tmp):
    return dev_set(shared, tmp, "pages", os.path.join(shared, "eval", "facts", "pages", "pages"), [],
                   [("article", "f1"), ("article", "text_f1"), ("article", "published"),
                    ("article", "outlet"), ("article", "authors"), ("quote", "f1"), ("quote", "speaker"),
                    ("quote", "via"), ("claim", "f1"), ("claim", "precision"), ("claim", "source"),
                    ("event", "f1"), ("entity", "recall"), ("entity", "kind")])


def annotate_suite(shared, tmp, name, last_line):
    folder = os.path.join(shared, "eval", name)
    figures = {}
    for split in ("test", "all"):
        pages = os.path.join(tmp, name + "-" + split)
        args = run([sys.executable, os.path.join(folder, "prepare.py"), pages, "--split", split]).split()
        pred = os.path.join(tmp, f"{name}-{split}.jsonl")
        with open(pred, "w") as out:
            out.write(run([DOSSIER, "annotate", *args]))
        score = run([sys.executable, os.path.join(folder, "score.py"), pred, "--split", split])
        show([l for l in score.splitlines() if l.strip()][-3:])
        figures[f"{name}.{split}"] = grab(rf"^{re.escape(last_line)}:\s*([0-9.]+)", score, last_line)
    return figures


def te3(shared, tmp):
    return {k.replace("te3-platinum", "te3") + ".value_f1": v
            for k, v in annotate_suite(shared, tmp, "te3-platinum", "te3 value F1").items()}


def recognizers(shared, tmp):
    return {k.replace("recognizers-text-en", "recognizers") + ".accuracy": v
            for k, v in annotate_suite(shared, tmp, "recognizers-text-en", "numbers+dates accuracy").items()
            if ".test" in k}


def ecbplus(shared, tmp):
    folder = os.path.join(shared, "eval", "ecbplus", "stories")
    out = os.path.join(tmp, "ecb")
    run([sys.executable, os.path.join(folder, "prepare.py"), out, "--split", "test"])
    store = fresh(os.path.join(tmp, "ecb-store"))
    run([DOSSIER, "ingest", "--store", store, os.path.join(out, "pages")])
    pred = os.path.join(tmp, "ecb.jsonl")
    with open(pred, "w") as f:
        f.write(run([DOSSIER, "export", "--store", store]))
    score = run([sys.executable, os.path.join(folder, "score.py"), os.path.join(out, "stories-gold.jsonl"), pred])
    show([l for l in score.splitlines() if l.strip()][-4:])
    return {"ecbplus.test.b3_f1": grab(r"^stories B3 F1:\s*([0-9.]+)", score, "stories B3 F1")}


SUITES = {"extraction": extraction, "seeds": seeds, "wild": wild, "pages": pages, "devset": devset, "te3": te3, "recognizers": recognizers, "ecbplus": ecbplus}


def floors():
    table = {}
    with open(os.path.join(ROOT, "eval", "floors.tsv")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, floor, target = line.rstrip("\n").split("\t")[:3]
                table[name] = (float(floor), target)
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", nargs="*", default=list(SUITES))
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    parser.add_argument("--keep", help="keep outputs in this folder instead of a temporary one")
    args = parser.parse_args()
    pinned, below, broken = floors(), [], []
    tmp_root = args.keep or tempfile.mkdtemp(prefix="dossier-eval-")
    for name in args.suites or SUITES:
        print(f"== {name}")
        tmp = os.path.join(tmp_root, name)
        os.makedirs(tmp, exist_ok=True)
        try:
            figures = SUITES[name](args.shared, tmp)
        except (RuntimeError, OSError, ValueError, KeyError) as error:
            print(f"  {name}: could not run: {error}")
            broken.append(name)
            continue
        for figure, value in figures.items():
            floor, target = pinned.get(figure, (0.0, "-"))
            status = "ok" if value >= floor - 1e-9 else "BELOW FLOOR"
            if status != "ok":
                below.append(figure)
            print(f"  {figure:<32} {value:.3f}   floor {floor:.3f}   target {target:<8} {status}")
    if broken:
        print(f"eval: suites that could not run: {', '.join(broken)}")
    if below:
        print(f"eval: below floor: {', '.join(below)}")
    return 2 if broken else 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
