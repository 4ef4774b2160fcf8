"""Member-count, membership, chair and founding claims on unannotated news, for reading by hand
(issue 13, ``memb10``).

    .venv/bin/python bench/membership_precision.py --n 400 --seed 11 --out FILE.jsonl

Takes ``--n`` articles of ../shared/corpus/news drawn with ``random.Random(seed)`` among those
whose text holds a number of members or member states (``COUNTED``) and that are neither in
tests/fixtures/news_gold nor among the PLOVER news draws at offset 13 nor in the recall sample
(bench/data/membership_recall_sample.jsonl), and writes every member_of, member_count, chairs and
founded claim (extractor, names, value, date, sentence).  Run it with two source trees
(``PYTHONPATH``) and compare the files to read what a change adds or removes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from membership_recall import ROOT, articles, claims_by_article

NUM = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
       r"(?:-\w+)?|thirty(?:-\w+)?|forty(?:-\w+)?|fifty(?:-\w+)?)")
COUNTED = re.compile(r"\b" + NUM + r"[- ](?:member|members|nations|states|countries)\b"
                     r"|\bmember (?:states|countries|nations)\b", re.I)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    sample = ROOT / "bench" / "data" / "membership_recall_sample.jsonl"
    drawn = {json.loads(line)["article"] for line in sample.read_text("utf-8").splitlines()}
    pool = sorted(a["id"] for a in articles() if a["id"] not in drawn and COUNTED.search(a["text"]))
    ids = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    rows = [{"article": art, **{k: v for k, v in c.items() if k not in ("subject", "org")}}
            for art, claims in sorted(claims_by_article(ids).items()) for c in claims]
    Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                              "utf-8")
    print(f"{len(ids)} of {len(pool)} articles; {len(rows)} claims to {args.out}")


if __name__ == "__main__":
    main()
