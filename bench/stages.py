"""CPU milliseconds per article for each stage of ingest, to find where time beyond spaCy goes.

Runs the per-document stages over N articles of ``../shared/corpus/news`` in one process:
clean and date, spaCy (``nlp.pipe``, batch 32), then each stage after NLP timed on its own by
wrapping the stage functions (and, with ``--detail``, the functions inside the facts and
events stages) with ``time.process_time``.  A profiler would inflate token-walking Python
several times; plain timers around whole functions do not.  Store writes are not included
(``bench/throughput.py`` measures the whole ingest).

    .venv/bin/python bench/stages.py [--limit 300] [--repeat 3] [--detail] [--profile OUT.prof]

With ``--repeat N`` the stages after NLP run N times over the same parses and each figure is
the least of the N (on a shared machine the least is the one least disturbed); runs after the
first find the per-text caches warm, so the first run's total is printed too (what an ingest
pays).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import itertools
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

NEWS = REPO.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"

# (module, function) pairs timed; nested ones are reported inside their parent's time
STAGES = [("blocwatch.mentions", "stage"), ("blocwatch.linking", "stage"),
          ("blocwatch.facts", "stage"), ("blocwatch.linking", "merge_same_office"),
          ("blocwatch.events", "stage"), ("blocwatch.events", "quotes")]


def _detail() -> list[tuple[str, str]]:
    """Every public or private function defined in the modules of the stages after NLP."""
    import inspect

    out = []
    for name in ("blocwatch.facts.positions", "blocwatch.facts.memberships",
                 "blocwatch.facts.chairs", "blocwatch.facts.founding", "blocwatch.facts.places",
                 "blocwatch.facts.titles", "blocwatch.facts.rules", "blocwatch.facts.declared",
                 "blocwatch.meetings", "blocwatch.plover", "blocwatch.actors",
                 "blocwatch.topics", "blocwatch.quotes", "blocwatch.analysis",
                 "blocwatch.meeting_drafts", "blocwatch.names", "blocwatch.mentions",
                 "blocwatch.linking", "blocwatch.events", "blocwatch.matching",
                 "blocwatch.orgnames"):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        for attr, fn in vars(mod).items():
            if inspect.isfunction(fn) and fn.__module__ == name:
                out.append((name, attr))
            elif inspect.isclass(fn) and fn.__module__ == name:
                for meth, f in vars(fn).items():
                    if inspect.isfunction(f):
                        out.append((name, f"{attr}.{meth}"))
    return out


class Timers:
    def __init__(self) -> None:
        self.total: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.depth = 0

    def wrap(self, module: str, attr: str) -> None:
        mod = importlib.import_module(module)
        owner, name = mod, attr
        if "." in attr:
            cls, name = attr.split(".", 1)
            owner = getattr(mod, cls)
        fn = getattr(owner, name)
        if isinstance(vars(owner).get(name), (staticmethod, classmethod, property)):
            return
        key = f"{module.removeprefix('blocwatch.')}.{attr}"
        timers = self

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                timers.total[key] += time.process_time() - t
                timers.calls[key] += 1

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        setattr(owner, name, timed)
        # modules that imported the function by name see the wrapped one too
        for other in list(sys.modules.values()):
            if getattr(other, "__name__", "").startswith("blocwatch") and \
                    getattr(other, name, None) is fn and owner is mod:
                setattr(other, name, timed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--detail", action="store_true", help="also time the functions inside facts/events")
    ap.add_argument("--profile", help="write a cProfile of the stages after NLP here")
    args = ap.parse_args()

    from blocwatch import nlp, pipeline
    from blocwatch.config import Options
    from blocwatch.errors import BlocwatchError
    from blocwatch.read import read

    options = Options()
    ready = []
    t0 = time.process_time()
    for raw in itertools.islice(read([str(NEWS)], options), args.limit):
        if not hasattr(raw, "text"):
            continue
        try:
            ready.append(pipeline.prepare(raw, None, options))
        except BlocwatchError:
            continue
    t_prep = time.process_time() - t0
    nlp.load_pipeline  # noqa: B018 - imported before timing
    list(nlp.stage_many(["Warm up."], options))
    t0 = time.process_time()
    docs = list(nlp.stage_many([c.text for c, _ in ready], options))
    t_nlp = time.process_time() - t0
    timers = Timers()
    for module, attr in STAGES + (_detail() if args.detail else []):
        timers.wrap(module, attr)
    prof = cProfile.Profile() if args.profile else None
    best: dict[str, float] = {}
    t_after = float("inf")
    t_cold = 0.0  # the first run: the per-text caches start empty, as in an ingest
    for run in range(max(1, args.repeat)):
        timers.total.clear()
        t0 = time.process_time()
        if prof:
            prof.enable()
        for (cleaned, docdate), parsed in zip(ready, docs, strict=True):
            pipeline.analyse(cleaned, docdate, parsed)
        if prof:
            prof.disable()
        t_after = min(t_after, time.process_time() - t0)
        if run == 0:
            t_cold = t_after
        for key, total in timers.total.items():
            best[key] = min(best.get(key, float("inf")), total)
    if prof:
        prof.dump_stats(args.profile)
    n = len(ready)
    print(f"{n} articles; CPU ms/article")
    print(f"  clean+date        {1000 * t_prep / n:7.2f}")
    print(f"  spaCy nlp.pipe    {1000 * t_nlp / n:7.2f}")
    print(f"  after NLP, total  {1000 * t_after / n:7.2f}   ({t_after / t_nlp:.1%} of spaCy)")
    if args.repeat > 1:  # later runs find every per-text cache warm, which an ingest does not
        print(f"  after NLP, cold   {1000 * t_cold / n:7.2f}   (the first run)")
    for key, total in sorted(best.items(), key=lambda kv: -kv[1]):
        if 1000 * total / n >= 0.05:
            print(f"    {key:<48} {1000 * total / n:7.2f}  "
                  f"({timers.calls[key] // max(1, args.repeat)} calls)")


if __name__ == "__main__":
    main()
