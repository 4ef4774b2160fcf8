"""Which shapes of a one-participant gathering the meeting extractor reads (issue 13, ``meet36``).

    .venv/bin/python bench/one_participant_probe.py [--json]

A coverage probe, not a gold set and not a precision figure: each line below is a template
sentence written for this probe (not copied from any article), in one construction of the
gold schema's one-participant meeting (../shared/dev/README.md "meetings": a body's session,
an organization's summit), with the one side it names and the day it gives.  Each is run
alone through ``pipeline.process`` as a document published on Monday 2017-06-12 and counted
"read" (a CONSULT event whose sides are that one organization or body, the day right),
"date" (the side right, the day not), "more sides" (that side with others) or "missed".
Organization names are real bodies (the gazetteer's and some it lacks); no person's name
from any gold file is used.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from blocwatch import pipeline  # noqa: E402
from blocwatch.config import load_options  # noqa: E402
from blocwatch.records import RawDocument  # noqa: E402

PUBLISHED = "2017-06-12"  # a Monday: Friday is 06-09, Sunday 06-11, Tuesday 06-06
# (construction, sentence, a word of the one side's canonical name, the day)
PROBES = [
    ("passive held", "The SCO summit was held in Astana on Friday.", "Shanghai", "2017-06-09"),
    ("passive held, of", "The summit of the Shanghai Cooperation Organisation was held in Astana "
     "on Friday.", "Shanghai", "2017-06-09"),
    ("took place", "The annual NATO summit took place in Brussels on Friday.", "North Atlantic",
     "2017-06-09"),
    ("opened", "The African Union summit opened in Addis Ababa on Sunday.", "African Union",
     "2017-06-11"),
    ("ended", "The African Union summit ended in Addis Ababa on Sunday with a call for peace.",
     "African Union", "2017-06-11"),
    ("concluded", "The Commonwealth summit concluded on Sunday in Malta.", "Commonwealth",
     "2017-06-11"),
    ("wrapped up", "The GCC summit wrapped up in Doha on Tuesday.", "Gulf", "2017-06-06"),
    ("kicked off", "The SCO summit kicked off in Astana on Friday.", "Shanghai", "2017-06-09"),
    ("was convened", "The SCO summit was convened in Astana on Friday.", "Shanghai",
     "2017-06-09"),
    ("held its summit", "On Friday, the European Union held its summit in Brussels.",
     "European Union", "2017-06-09"),
    ("held its Nth session", "The Council of Europe's Committee of Ministers held its 132nd "
     "session in Turin on Friday.", "Committee of Ministers", "2017-06-09"),
    ("Nth session took place", "The 132nd Session of the Committee of Ministers of the Council of "
     "Europe took place in Turin on Friday.", "Committee of Ministers", "2017-06-09"),
    ("body held a meeting", "The Supreme Eurasian Economic Council held a meeting in Minsk on "
     "Friday.", "Supreme Eurasian", "2017-06-09"),
    ("a meeting of, was held", "A meeting of the CIS Council of Heads of State was held in "
     "Dushanbe on Friday.", "CIS Council", "2017-06-09"),
    ("an emergency meeting of", "An emergency meeting of the UN Security Council was held on "
     "Friday.", "Security Council", "2017-06-09"),
    ("an extraordinary session of", "An extraordinary session of the CSTO Collective Security "
     "Council was held in Moscow on Friday.", "Collective Security Council", "2017-06-09"),
    ("at the summit", "At the ASEAN summit in Manila on Friday, leaders agreed to fight piracy.",
     "Southeast Asian", "2017-06-09"),
    ("at the day's summit", "At Sunday's Arab League summit, the leaders adopted a plan.",
     "Arab States", "2017-06-11"),
    ("at last week's summit", "Leaders at last week's NATO summit in Riga discussed security.",
     "North Atlantic", "2017-06"),
    ("the day's session of", "The decision came at Tuesday's session of the UN Security Council.",
     "Security Council", "2017-06-06"),
    ("participle held", "The summit of the Organization of Turkic States, held in Samarkand on "
     "Friday, adopted a declaration.", "Turkic", "2017-06-09"),
    ("relative opened", "The NATO summit, which opened in Riga on Tuesday, discussed security.",
     "North Atlantic", "2017-06-06"),
    ("relative began", "The NATO summit which began in Riga on Tuesday discussed security.",
     "North Atlantic", "2017-06-06"),
    ("relative closed", "The AU summit, which closed on Sunday, called for peace.",
     "African Union", "2017-06-11"),
    ("relative ended", "The EU summit, which ended on Friday, agreed a new budget.",
     "European Union", "2017-06-09"),
    ("relative concluded", "The EU summit, which concluded in Brussels on Friday, agreed a new "
     "budget.", "European Union", "2017-06-09"),
    ("relative ended, of", "The summit of the African Union, which ended on Sunday, called for "
     "peace.", "African Union", "2017-06-11"),
    ("body met", "The OSCE Permanent Council convened on Thursday in Vienna.",
     "Permanent Council", "2017-06-08"),
    ("members met", "NATO defence ministers met in Brussels on Friday.", "North Atlantic",
     "2017-06-09"),
    ("members met, capitalised title", "NATO Defence Ministers met in Brussels on Friday.",
     "North Atlantic", "2017-06-09"),
    ("heads of state of, met", "The heads of state of the CSTO met in Yerevan on Friday.",
     "Collective Security Treaty", "2017-06-09"),
    ("organ not in the gazetteer met", "The African Union Assembly met on Sunday in Addis Ababa.",
     "Assembly", "2017-06-11"),
    ("the day's parliament session", "Much of Friday's Serbian Parliament session was spent on "
     "the budget.", "Parliament", "2017-06-09"),
    ("unknown acronym summit", "The CELAC summit was held in Lima on Friday.", "CELAC",
     "2017-06-09"),
    ("unknown name summit", "The Eastern Partnership summit was held in Lima on Friday.",
     "Eastern Partnership", "2017-06-09"),
]


def probe() -> list[dict]:
    opts = load_options()
    out = []
    for i, (shape, sentence, side, day) in enumerate(PROBES):
        raw = RawDocument(source_path=f"probe{i}", source_key=f"probe{i}",
                          text="News\n\n" + sentence, media_type="text/plain",
                          published=PUBLISHED)
        ex = pipeline.process(raw, opts)
        names = {e.local_id: e.name for e in ex.entities}
        fate, got = "missed", []
        for ev in ex.events:
            if ev.category != "CONSULT":
                continue
            sides = [names.get(a, a) for a in (*ev.actors, *ev.targets)
                     if not a.startswith("org:")]
            hit = [s for s in sides if side.lower() in s.lower()]
            if not hit:
                continue
            rules = "+".join(e.extractor.rsplit(":", 1)[-1] for e in ev.evidence)
            got = [ev.date, sides, rules]
            fate = "more sides" if len(sides) > len(hit) else \
                "read" if ev.date == day else "date"
            if fate == "read":
                break
        out.append({"shape": shape, "fate": fate, "want": day, "got": got})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = probe()
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    for r in rows:
        print(f"{r['fate']:10} {r['shape']:32} want {r['want']:10} got {r['got']}")
    print(dict(collections.Counter(r["fate"] for r in rows)))


if __name__ == "__main__":
    main()
