"""located_in and part_of: a body's seat ("headquartered in") and its parent from the knowledge data."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .base import Base

SEAT_CUES = {"headquartered", "based", "located", "deployed", "stationed", "runs", "operates",
             "opened", "headquarters", "seat"}


class PlaceRules(Base):
    # --- located_in and part_of --------------------------------------------------------------
    def seats_and_parts(self) -> None:
        seen_parts: set[str] = set()
        for i, m in enumerate(self.an.mentions):
            if m.kind != "body" or i not in self.an.entity_of_mention:
                continue
            body = self.an.entity_of_mention[i]
            span = self.an.mention_span(i)
            sent = span.sent
            known = self.an.kb.entities.get(m.key or "")
            if known is not None and known.parent and body.local_id not in seen_parts:
                seen_parts.add(body.local_id)
                parent = self._local_for_key(known.parent) or known.parent
                self.add("part_of", body.local_id, sent, 0.95, "part_of", object=parent)
            place = self._place_after(span) or self._place_inside(m.name, m.text)
            if place and ({t.lower_ for t in sent} & SEAT_CUES or " in " in m.text):
                self.add("located_in", body.local_id, sent, 0.7, "seat", object=place)

    def _local_for_key(self, key: str) -> str | None:
        return next((e.local_id for e in self.an.entities if e.key == key), None)

    def _place_after(self, span: Span) -> str | None:
        doc = self.doc
        k = span.end
        if k < len(doc) and doc[k].lower_ == "in":
            for j in range(k + 1, min(k + 5, len(doc))):
                e = self.entity(doc[j])
                if e is not None and e.kind == "place":
                    return e.local_id
                if e is not None and e.kind != "country":
                    return None
        return None

    def _place_inside(self, name: str, text: str) -> str | None:
        m = re.search(r"\bin\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)", text)
        if not m:
            return None
        known = self.an.kb.lookup(m.group(1), ("place",))
        return known[0].key if known else None
