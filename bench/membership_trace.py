"""Code-computed categories of a missed member list's sentence (issue 13, ``memb14``): how the
parse and the entity marks see the list, and which declared membership rule came nearest.

``bench/membership_misses.py`` calls ``list_features`` for each missed gold membership whose
member stands in a list; every value is a category (a dependency label, a part of speech, a
rule's name, a count class), never a word of the text, so the counts may be printed for the
held half and the unseen batches too.  It reruns every stage before the facts on the stored
text and then the membership rules one match at a time, to tell for each rule that matched
in the sentence whether it made the gold's claims or which guard of ``Memberships.claim``
refused it, and for the rules that did not match, how long a prefix of their best pattern
matched (the rule that came nearest).
"""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from functools import cache

from spacy.matcher import Matcher

from blocwatch import linking, mentions, nlp
from blocwatch.analysis import DocAnalysis
from blocwatch.config import load_options
from blocwatch.facts import rules as factrules
from blocwatch.facts.base import Context
from blocwatch.facts.declared import ORG_KINDS, number
from blocwatch.facts.memberships import MemberCounts, Memberships
from blocwatch.facts.positions import PositionRules
from blocwatch.pipeline import prepare
from blocwatch.records import RawDocument

# the root lemma's class (a class, not the word)
ROOT_CLASSES = {"be": "be", "include": "include", "comprise": "comprise", "consist": "comprise",
                "compose": "comprise", "make": "comprise", "form": "comprise",
                "have": "have", "join": "join", "become": "join", "say": "say",
                "attend": "meet", "meet": "meet", "gather": "meet", "sign": "sign"}
# more classes of a root verb, by what it says of its subject (a class is printed, never the verb)
ROOT_CLASSES.update({v: "place" for v in ("locate", "situate", "base", "headquarter", "lie",
                                          "sit", "spread", "scatter", "station", "live")})
ROOT_CLASSES.update({v: "take part" for v in ("participate", "take", "convene", "assemble",
                                              "represent", "present", "arrive", "come", "go")})
ROOT_CLASSES.update({v: "span" for v in ("span", "stretch", "range", "extend", "cover",
                                         "reach", "stand", "vary")})
ROOT_CLASSES.update({v: "count" for v in ("number", "total", "count", "represent", "account")})
ROOT_CLASSES.update({v: "speech" for v in ("call", "urge", "condemn", "welcome", "express",
                                           "reaffirm", "pledge", "vow", "warn", "stress")})
ROOT_CLASSES.update({v: "decision" for v in ("agree", "discuss", "decide", "adopt", "approve",
                                             "support", "issue", "vote", "endorse", "reach")})
SUBJECTS = ("nsubj", "nsubjpass")
OBJECTS = ("dobj", "pobj", "attr", "oprd")


def analyse(text: str, published: str | None) -> DocAnalysis:
    """The stages before the facts, on a stored text (its cleaning is idempotent)."""
    options = load_options()
    cleaned, docdate = prepare(RawDocument("trace.txt", "trace", text, "text/plain",
                                           published=published), None, options)
    parsed = nlp.stage(cleaned.text, options)
    found = mentions.stage(parsed, None, cleaned.text)
    return DocAnalysis.of_text(parsed, cleaned.text, "trace", found, linking.stage(found),
                               docdate)


@contextmanager
def marked(doc, marks):  # type: ignore[no-untyped-def]
    """The entity marks written on the tokens, as ``factrules.find`` writes them."""
    saved = {i: (doc[i].norm_, doc[i].ent_kb_id_) for i in marks.norms}
    for i, m in marks.norms.items():
        doc[i].norm_ = m
        if m in factrules._GROUP_OF:
            doc[i].ent_kb_id_ = factrules._GROUP_OF[m]
    try:
        yield
    finally:
        for i, (norm, kb_id) in saved.items():
            doc[i].norm_, doc[i].ent_kb_id_ = norm, kb_id


@cache
def _prefix_matcher(vocab, rule: str, k: int, length: int):  # type: ignore[no-untyped-def]
    r = next(r for r in factrules.rules("memberships") if r.name == rule)
    m = Matcher(vocab)
    m.add(rule, [[factrules._native(t) for t in r.patterns[k][:length]]])
    return m


def nearest_rule(doc, sent, marks) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The token rule whose pattern matched the longest share of its tokens in the sentence
    (binary search on prefixes: a prefix of a match matches), and what its next token asks
    for (the attribute names of the pattern token, not the text)."""
    best = (0.0, "none", "-")
    with marked(doc, marks):
        for r in factrules.rules("memberships"):
            if r.kind != "token":
                continue
            for k, p in enumerate(r.patterns):
                lo, hi = 0, len(p)
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if _prefix_matcher(doc.vocab, r.name, k, mid)(sent):
                        lo = mid
                    else:
                        hi = mid - 1
                share = lo / len(p)
                if share > best[0]:
                    nxt = p[lo] if lo < len(p) else {}
                    best = (share, f"{r.name} {lo}/{len(p)}", _token_shape(nxt))
    return best[1], best[2]


def _token_shape(tok: dict) -> str:
    """A pattern token as the attributes it tests ("LOWER[are,were]", "NORM(list)")."""
    out = []
    for key, v in tok.items():
        if key == "OP":
            continue
        if isinstance(v, dict):
            vals = v.get("IN") or v.get("NOT_IN") or []
            out.append(f"{key}{'!' if 'NOT_IN' in v else ''}[{','.join(map(str, vals[:4]))}]")
        else:
            out.append(f"{key}={v}")
    return " ".join(out) or "end"


def refusal(ms: Memberships, m: factrules.RuleMatch) -> str:
    """The first guard of ``Memberships.claim`` that refuses a match (in its order)."""
    if not ms._factual(m):
        return "not factual"
    if ms._non_member(m):
        return "non-member word"
    if ms._bounded(m, "until") or ms._then_left(m):
        return "until/left"
    if m.rule.slot("list") == "complete" and ms._founders(m):
        return "founders"
    org = ms._org(m)
    if m.rule.slot("org_in_noun"):
        org = ms._org_of_noun(m) or org
    if m.rule.slot("members") == "list" and ms._list_modifies_noun(m):
        return "list modifies a noun"
    members = [e for e in ms._members(m) if e is not org]
    if org is None:
        return f"no organization (org slot {m.rule.slot('org', 'span')})"
    if org.kind not in ORG_KINDS:
        return "organization of another kind"
    if not members:
        return "no members"
    if len(members) < m.rule.slot("min_members", 1):
        return "too few members"
    if ms._denied(m):
        return "denied"
    if m.rule.slot("after_members") and not ms._after_members(m):
        return "not after a member sentence"
    if m.rule.slot("org_heads"):
        return "organization's head noun"
    return "passed the guards, no claim (date)"


def _closed(t) -> str:  # type: ignore[no-untyped-def]
    """A token as a category: a closed-class word itself (of, the, and, a comma), a member
    noun, else its part of speech and dependency."""
    if t.pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "PART", "AUX", "SCONJ") or \
            t.lemma_.lower() in ("member", "membership", "state", "country", "nation"):
        return t.lower_
    return f"{t.pos_}/{t.dep_}"


def _names(e) -> set[str]:  # type: ignore[no-untyped-def]
    return {n.lower() for n in (e.name, *e.aliases)} if e is not None else set()


def list_features(text: str, published: str | None, member_names: list[str],
                  org_names: list[str], member_start: int) -> dict[str, str]:
    """Categories of the sentence holding the member's mention at ``member_start``."""
    an = analyse(text, published)
    doc = an.doc
    tok = next((t for t in doc if t.idx <= member_start < t.idx + len(t.text_with_ws)), None)
    if tok is None:
        return {"trace": "member token not found"}
    sent = tok.sent
    ctx = Context(an)
    PositionRules(ctx).positions()
    MemberCounts(ctx).run()
    ms = Memberships(ctx)
    found = ms.matches("memberships")
    marks = ctx.marks
    out: dict[str, str] = {"text after cleaning": "same" if an.text == text else "changed"}
    member = an.entity_at(tok)
    out["member token mark"] = marks.norms.get(tok.i, "unmarked")
    # the run of listed tokens holding the member
    lo = hi = tok.i
    while lo - 1 >= sent.start and lo - 1 in marks.listed:
        lo -= 1
    while hi + 1 < sent.end and hi + 1 in marks.listed:
        hi += 1
    run = {e.local_id for t in doc[lo:hi + 1] for e in [an.entity_at(t)]
           if e is not None and e.kind == "country"}
    in_sent = {e.local_id for t in sent for e in [an.entity_at(t)]
               if e is not None and e.kind == "country"}
    size = len(run)
    out["marked run"] = "1" if size <= 1 else f"{size}" if size < 5 else "5-8" if size < 9 \
        else "9-12" if size < 13 else "13+"
    out["run vs sentence's countries"] = "all" if run == in_sent else \
        f"run {min(size, 9)} of {min(len(in_sent), 9)}"
    prev = doc[lo - 1] if lo > sent.start else None
    out["token before the run"] = "sentence start" if prev is None else _closed(prev)
    nxt = doc[hi + 1] if hi + 1 < sent.end else None
    out["token after the run"] = "sentence end" if nxt is None else _closed(nxt)
    out["run opens with"] = "country" if an.entity_at(doc[lo]) is not None else \
        f"glue {_closed(doc[lo])}"
    out["countries named as modifiers"] = str(sum(
        1 for t in sent if marks.norms.get(t.i) == "bw:country"))
    head = tok  # up through the coordination, and appositions of a country to a country
    while head.head.i != head.i and (head.dep_ in ("conj", "compound") or head.dep_ == "appos"
                                     and an.entity_at(head.head) is not None):
        head = head.head
    above = head.head
    out["list head dep"] = f"{head.dep_}<{head.head.pos_}"
    out["list head's head"] = "itself" if above.i == head.i else \
        f"{_closed(above)}, entity {k.kind if (k := an.entity_at(above)) else 'none'}, " \
        f"{'in run' if lo <= above.i <= hi else 'before run' if above.i < lo else 'after run'}" \
        f", its dep {above.dep_}"
    items, todo = [], [head]  # the list's items: the head, its conjuncts and appositions
    while todo:
        t = todo.pop()
        items.append(t)
        todo += [c for c in t.children if c.dep_ in ("conj", "appos")]
    out["list length (parse)"] = str(min(len(items), 13))
    out["list items joined by"] = "+".join(sorted({t.dep_ for t in items[1:]})) or "-"
    root = sent.root
    out["root class"] = f"{root.pos_}/{ROOT_CLASSES.get(root.lemma_.lower(), 'other')}"
    aux = sorted({c.dep_ for c in root.children if c.dep_ in ("aux", "auxpass", "neg")})
    out["root's auxiliaries"] = f"{root.tag_} " + ("+".join(aux) or "none")
    if prev is not None:
        out["the word before the list attaches to"] = "root" if prev.head.i == root.i else \
            f"{_closed(prev.head)} ({'before' if prev.head.i < prev.i else 'after'})"
        out["tokens from the root to the list"] = (lambda n: "0" if n <= 0 else "1-3" if n <= 3
                                                   else "4-8" if n <= 8 else "9+")(lo - 1 - root.i - 1)
    nouns = [t for t in sent if t.lemma_.lower() in ("member", "membership")]
    out["member words"] = str(len(nouns))
    out["member word deps"] = ",".join(
        f"{t.dep_}<{t.head.pos_}" + ("(before list)" if t.i < lo else "(after list)"
                                      if t.i > hi else "(inside)") for t in nouns) or "-"
    out["member word's neighbours"] = ",".join(
        f"{_closed(t.nbor(-1)) if t.i > sent.start else 'start'} _ "
        f"{_closed(t.nbor(1)) if t.i + 1 < sent.end else 'end'}" for t in nouns) or "-"
    out["member word's children"] = ",".join(
        f"{c.dep_}:{_closed(c)}" for t in nouns[:1] for c in t.children) or "-"
    counted = [number([c]) for t in nouns[:1] for c in t.children if c.dep_ == "nummod"]
    out["member noun's number vs the list"] = "no number" if not counted or counted[0] is None \
        else "equal" if counted[0] == size else "list longer" if size > counted[0] \
        else "list one shorter" if size + 1 == counted[0] else "list 2-3 shorter" \
        if size + 3 >= counted[0] else "list 4+ shorter"
    out["member noun's number"] = "none" if not counted or counted[0] is None else \
        "2-9" if counted[0] < 10 else "10-20" if counted[0] <= 20 else "21-60" \
        if counted[0] <= 60 else "61+"
    kinds = Counter(an.entity_at(t).kind if an.entity_at(t) is not None else t.pos_
                    for t in items)
    out["list items (parse) by kind"] = ",".join(f"{k} {min(v, 13)}" for k, v in sorted(kinds.items()))
    colon = [t.i for t in sent if t.text in (":", "-", "–", "—")]
    out["colon/dash before the list"] = "yes" if any(c < lo for c in colon) else "no"
    first = sent[0]
    out["sentence opens with"] = "possessive" if first.tag_ == "PRP$" else \
        "pronoun" if first.pos_ == "PRON" else f"{first.pos_}"
    out["line break / bullet"] = ("newline" if "\n" in sent.text.strip() else "one line") + \
        ("+bullet" if any(t.text in ("•", "*", "·") for t in sent) else "")
    out["member's entity"] = "none" if member is None else member.kind
    # the organization: where its nearest mention before the list's sentence stands
    orgs = [e for e in an.entities if e.kind in ORG_KINDS and
            _names(e) & {n.lower() for n in org_names}]
    sents = list(doc.sents)
    k = next(n for n, s in enumerate(sents) if s.start == sent.start)
    before = [n for n in range(k + 1) for e in orgs for i in e.mentions
              if sents[n].start_char <= an.mentions[i].start < sents[n].end_char]
    if not orgs:
        out["org sentence"] = "org not an entity here"
    elif not before:
        out["org sentence"] = "none before"
    else:
        n = max(before)
        dl = an.dateline_span
        out["org sentence"] = f"{k - n} before, " + (
            "headline" if n == 0 else "dateline line" if sents[n].start_char < dl[1] <= sents[n].end_char
            or dl[0] <= sents[n].start_char < dl[1] else "body")
        out["org entity"] = ",".join(sorted({e.kind + ("/known" if e.key else "/unknown") +
                                             ("/membership body" if ms._membership_body(e)
                                              else "") for e in orgs}))
    out["preceding org found"] = "none" if (p := ms._preceding_org(sent)) is None else \
        "the gold org" if p in orgs else "another org"
    # the rules that matched in the sentence, each alone: made the gold claim, or refused
    fired = []
    for m in found:
        if m.span.sent.start != sent.start or m.rule.predicate != "member_of":
            continue
        n0 = len(ctx.drafts)
        ms.claim(m, found)
        made = ctx.drafts[n0:]
        if not made:
            fired.append(f"{m.rule.name}: {refusal(ms, m)}")
            continue
        subj = {d.claim.subject for d in made}
        objs = {d.claim.object for d in made}
        right_org = any(o in {e.local_id for e in orgs} for o in objs)
        fired.append(f"{m.rule.name}: made, {'gold org' if right_org else 'other org'}, "
                     f"{'member in' if member is not None and member.local_id in subj else 'member out'}")
    out["rules matched"] = "; ".join(sorted(fired)) or "none"
    if not fired:
        out["nearest rule"], out["its next token"] = nearest_rule(doc, sent, marks)
    return out
