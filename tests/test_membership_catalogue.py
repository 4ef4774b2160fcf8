"""A catalogue of the English constructions that state (or deny) a membership and a member
count, each a template sentence filled with several organizations and their members, run
through the real pipeline (issue 13, round 5).

The templates are written from grammar and from how wires, ministries, organizations' own
sites and regional papers state membership, not from any article: member lists after a colon,
dash or brackets; verbs of composition; belonging; accession and admission; founders; the
organization as an acronym, a full name or "the bloc" referring back; the OSCE's
"participating States", a treaty's "States Parties"; and the statements that are no
membership (observers, partners, candidates, applicants, suspended, withdrawn, "until")."""

from __future__ import annotations

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.records import RawDocument

# (acronym or short name, full name, the name the knowledge data gives it, three members)
ORGS = (
    ("SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation",
     ("Kazakhstan", "Kyrgyzstan", "Tajikistan")),
    ("CSTO", "Collective Security Treaty Organization", "Collective Security Treaty Organization",
     ("Armenia", "Belarus", "Kazakhstan")),
    ("ASEAN", "Association of Southeast Asian Nations", "Association of Southeast Asian Nations",
     ("Indonesia", "Malaysia", "Thailand")),
    ("GCC", "Gulf Cooperation Council", "Gulf Cooperation Council", ("Kuwait", "Qatar", "Oman")),
    ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organization",
     ("Poland", "Norway", "Canada")),
    ("EAEU", "Eurasian Economic Union", "Eurasian Economic Union",
     ("Armenia", "Belarus", "Russia")),
    ("AU", "African Union", "African Union", ("Nigeria", "Kenya", "Ghana")),
    ("OIC", "Organisation of Islamic Cooperation", "Organisation of Islamic Cooperation",
     ("Pakistan", "Egypt", "Senegal")),
    ("Arab League", "League of Arab States", "League of Arab States",
     ("Egypt", "Jordan", "Morocco")),
    ("Mercosur", "Mercosur", "Mercosur", ("Brazil", "Argentina", "Uruguay")),
    ("BRICS", "BRICS", "BRICS", ("Brazil", "India", "China")),
    ("CIS", "Commonwealth of Independent States", "Commonwealth of Independent States",
     ("Armenia", "Moldova", "Kazakhstan")),
    ("EU", "European Union", "European Union", ("Poland", "Hungary", "Austria")),
)
LEAD = "The summit opened in the capital on Monday.\n\n"

# construction -> a sentence with {S} (the organization: an acronym in one filling, its full
# name in the next), {A}, {B}, {C} (members); every country the sentence names is a member
MEMBERS = {
    # member lists after a colon, a dash or brackets
    "org_brackets_list": "Leaders of the {S} ({A}, {B} and {C}) met on Monday.",
    "member_states_dash_list": "{S} member states — {A}, {B} and {C} — signed the statement.",
    "member_states_colon": "The {S} member states: {A}, {B} and {C}.",
    "headline_member_states": "{S} member states: {A}, {B}, {C}.",
    "member_states_of_org_dash": "Member states of the {S} — {A}, {B} and {C} — backed it.",
    "member_countries_of_dash": "The member countries of the {S} — {A}, {B} and {C} — took part.",
    "countries_of_org_dash": "The countries of the {S} — {A}, {B} and {C} — met.",
    "count_then_colon": "The {S} currently has nine members: {A}, {B} and {C}.",
    "count_then_dash": "Currently, the {S} consists of nine member states — {A}, {B} and {C}.",
    "count_then_brackets": "The {S} has nine member states ({A}, {B} and {C}).",
    "n_nation_brackets": "The nine-nation {S} ({A}, {B} and {C}) met on Monday.",
    "org_countries_brackets": "The {S} countries ({A}, {B} and {C}) met on Monday.",
    "attended_by_colon": "The meeting was attended by defence ministers of the {S} member "
                         "states: {A}, {B} and {C}.",
    "delegations_dash": "Delegations from the {S} member states — {A}, {B} and {C} — took part.",
    "member_states_brackets": "The {S} member states ({A}, {B} and {C}) signed.",
    "org_countries_spaced_hyphen": "Representatives of the {S} countries - {A}, {B} and {C} - met.",
    "member_countries_commas": "Heads of state of the {S} member countries, {A}, {B} and {C}, "
                               "met.",
    "includes_n_colon": "The {S} includes nine member states: {A}, {B} and {C}.",
    "member_states_of_org_are": "Member States of the {S} are {A}, {B} and {C}.",
    "org_member_states_capitalised": "The {S} Member States {A}, {B} and {C} signed.",
    "lines_after_heading": LEAD + "The {S} member states are:\n- {A}\n- {B}\n- {C}\n\nThe "
                           "organisation was founded long ago.",
    # verbs of composition
    "unites": "{S} unites {A}, {B} and {C}.",
    "brings_together": "The {S} brings together {A}, {B} and {C}.",
    "comprises": "{S} comprises {A}, {B} and {C}.",
    "consists_of": "{S} consists of {A}, {B} and {C}.",
    "is_made_up_of": "{S} is made up of {A}, {B} and {C}.",
    "is_composed_of": "The {S} is composed of {A}, {B} and {C}.",
    "groups": "{S} groups {A}, {B} and {C}.",
    "includes": "{S} includes {A}, {B} and {C}.",
    "currently_includes": "The {S} currently includes {A}, {B} and {C}.",
    "today_unites": "Today, the {S} unites {A}, {B} and {C}.",
    "also_includes": "The {S} also includes {A}, {B} and {C}.",
    "which_includes": "The {S}, which includes {A}, {B} and {C}, met on Monday.",
    "which_unites": "The {S}, which unites {A}, {B} and {C}, met on Monday.",
    "which_brings_together": "The {S}, which brings together {A}, {B} and {C}, met on Monday.",
    "made_up_of_participle": "The {S}, made up of {A}, {B} and {C}, met on Monday.",
    "comprising_participle": "The {S}, comprising {A}, {B} and {C}, met on Monday.",
    "membership_comprises": "The {S}'s membership comprises {A}, {B} and {C}.",
    "besides_x_includes": "Besides {A}, the {S} includes {B} and {C}.",
    "in_addition_to_x_includes": "In addition to {A}, the {S} includes {B} and {C}.",
    "along_with_x_includes": "Along with {A}, the {S} includes {B} and {C}.",
    # copulas and member nouns
    "member_states_include": "The {S}'s member states include {A}, {B} and {C}.",
    "has_n_members_including": "The {S} has nine members, including {A} and {B}.",
    "list_are_org_member_states": "{A}, {B} and {C} are {S} member states.",
    "members_listed_then_observer": "{A}, {B} and {C} are members of the {S}, while Mongolia "
                                    "is an observer.",
    "is_an_org_member": "{A} is an {S} member.",
    "member_state_hyphen_of": "{A} is a member-state of the {S}.",
    "full_member": "{A} is a full member of the {S}.",
    "among_org_members": "{A} is among the {S} members.",
    "has_been_org_member_since": "{A} has been an {S} member since 2001.",
    "list_are_founding_members": "{A}, {B} and {C} are the founding members of the {S}.",
    "founding_members_dash": "The founding members of the {S} — {A}, {B} and {C} — met.",
    "members_are": "Members of the {S} include {A}, {B} and {C}.",
    "n_member_states_are": "The {S}'s nine member states are {A}, {B} and {C}.",
    "other_members_are": "Other {S} members are {A}, {B} and {C}.",
    "whose_members_include": "The {S}, whose members include {A}, {B} and {C}, met on Monday.",
    "whose_member_states_are": "The {S}, whose member states are {A}, {B} and {C}, met.",
    "list_are_members": "{A}, {B} and {C} are members of the {S}.",
    "is_member": "{A} is a member of the {S}.",
    "is_member_state": "{A} is a {S} member state.",
    "full_fledged_member": "{A} is a full-fledged member of the {S}.",
    "founding_member": "{A} is a founding member of the {S}.",
    "one_of_founding_members": "{A} was one of the founding members of the {S}.",
    "among_founding_states": "{A} was among the founding states of the {S}.",
    "one_of_founders": "{A} is one of the founders of the {S}.",
    "is_part_of": "{A} is part of the {S}.",
    "belongs_to": "{A} belongs to the {S}.",
    "sits_in": "{A} sits in the {S}.",
    "member_since": "{A} has been a member of the {S} since 2001.",
    "membership_of": "{A}'s membership of the {S} was confirmed in talks on Monday.",
    "membership_in": "{A}'s membership in the {S} gives it a voice on security.",
    "org_membership_possessive": "{A}'s {S} membership was never in doubt.",
    # appositions and relative clauses
    "a_member_of_apposition": "{A}, a member of the {S}, signed the deal.",
    "member_since_apposition": "{A}, a member of the {S} since 2001, backed the plan.",
    "a_member_state_apposition": "{A}, a {S} member state, hosted the talks.",
    "one_of_org_members_apposition": "{A}, one of the {S} members, signed.",
    "org_founding_member_apposition": "{A}, a {S} founding member, signed.",
    "fellow_member_apposition": "{A}, a fellow {S} member, signed.",
    "who_are_members": "{A} and {B}, who are {S} members, signed.",
    "which_is_a_member": "{A}, which is a member of the {S}, signed.",
    "as_org_member": "{A}, as a {S} member, backed the plan.",
    "as_member_state_of": "{A}, as a member state of the {S}, backed the plan.",
    "all_members_of": "{A}, {B} and {C}, all members of the {S}, signed the deal.",
    "both_members": "{A} and {B}, both {S} members, signed the deal.",
    "list_then_member_states": "The foreign ministers of {A}, {B} and {C}, the {S} member "
                               "states, met on Monday.",
    "org_described_as_grouping_of": "The {S}, a grouping of {A}, {B} and {C}, met.",
    "org_described_as_alliance_of": "The {S}, an alliance of {A}, {B} and {C}, met.",
    # the organization as a modifier of the member noun
    "org_countries_named": "The {S} countries {A}, {B} and {C} signed the deal.",
    "org_nations_named": "The {S} nations {A}, {B} and {C} signed the deal.",
    "org_member_named": "{S} member {A} hosted the talks.",
    "org_member_hyphen_state": "{S} member-state {A} hosted the talks.",
    "leaders_of_member_states": "Leaders of the {S} member states {A}, {B} and {C} met.",
    "members_such_as": "{S} members such as {A} and {B} backed the plan.",
    "countries_such_as": "{S} countries such as {A} and {B} backed the plan.",
    "states_including": "{S} states, including {A} and {B}, backed the plan.",
    "and_its_fellow_members": "{A} and its fellow {S} members {B} and {C} signed.",
    "along_with_other_members": "{A}, along with other {S} members {B} and {C}, signed.",
    # "the bloc", "the organisation", "it" referring back
    "the_bloc_members_are": "The {S} met on Monday. The bloc's members are {A}, {B} and {C}.",
    "the_organisation_includes": "The {S} met on Monday. The organisation includes {A}, {B} "
                                 "and {C}.",
    "it_includes": "The {S} met on Monday. It includes {A}, {B} and {C}.",
    "the_bloc_comprises": "The {S} met on Monday. The bloc comprises {A}, {B} and {C}.",
    "the_organisations_members_are": "The {S} met. The organisation's members are {A}, {B} "
                                    "and {C}.",
    "its_members_are": "The {S} met. Its members are {A}, {B} and {C}.",
    "the_other_members_dash": "The {S} met. The other members — {A}, {B} and {C} — backed it.",
}
# memb7: growth to include, an organization with modifiers the token patterns do not list,
# members named "along with" one another (a table of its own, so that the fillings above keep
# their organizations)
MEMBERS_MEMB7 = {
    "has_grown_to_include": "The {S} has since grown to include {A}, {B} and {C}.",
    "member_of_modified_org_apposition": "{A}, a founding member of the Minsk-based {S}, "
                                         "signed the deal.",
    "part_of_org_regional_bloc": "{A} is part of the {S} regional bloc.",
    "along_with_list_is_member_of": "{A}, along with {B} and {C}, is a member of the {S}.",
}
# the founders: members from the founding (a year the sentence gives)
FOUNDERS = {
    "founded_by": "The {S} was founded by {A}, {B} and {C} in 2001.",
    "founded_in_by": "The {S} was founded in 2001 by {A}, {B} and {C}.",
    "established_by": "The {S} was established in 2001 by {A}, {B} and {C}.",
    "list_founded": "{A}, {B} and {C} founded the {S} in 2001.",
    "list_established": "{A}, {B} and {C} established the {S} in 2001.",
    "list_set_up": "{A}, {B} and {C} set up the {S} in 2001.",
}

# accessions, admissions and joinings: the member with the year of joining
JOINED = {
    "accession_to": "{A}'s accession to the {S} in 2015 was welcomed.",
    "acceded_to": "{A} acceded to the {S} in 2015.",
    "was_admitted": "{A} was admitted to the {S} in 2015.",
    "joined": "{A} joined the {S} in 2015.",
    "became_full_member": "{A} became a full member of the {S} in 2015.",
    "became_nth_member": "{A} became the 9th member of the {S} in 2015.",
    "obtained_member_status": "{A} obtained the status of a full member of the {S} in 2015.",
    "became_member_of": "{A} became a member of the {S} in 2015.",
    "accepted_into": "{A} was accepted into the {S} in 2015.",
    "entered": "{A} entered the {S} in 2015.",
    "admission_to": "{A}'s admission to the {S} in 2015 was welcomed.",
    "which_joined": "{A}, which joined the {S} in 2015, signed.",
    "org_admitted": "The {S} admitted {A} in 2015.",
    "org_accepted_as": "The {S} accepted {A} as a full member in 2015.",
    "gained_full_membership": "{A} gained full membership in the {S} in 2015.",
    "completed_accession": "{A} completed its accession to the {S} in 2015.",
    "accession_of_list": "The accession of {A} and {B} to the {S} in 2015 was welcomed.",
    "admission_of": "The admission of {A} to the {S} in 2015 was welcomed.",
    "officially_nth": "{A} officially became the {S}'s ninth member in 2015.",
    "granted_member_status": "{A} was granted the status of full member of the {S} in 2015.",
}

# statements that give no membership as of the report
NO_MEMBERSHIP = {
    "observer": "{A} is an observer in the {S}.",
    "observer_status": "{A} has observer status at the {S}.",
    "observer_apposition": "{A}, an observer of the {S}, attended.",
    "observer_states_listed": "The {S} observer states — {A} and {B} — attended.",
    "observer_status_obtained": "{A} obtained the status of an observer in the {S} in 2005.",
    "candidate": "{A} is a candidate for {S} membership.",
    "candidate_countries": "{S} candidate countries {A} and {B} attended.",
    "applicant": "{A} has applied to join the {S}.",
    "applicants_hope": "Applicants {A} and {B} hope to join the {S}.",
    "application": "{A} submitted its application for {S} membership in 2022.",
    "bid_to_join": "{A}'s bid to join the {S} stalled.",
    "aspiring_member": "{A}, an aspiring {S} member, attended.",
    "associate_member": "{A} is an associate member of the {S}.",
    "dialogue_partner": "{A} is a dialogue partner of the {S}.",
    "dialogue_partners_listed": "The {S} dialogue partners — {A} and {B} — attended.",
    "partner": "{A} is a partner of the {S}.",
    "partner_country": "{A} is a {S} partner country.",
    "partners_named": "{S} partners {A} and {B} attended.",
    "suspended_from": "{A} was suspended from the {S} in 2021.",
    "suspended_member": "{A}, a suspended member of the {S}, was not invited.",
    "withdrew": "{A} withdrew from the {S} in 2012.",
    "left": "{A} left the {S} in 2012.",
    "expelled": "{A} was expelled from the {S} in 2012.",
    "ceased_to_be": "{A} ceased to be a member of the {S} in 2012.",
    "no_longer": "{A} is no longer a member of the {S}.",
    "not_a_member": "{A} is not a member of the {S}.",
    "non_member": "{A}, a non-member of the {S}, abstained.",
    "until_year": "{A} was a member of the {S} until 2012.",
    "former_member": "{A}, a former member of the {S}, abstained.",
    "seeks_membership": "{A} seeks membership of the {S}.",
    "wants_to_join": "{A} wants to join the {S}.",
    "will_join": "{A} will join the {S} next year.",
    "observers_attended": "Observers {A} and {B} attended the {S} summit.",
    "guests_from": "Leaders of the {S} and guests from {A} and {B} met.",
    "guests_attended": "The {S} summit was attended by guests from {A} and {B}.",
    "holds_chairmanship": "{A}, which holds the {S} chairmanship, hosted.",
    "signed_memorandum": "{A} and the {S} signed a memorandum.",
    "hosted_summit": "{A} hosted the {S} summit.",
    "envoy_to": "{A}'s envoy to the {S} spoke.",
    "applied_for": "{A} applied for {S} membership in 2022.",
    "set_to_join": "{A} is set to join the {S}.",
    "expected_to_become": "{A} is expected to become a full member of the {S}.",
    "received_observer_status": "{A} received observer status in the {S} in 2005.",
    "org_granted_partner_status": "The {S} granted {A} the status of a dialogue partner.",
    "partner_not_member": "{A} is a dialogue partner, not a member, of the {S}.",
    "application_approved": "The {S} approved {A}'s application to join in 2023.",
    "talks_on_membership": "{A} held talks on {S} membership.",
    "invited_to_join": "The {S} invited {A} to join.",
    "observers_named": "The {S} observers {A} and {B} attended.",
    "membership_bid_possessive": "{A}'s {S} membership bid stalled.",
}

# member counts: the organization has nine members
COUNTS = {
    "n_member_org": "The nine-member {S} met on Monday.",
    "n_nation_org": "The nine-nation {S} met.",
    "n_strong_org": "The nine-strong {S} met.",
    "has_n_member_states": "The {S} has nine member states.",
    "groups_n": "The {S} groups nine countries.",
    "unites_n": "The {S} unites nine countries.",
    "today_unites_n": "Today the {S} unites nine states.",
    "comprises_n": "The {S} comprises nine member states.",
    "consists_of_n": "The {S} consists of nine states.",
    "made_up_of_n": "The {S} is made up of nine states.",
    "which_has_n": "The {S}, which has nine members, met.",
    "its_n_members": "The {S} and its nine members met.",
    "bloc_of_n": "The {S} is a bloc of nine countries.",
    "the_n_members_of": "The nine members of the {S} met.",
    "countries_that_make_up": "The nine countries that make up the {S} met.",
    "total_of_n": "The {S} has a total of nine member states.",
    "numbers_n": "The {S} now numbers nine members.",
    "expanded_to_n": "The {S} expanded to nine members in 2023.",
    "grown_to_n": "The {S} has grown to nine members.",
    "membership_stands_at": "The {S}'s membership stands at nine.",
    "total_membership_brought_to": "The decision brings the total membership of the {S} to "
                                   "nine.",
    "membership_rose_to": "The {S}'s membership rose to nine.",
    "counts_n_member_states": "The {S} now counts nine member states.",
}


def fillings(table: dict[str, str], per: int = 3) -> list:
    """Each construction with ``per`` organizations (a different three for each, the
    acronym and the full name in turn), so that every organization meets many shapes."""
    out = []
    for k, (name, template) in enumerate(sorted(table.items())):
        for j in range(per):
            short, full, known, members = ORGS[(k * 5 + j * 4) % len(ORGS)]
            org = full if (k + j) % 2 else short
            if org == full and template.startswith("{S}"):
                org = short  # a bare full name opening a sentence reads as a headline
            text = template.format(S=org, A=members[0], B=members[1], C=members[2])
            want = {m for m in members if m in text}
            out.append(pytest.param(text, known, want, id=f"{name}-{short}"))
    return out


def claims(text: str, predicates: tuple[str, ...] = ("member_of", "member_count"),
           published: str = "2024-06-01"
           ) -> list[tuple[str, str, str | None, str | None, str | None, str]]:
    """(predicate, subject, object or value, qualifier, date, rule) of one text's claims of
    these predicates."""
    ex = pipeline.process(RawDocument("t.txt", "t.txt", text, "text/plain",
                                      published=published), Options())
    names = {e.local_id: e.name for e in ex.entities}
    return [(c.predicate, names.get(c.subject, c.subject),
             names.get(c.object, c.object) if c.object else c.value, c.qualifier, c.date,
             c.extractor) for c in ex.claims if c.predicate in predicates]


@pytest.mark.parametrize(("text", "org", "want"), fillings(MEMBERS) + fillings(MEMBERS_MEMB7))
def test_membership_construction_names_its_members(text, org, want):
    got = {(s, o) for p, s, o, q, d, r in claims(text) if p == "member_of" and q != "left"}
    assert got == {(m, org) for m in want}


@pytest.mark.parametrize(("text", "org", "want"), fillings(FOUNDERS))
def test_founders_are_members_from_the_founding(text, org, want):
    got = {(s, o, d) for p, s, o, q, d, r in claims(text) if p == "member_of"}
    assert got == {(m, org, "2001") for m in want}


@pytest.mark.parametrize(("text", "org", "want"), fillings(JOINED))
def test_accession_construction_dates_the_joining(text, org, want):
    got = {(s, o, q, d) for p, s, o, q, d, r in claims(text) if p == "member_of"}
    assert got == {(m, org, "joined", "2015") for m in want}


@pytest.mark.parametrize(("text", "org", "want"), fillings(NO_MEMBERSHIP))
def test_statement_that_is_no_membership(text, org, want):
    assert not [c for c in claims(text) if c[0] == "member_of" and c[3] != "left"]


@pytest.mark.parametrize(("text", "org", "want"), fillings(COUNTS))
def test_member_count_construction(text, org, want):
    got = {(s, v) for p, s, v, q, d, r in claims(text) if p == "member_count"}
    assert got == {(org, "9")}


def test_every_claim_names_its_rule():
    found = claims("The SCO, which unites Kazakhstan, Kyrgyzstan and Tajikistan, met. "
                   "Kazakhstan, as an SCO member, backed the plan.")
    assert found and all(r.startswith("facts.rules.v2:") and r.count(":") == 1
                         for *_, r in found)


def test_one_country_creating_a_body_founds_no_membership():
    # a single subject of "created"/"founded" is a national body's founder, not a co-founder
    found = claims("After the Soviet collapse, Russia created the Armed Forces of Russia.")
    assert not [c for c in found if c[0] == "member_of"]


def test_membership_miss_classes_are_computed_by_code():
    """bench/membership_misses.py classes a missed count by how the text writes the number and
    an organization by the shapes of its mentions, with no text printed (memb8); it refuses
    cases for the held half and the unseen batches through meeting_misses.unreadable."""
    import sys

    from tests.conftest import REPO

    sys.path.insert(0, str(REPO / "bench"))
    from membership_misses import number_shape, org_surface

    text = "The nine-member SCO met. Leaders of the nine SCO member states and all 9 allies came."
    org = [text.index("SCO"), text.index("SCO member")]
    assert number_shape(text, 9, org) == \
        "digits N nouns+word ORG after N-member+word ORG after member-word N nouns"
    assert number_shape("It grew to ten.", 9) == "absent"
    assert org_surface(["SCO", "Shanghai Cooperation Organisation", "the bloc"]) == \
        "acronym+common noun+name"


def test_number_opening_a_name_counts_nothing():
    """"the Six Nations" names a people (sentences of ../shared/corpus/news, Wikinews 2006):
    no member count, while the same sentence shape with a count word still counts (memb8)."""
    for text in ("Fantino said the on-going occupation of a property by members of the Six "
                 "Nations Reserve is beyond his ability to resolve.",
                 "The government and the developer claim that the Six Nations surrendered title "
                 "in 1841, but the Band disputes this."):
        assert not [c for c in claims(text) if c[0] == "member_count"], text
    assert [c[:3] for c in claims("Leaders of the six SCO member states met.")] == \
        [("member_count", "Shanghai Cooperation Organisation", "6")]
