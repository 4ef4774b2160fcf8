#!/bin/bash
# Aggregate figures of one blocwatch source tree on every evaluation set, as `blocwatch eval`
# scores them: ../shared/dev held and read halves (seeds + docs.jsonl), tests/fixtures/news_gold
# read files (not ux*, fed as JSON Lines), the unseen batches ux1-ux8 (bench/unseen_batch.py,
# figures only), the stop's hand-annotated corpus audits (bench/audit_figures.py: aud-pos26
# positions, aud-meet20 and aud-meet21 meetings, aud-memb13 per kind) and the PLOVER gsr-dev
# halves (bench/plover.py).  Prints one line per set (tp/fp/fn per kind; an audit scores the
# kind it annotates only), never an error: the held half and the ux batches stay unread.
#
#     bench/split_figures.sh [SRC] [OUT]      (SRC: a tree's src folder; OUT: where the JSON goes)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
SRC=$(readlink -f "${1:-$REPO/src}"); OUT=${2:-$(mktemp -d)}; mkdir -p "$OUT"
PY=${PYTHON:-$REPO/.venv/bin/python}
SHARED=$REPO/../shared; NG=$REPO/tests/fixtures/news_gold
[ -d "$SHARED/dev" ] || { echo "no ../shared/dev beside the checkout" >&2; exit 2; }
[ -x "$PY" ] || { echo "no $PY: run make test first, or set PYTHON" >&2; exit 2; }
BW() { PYTHONPATH=$SRC "$PY" -c "import sys; from blocwatch.cli import main; sys.argv[0]='blocwatch'; main()" "$@"; }
rm -f "$OUT/dev.db" "$OUT/ng.db"
BW ingest "$SHARED/corpus/seeds" "$SHARED/dev/docs.jsonl" --db "$OUT/dev.db" >"$OUT/ingest-dev.log" 2>&1 \
    || { tail -20 "$OUT/ingest-dev.log" >&2; exit 1; }
BW eval "$SHARED/dev/gold" --db "$OUT/dev.db" --split held --json > "$OUT/held.json"
BW eval "$SHARED/dev/gold" --db "$OUT/dev.db" --split read --json > "$OUT/read.json"
"$PY" - "$NG" "$OUT/ng.jsonl" <<'P'
import json, pathlib, sys
gold, out = pathlib.Path(sys.argv[1]), sys.argv[2]
with open(out, "w", encoding="utf-8") as fh:
    for j in sorted(gold.glob("*.json")):
        if not j.stem.startswith("ux"):
            d = json.loads(j.read_text("utf-8"))
            fh.write(json.dumps({"url": d["url"], "published": d["published"],
                                 "text": j.with_suffix(".txt").read_text("utf-8")}) + "\n")
P
ONLY=$(ls "$NG"/*.json | xargs -n1 basename | sed 's/\.json$//' | grep -v '^ux' | paste -sd,)
BW ingest "$OUT/ng.jsonl" --db "$OUT/ng.db" >"$OUT/ingest-ng.log" 2>&1 \
    || { tail -20 "$OUT/ingest-ng.log" >&2; exit 1; }
BW eval "$NG" --db "$OUT/ng.db" --only "$ONLY" --json > "$OUT/ng.json"
for u in ux1 ux2 ux3 ux4 ux5 ux6 ux7 ux8; do "$PY" "$REPO/bench/unseen_batch.py" "$SRC" --prefix $u- --json > "$OUT/$u.json"; done
"$PY" "$REPO/bench/audit_figures.py" "$SRC" --python "$PY" --json > "$OUT/audits.json"
for h in unread read; do
  PYTHONPATH=$SRC "$PY" "$REPO/bench/plover.py" --half $h --json > "$OUT/plover_$h.json"
done
"$PY" - "$OUT" <<'P'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
kinds = ("positions", "memberships", "member_counts", "chairs", "founded", "meetings")
for name in ("held", "read", "ng", "ux1", "ux2", "ux3", "ux4", "ux5", "ux6", "ux7", "ux8"):
    d = json.loads((out / f"{name}.json").read_text())
    row = " ".join(f"{k} {d['kinds'][k]['tp']}/{d['kinds'][k]['fp']}/{d['kinds'][k]['fn']}" for k in kinds)
    print(f"{name:5} facts F1 {d['facts_micro']['f1']:.3f} | {row} | dates {d['published_accuracy']:.3f}")
audits = json.loads((out / "audits.json").read_text())
for name, s in audits["articles"].items():
    print(f"{name:10} {s['kind']} {s['tp']}/{s['fp']}/{s['fn']}")
for kind, s in audits["aud-memb13"].items():
    print(f"aud-memb13 {kind} {s['tp']}/{s['fp']}/{s['fn']}")
for half in ("unread", "read"):
    d = json.loads((out / f"plover_{half}.json").read_text())
    print(f"plover {half}: accuracy {d['accuracy']} ({d['correct']}/{d['records']}), actor F1 {d['actors']['f1']}")
print(f"JSON in {out}")
P
