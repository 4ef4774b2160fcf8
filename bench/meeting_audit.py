"""Draw the meeting audit sample (meet20): fresh corpus articles holding a meeting word.

Annotated by hand before any run, so its first score is a figure on text nobody tuned for.
news_gold ids (read and unseen) are left out by file name, as membership_recall does.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from membership_recall import CORPUS, excluded_ids  # noqa: E402

MEETING_WORD = re.compile(
    r"\b(?:met|meets|talks|summit|visit(?:s|ed)?|session|received|hosted|conference|gathered)\b",
    re.I)


def pool(min_words: int = 150, max_words: int = 700) -> list[dict]:
    skip = excluded_ids()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if r["id"] not in skip
            and min_words <= len(r["text"].split()) <= max_words
            and MEETING_WORD.search(r["title"] + "\n" + r["text"])]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--out", type=Path, required=True, help="folder for ID.txt files")
    args = ap.parse_args()
    drawn = random.Random(args.seed).sample(pool(), args.n)
    args.out.mkdir(parents=True, exist_ok=True)
    for row in drawn:
        doc = re.sub(r"[^A-Za-z0-9-]", "-", row["id"])
        (args.out / f"{doc}.txt").write_text(row["title"] + "\n\n" + row["text"], encoding="utf-8")
        print(doc, row["date"], row["url"])


if __name__ == "__main__":
    main()
