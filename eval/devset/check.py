#!/usr/bin/env python3
"""Checks the devset gold (gold-spans.jsonl) against the pages it is built for.

    python3 eval/devset/check.py [--shared DIR]

Checks: every line parses and has a known type; ids are unique; every article a fact names exists; every
name in a name field (speaker, via, source, subject, actors, place, outlet) is an entity's name; spans lie
inside the article text; each quote span is non-empty and does not start or end with white space; each
claim span holds its number; no two entities share a normalised name or alias; an optional claim never
comes before a required claim of the same value and unit in the same article (score.py matches claims
on value and unit, earlier gold first); each article has one main event; the gold scored against
itself gives facts F1 1.000. Exit status 1 when a check fails.
"""
import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import prepare  # noqa: E402

TYPES = {"article", "entity", "quote", "claim", "event"}
NAME_FIELDS = {"quote": ("speaker", "via"), "claim": ("source", "via", "subject"),
               "event": ("actors", "place"), "article": ("outlet",)}
WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100,
         "half": 50, "quarter": 25, "fifth": 0.2, "twice": 2}
SCALES = (1, 1e3, 1e6, 1e9, 1e12)


def scorer(shared):
    path = os.path.join(shared, "eval", "facts", "score.py")
    spec = importlib.util.spec_from_file_location("facts_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, path


def numbers(text):
    """The numbers a span states: digit groups ('22, 000' and '1,442.82' included) and number words."""
    found = [float(re.sub(r"[, ]", "", m)) for m in re.findall(r"\d+(?:(?:,|, )\d{3})*(?:\.\d+)?", text)]
    found += [WORDS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in WORDS]
    return found


def holds(span_text, value):
    return any(abs(n * s - value) <= 0.005 * abs(value) + 1e-9 for n in numbers(span_text) for s in SCALES)


def names_of(obj, fields):
    for field in fields:
        value = obj.get(field)
        for name in (value if isinstance(value, list) else [value]):
            if name is not None:
                yield field, name


def check(shared):
    problems = []
    score, score_path = scorer(shared)
    pages = prepare.build(shared)
    gold = prepare.fill_gold(pages)
    with open(prepare.GOLD_SPANS, encoding="utf-8") as handle:
        raw = [line for line in handle if line.strip()]
    for n, line in enumerate(raw, 1):
        try:
            obj = json.loads(line)
            if obj.get("type") not in TYPES:
                problems.append(f"line {n}: unknown type {obj.get('type')!r}")
        except ValueError as error:
            problems.append(f"line {n}: not JSON ({error})")
    ids = [o["id"] for o in gold]
    problems += [f"id twice: {i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    articles = {o["id"]: o for o in gold if o["type"] == "article"}
    entities = [o for o in gold if o["type"] == "entity"]
    known = {e["name"] for e in entities}
    owner = {}
    for entity in entities:
        for key in score.entity_keys(entity):
            if key in owner and owner[key] != entity["name"]:
                problems.append(f"alias '{key}' of both {owner[key]} and {entity['name']}")
            owner[key] = entity["name"]
    for obj in gold:
        kind = obj["type"]
        for field, name in names_of(obj, NAME_FIELDS.get(kind, ())):
            if name not in known:
                problems.append(f"{obj['id']}: {field} {name!r} is no entity")
        refs = obj.get("articles", []) if kind == "event" else [obj["article"]] if kind in ("quote", "claim") else []
        for ref in refs:
            if ref not in articles:
                problems.append(f"{obj['id']}: no article {ref}")
        if kind in ("quote", "claim") and obj["article"] in articles:
            text = articles[obj["article"]]["text"]
            start, end = obj["span"]
            if not 0 <= start < end <= len(text):
                problems.append(f"{obj['id']}: span {obj['span']} outside the text")
            elif kind == "quote" and text[start:end] != text[start:end].strip():
                problems.append(f"{obj['id']}: quote span starts or ends with white space")
            elif kind == "claim" and not holds(text[start:end], obj["value"]):
                problems.append(f"{obj['id']}: span {text[start:end]!r} does not hold {obj['value']}")
    seen = {}
    for claim in (o for o in gold if o["type"] == "claim"):
        key = (claim["article"], claim["value"], claim["unit"])
        if claim.get("optional"):
            seen.setdefault(key, claim["id"])
        elif key in seen:
            problems.append(f"{claim['id']}: required claim after optional {seen[key]} of the same value and unit")
    for aid in articles:
        mains = [e for e in gold if e["type"] == "event" and aid in e["articles"] and e.get("main")]
        if len(mains) != 1:
            problems.append(f"{aid}: {len(mains)} main events")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for obj in gold:
            handle.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, score_path, handle.name, handle.name], capture_output=True, text=True)
    os.unlink(handle.name)
    f1 = re.findall(r"facts F1:\s*([0-9.]+)", out.stdout)
    if not f1 or float(f1[-1]) < 0.9995:
        problems.append(f"gold against itself: facts F1 {f1[-1] if f1 else '?'}")
    return gold, problems


def counts(gold):
    table = {}
    for obj in gold:
        row = table.setdefault(obj["type"], [0, 0])
        row[1 if obj.get("optional") else 0] += 1
    return table


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    args = parser.parse_args(argv)
    gold, problems = check(args.shared)
    for problem in problems:
        print("check.py: " + problem)
    for kind, (required, optional) in sorted(counts(gold).items()):
        print(f"{kind:<8} required {required:4d}  optional {optional:4d}")
    print("check.py: " + ("ok" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
