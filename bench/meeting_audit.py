"""Draw the meeting audit sample (meet20): fresh corpus articles holding a meeting word.

meet21 (``--title``): the cue must stand in the title, 150-900 words, and earlier audits' ids
are left out (``--skip-audit``), since meet20's draw by a word anywhere found too few meetings.

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
# meet21: a title cue tells a meeting-rich article; "holds talks" is covered by "talks"
TITLE_CUE = re.compile(
    r"\b(?:met|meets?|meeting|talks|summit|visit(?:s|ed)?|received|hosts|hosted|session"
    r"|conference|gathered)\b", re.I)


def audit_ids(paths: list[Path]) -> set[str]:
    """Ids of earlier audits, so a new draw reads fresh articles."""
    return {json.loads(line)["id"] for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def pool(min_words: int = 150, max_words: int = 700, title_only: bool = False,
         skip_ids: frozenset[str] = frozenset()) -> list[dict]:
    skip = excluded_ids() | skip_ids
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if r["id"] not in skip
            and min_words <= len(r["text"].split()) <= max_words
            and (TITLE_CUE.search(r["title"]) if title_only
                 else MEETING_WORD.search(r["title"] + "\n" + r["text"]))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--out", type=Path, required=True, help="folder for ID.txt files")
    ap.add_argument("--title", action="store_true", help="meeting cue in the title (meet21)")
    ap.add_argument("--max-words", type=int, default=700)
    ap.add_argument("--skip-audit", type=Path, nargs="*", default=[],
                    help="earlier audit JSONL files whose ids are left out")
    args = ap.parse_args()
    candidates = pool(max_words=args.max_words, title_only=args.title,
                      skip_ids=frozenset(audit_ids(args.skip_audit)))
    drawn = random.Random(args.seed).sample(candidates, args.n)
    args.out.mkdir(parents=True, exist_ok=True)
    for row in drawn:
        doc = re.sub(r"[^A-Za-z0-9-]", "-", row["id"])
        (args.out / f"{doc}.txt").write_text(row["title"] + "\n\n" + row["text"], encoding="utf-8")
        print(doc, row["date"], row["url"])


if __name__ == "__main__":
    main()
