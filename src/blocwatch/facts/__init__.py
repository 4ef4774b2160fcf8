"""Facts stage: parsed document + linked mentions → Claims, each with its sentence as evidence.

One module per predicate, each a class of rules over one shared ``Context`` (composition):
positions.py (holds_position: titles before a name, appositions after it, "the X of Y, NAME",
copulas), memberships.py (member_of lists, joining and leaving; member_count "six-member",
"With 56 states"), chairs.py ("Russia's presidency", "for 2021-2022"), founding.py (founded,
anniversaries), places.py (located_in, part_of); base.py holds the claim drafts and the
look-ups they share.  Subjects and objects are local entity ids ("e3") or knowledge keys
("org:csto"); the store maps them to global entities.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..analysis import DocAnalysis
from ..knowledge import norm
from ..records import Claim
from .base import VERSION, Context, _Draft
from .chairs import Chairs
from .founding import Foundings
from .memberships import MemberCounts, Memberships
from .places import PlaceRules
from .positions import PositionRules

__all__ = ["VERSION", "stage"]

# the declared predicates in the order they run: chairs read the offices positions found,
# member lists read the counts
DECLARED = (MemberCounts, Memberships, Chairs, Foundings)


def _dedupe(drafts: Iterable[_Draft]) -> tuple[Claim, ...]:
    """One claim per fact per document; evidence from every sentence that states it."""
    out: dict[tuple, _Draft] = {}
    order: list[tuple] = []
    for d in drafts:
        c = d.claim
        key: tuple = (c.predicate, c.subject, c.object, c.value, norm(c.role or ""), c.qualifier)
        if c.predicate == "chairs":
            key = (*key, c.date)
        prev = out.get(key)
        if prev is None:
            # a member listed completely elsewhere in the text keeps the complete-list mark
            if c.predicate == "member_of" and c.qualifier in (None, "complete_list"):
                alt = (c.predicate, c.subject, c.object, c.value, "",
                       "complete_list" if c.qualifier is None else None)
                if alt in out:
                    other = out[alt]
                    ev = tuple(dict.fromkeys(other.claim.evidence + c.evidence))
                    keep = other if other.claim.qualifier else d
                    out[alt] = _Draft(replace(keep.claim, evidence=ev), keep.specific_date)
                    continue
            out[key] = d
            order.append(key)
            continue
        merged_ev = tuple(dict.fromkeys(prev.claim.evidence + c.evidence))
        if c.predicate == "holds_position" and c.qualifier is None:
            # a title as of the report beats the same title placed in a narrated past
            best = d if (prev.specific_date and not d.specific_date) else prev
        else:
            best = d if (d.specific_date and not prev.specific_date) else prev
        out[key] = _Draft(replace(best.claim, evidence=merged_ev,
                                  confidence=max(prev.claim.confidence, c.confidence)),
                          best.specific_date or prev.specific_date)
    claims = [out[k] for k in order if k in out]
    # a chair year taken from a takeover or an explicit year beats the default year
    chairs: dict[tuple[str, str | None], list[_Draft]] = {}
    for d in claims:
        if d.claim.predicate == "chairs":
            chairs.setdefault((d.claim.subject, d.claim.object), []).append(d)
    drop = {id(d) for group in chairs.values() if any(x.specific_date for x in group)
            for d in group if not d.specific_date}
    return tuple(d.claim for d in claims if id(d) not in drop)


def stage(an: DocAnalysis) -> tuple[Claim, ...]:
    """All claims the rules find in one analysed document."""
    # titles come normalised from the title layer (titles.normalise), not mapped onto a list
    ctx = Context(an)
    PositionRules(ctx).positions()
    for rules in DECLARED:
        rules(ctx).run()
    PlaceRules(ctx).seats_and_parts()
    return _dedupe(ctx.drafts)
