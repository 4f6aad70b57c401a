"""A persona's avatar initials come from the name itself, not from what a workshop adds to it."""

from __future__ import annotations

import pytest

from cjdesigner.model import Persona
from cjdesigner.model.persona import name_initials


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        # "name, age" as workshops write it (QA s7 J13: "AL", "IA")
        ("Anna Wiśniewska, 34 lata", "AW"),
        ("Ioana Mureșan, 29 de ani", "IM"),
        ("Anna Wiśniewska\n34 lata, mama", "AW"),
        ("Anna Wiśniewska 34 lata", "AW"),
        ("Anna Kowalska – klientka", "AK"),
        ("Anna Kowalska; segment B", "AK"),
        # "name (role)": as before
        ("Marek Żółkiewski (przedsiębiorca)", "MŻ"),
        ("Ștefan Țurcanu (pensionar)", "ȘȚ"),
        ("Marek Żółkiewski [B2B]", "MŻ"),
        # a double-barrelled surname: its first part
        ("Alexandra Bălănescu-Popovici", "AB"),
        # plain names: as before
        ("Anna Kowalska", "AK"),
        ("Jan Maria Rokita", "JR"),
        ("Ștefan", "ȘT"),
        ("Jean-Luc", "JL"),
        ("Jean-Luc Picard", "JP"),
        ("łucja nowak", "ŁN"),
        # nothing before the comma or number: the whole name, as before
        ("34 lata", "3L"),
        ("  ", "?"),
        ("(gość)", "?"),
        # new lanes not named yet: their letter and number, not "PE" on every lane (QA s8 K10)
        ("Persona 1", "P1"),
        ("Persona 2", "P2"),
        ("Persoana 12", "P12"),
    ],
)
def test_initials(name: str, initials: str) -> None:
    assert name_initials(name) == initials


def test_persona_initials_use_the_name() -> None:
    assert Persona(name="Ioana Mureșan, 29 de ani").initials == "IM"
    assert Persona(name="Marek Żółkiewski (przedsiębiorca)").initials == "MŻ"
