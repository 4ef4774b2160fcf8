"""Options in layers, a clear error for a missing model, and the shipped knowledge data."""

import pytest

from blocwatch import nlp
from blocwatch.config import load_options
from blocwatch.errors import ConfigError
from blocwatch.knowledge import fold, knowledge, norm

REQUIRED_ORGS = ["UN", "OSCE", "CSTO", "CIS", "SCO", "NATO", "EU", "EAEU", "ASEAN", "AU", "BRICS",
                 "G7", "G20", "ISAF"]


def test_options_layers_environment_over_file_over_defaults(tmp_path, monkeypatch):
    cfg = tmp_path / "config.toml"
    cfg.write_text('db = "from-file.db"\nbatch_size = 8\n')
    monkeypatch.setenv("BLOCWATCH_CONFIG", str(cfg))
    assert load_options().db == "from-file.db"
    monkeypatch.setenv("BLOCWATCH_DB", "from-env.db")
    opts = load_options()
    assert (opts.db, opts.batch_size) == ("from-env.db", 8)
    assert load_options(db="from-flag.db").db == "from-flag.db"


def test_options_reject_unknown_and_malformed_values(tmp_path, monkeypatch):
    monkeypatch.setenv("BLOCWATCH_BATCH_SIZE", "many")
    with pytest.raises(ConfigError, match="integer"):
        load_options()
    monkeypatch.delenv("BLOCWATCH_BATCH_SIZE")
    cfg = tmp_path / "c.toml"
    cfg.write_text('colour = "blue"\n')
    monkeypatch.setenv("BLOCWATCH_CONFIG", str(cfg))
    with pytest.raises(ConfigError, match="unknown option"):
        load_options()


def test_a_missing_spacy_pipeline_is_a_clear_error():
    with pytest.raises(ConfigError) as err:
        nlp.load_pipeline("en_core_web_nonexistent")
    assert err.value.code == "B110" and "BLOCWATCH_SPACY_MODEL" in str(err.value)


@pytest.mark.parametrize("abbr", REQUIRED_ORGS)
def test_knowledge_has_each_organization_with_names_and_ids(abbr):
    kb = knowledge()
    (org,) = [e for e in kb.lookup(abbr) if e.kind == "organization"]
    assert org.aliases and org.name
    if abbr not in ("ISAF",):  # no Wikidata id could be confirmed for ISAF
        assert org.wikidata and org.wikidata.startswith("Q")


def test_knowledge_has_russian_names_and_bodies():
    kb = knowledge()
    assert kb.lookup("ОДКБ")[0].key == "org:csto"
    assert kb.lookup("ОБСЕ")[0].key == "org:osce"
    for name, parent in [("CSTO Permanent Council", "org:csto"),
                         ("Collective Security Council", "org:csto"),
                         ("Collective Rapid Reaction Force", "org:csto"),
                         ("OSCE Secretariat", "org:osce"), ("Conflict Prevention Centre", "org:osce"),
                         ("OSCE Ministerial Council", "org:osce"),
                         ("OSCE Academy in Bishkek", "org:osce")]:
        (body,) = kb.lookup(name, ("body",))
        assert body.parent == parent, name


def test_knowledge_countries_with_demonyms_and_short_forms():
    kb = knowledge()
    assert kb.country_of_demonym("Kyrgyz") == "country:KGZ"
    assert kb.country_of_demonym("Russian") == "country:RUS"
    assert kb.lookup("Russian Federation")[0].name == "Russia"
    assert kb.lookup("Republic of Belarus")[0].key == "country:BLR"
    assert len([e for e in kb.entities.values() if e.kind == "country"]) >= 249


def test_knowledge_roles_and_no_people():
    kb = knowledge()
    assert kb.role("Secretary-General").name == "Secretary General"
    assert kb.role("Minister of Foreign Affairs").name == "Foreign Minister"
    assert kb.role("Secretary General").single_holder
    assert not any(e.kind == "person" for e in kb.entities.values())
    assert norm("the Organization for Security and Co-operation in Europe") == \
        "organization for security and co operation in europe"



def test_fold_returns_ascii_as_it_is_and_folds_the_rest():
    assert fold("Sergei Lavrov") == "Sergei Lavrov"
    assert fold("Sinirlioğlu") == "Sinirlioglu"
    assert fold("Łukasz Błaszczak") == "Łukasz Blaszczak"
    assert (fold("Müller"), fold("Straße")) == ("Muller", "Strasse")
