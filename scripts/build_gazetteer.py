"""Generate the actor gazetteer in ``ontologies/`` from the open data in ``shared/data``.

Each source keeps its own output file so that its licence travels with it:

==============================  =====================================  ===============
file                            source                                 licence
==============================  =====================================  ===============
actors-countries.ttl            mledoze/countries + opensanctions      ODbL 1.0 (+MIT)
actors-historical.ttl           opensanctions/rigour historical states MIT
actors-igos.ttl                 confirmordeny/supraverden + PETRARCH   CC BY-SA 4.0
actors-leaders.ttl              Wikidata via world-leaders             CC0
actors-countryinfo.ttl          openeventdata/CountryInfo (rulers.org)  CC BY-SA 3.0
actors-ngos.ttl                 PETRARCH2 Phoenix.International         MIT
==============================  =====================================  ===============

``actors-extra.ttl`` is written by hand by this project (seats of government,
armed groups, news agencies, historical leaders, role nouns) and is not touched.

Usage::

    python scripts/build_gazetteer.py [--data ../shared/data] [--out ontologies]

The output is deterministic: the same input gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

GEO = "https://w3id.org/geokg/ont#"
ACTOR = "https://w3id.org/geokg/id/actor/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = f"""@prefix geo:  <{GEO}> .
@prefix actor: <{ACTOR}> .
@prefix wd:   <{WD}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
"""

_ENGLISH_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-&,()]*[A-Za-z.)]$")


def english(name: str) -> bool:
    """True for names written in plain Latin letters, as English news writes them."""
    return bool(_ENGLISH_NAME.match(name)) and not any(ord(c) > 127 for c in name)


# Latin letters with no decomposition to a base letter and a mark.
_UNMARKED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i", "æ": "ae"})


def unaccented(name: str) -> str:
    """A Latin name without its diacritics, as much English news prints it ("Viktor Orbán" →
    "Viktor Orban", "Jonas Gahr Støre" → "Jonas Gahr Store").

    Example:
        >>> unaccented("Nicolás Maduro")
        'Nicolas Maduro'
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNMARKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def latin(name: str) -> bool:
    """True for names in Latin letters, with or without diacritics ("Viktor Orbán", not "Владимир")."""
    return english(unaccented(name))


def news_spellings(names: Iterable[str]) -> set[str]:
    """The Latin names among ``names``, each as written and without its diacritics ("Bogotá",
    "Bogota"): both are how English news prints them."""
    return {form for name in names if latin(name) for form in (name, unaccented(name))}


# British and American spellings of the words IGO names share: news writes either.
_SPELLINGS = (("Organization", "Organisation"), ("Center", "Centre"), ("Defense", "Defence"), ("Program", "Programme"))


def spelling_variants(name: str) -> list[str]:
    """The name in the other spelling of its words ("World Trade Organization" → "… Organisation").

    Example:
        >>> spelling_variants("World Food Programme")
        ['World Food Program']
    """
    variants = []
    for american, british in _SPELLINGS:
        if re.search(rf"\b{british}\b", name):
            variants.append(re.sub(rf"\b{british}\b", american, name))
        elif re.search(rf"\b{american}\b", name):
            variants.append(re.sub(rf"\b{american}\b", british, name))
    return variants


def literal(text: str) -> str:
    """A Turtle string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def slug(text: str) -> str:
    """An IRI-safe local name: ASCII letters, digits and hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")


def block(subject: str, pairs: Iterable[tuple[str, str | Iterable[str]]]) -> str:
    """One Turtle subject block; values may be single objects or iterables of objects."""
    lines: list[str] = []
    for predicate, value in pairs:
        values = [value] if isinstance(value, str) else sorted(set(value))
        if values:
            lines.append(f"    {predicate} {' , '.join(values)}")
    return f"{subject}\n" + " ;\n".join(lines) + " .\n"


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def countries(data: Path) -> str:
    """States and territories from mledoze/countries joined to opensanctions/rigour."""
    out = [
        "# Countries and territories.  GENERATED by scripts/build_gazetteer.py — do not edit.\n"
        "# Source: mledoze/countries (ODbL 1.0, https://github.com/mledoze/countries) joined to\n"
        "# opensanctions/rigour territories (MIT) for Wikidata identifiers.  This file is a\n"
        "# derived database under the ODbL: share it under the same licence and attribute mledoze.\n",
        PREFIXES,
    ]
    for row in sorted(read_jsonl(data / "countries_joined.jsonl"), key=lambda r: r["cca3"]):
        code = row["cca3"]
        aliases = {row["name_common"], row["name_official"]}
        aliases |= {a for a in row["alt_spellings"] if len(a) > 2}
        # rigour's names_strong mix languages and jokes ("Best Korea"): only its full name is used.
        if row.get("rigour_full_name"):
            aliases.add(row["rigour_full_name"])
        aliases = {a for a in news_spellings(aliases) if "," not in a}
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", "geo:State"),
            ("rdfs:label", literal(row["name_common"]) + "@en"),
            ("geo:actorCode", literal(code)),
            ("geo:country", literal(code)),
            ("geo:iso2", literal(row["cca2"])),
            ("geo:alias", [literal(a) for a in aliases]),
            ("geo:adjective", [literal(d) for d in row["demonym_en"] if english(d)]),
            ("geo:metonym", [literal(c) for c in sorted(news_spellings(row["capital"]))]),
            ("geo:independent", literal("true" if row["independent"] else "false") + "^^xsd:boolean"),
        ]
        if row.get("wikidata_qid"):
            pairs.append(("geo:wikidata", f"wd:{row['wikidata_qid']}"))
        out.append(block(f"actor:{code}", pairs))
    return "\n".join(out)


def historical(data: Path) -> str:
    """Historical states (Soviet Union, East Germany, Yugoslavia, …) from rigour."""
    out = [
        "# Historical states.  GENERATED by scripts/build_gazetteer.py — do not edit.\n"
        "# Source: opensanctions/rigour resources/territories (MIT, (c) OpenSanctions Datenbanken GmbH).\n",
        PREFIXES,
    ]
    rows = [
        r
        for r in read_jsonl(data / "opensanctions_rigour" / "territories.jsonl")
        if r.get("is_historical") and r.get("alpha3") and "_" not in r["code"]
    ]
    for row in sorted(rows, key=lambda r: r["alpha3"]):
        code = row["alpha3"].upper()
        aliases = {row["name"], row.get("full_name") or row["name"]}
        aliases |= {a for a in row.get("names_strong", []) if len(a) > 3}
        aliases = {a for a in aliases if english(a)}
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", "geo:State"),
            ("rdfs:label", literal(row["name"]) + "@en"),
            ("geo:actorCode", literal(code)),
            ("geo:country", literal(code)),
            ("geo:alias", [literal(a) for a in aliases]),
            ("geo:historical", '"true"^^xsd:boolean'),
            ("geo:wikidata", f"wd:{row['qid']}"),
        ]
        out.append(block(f"actor:{code}", pairs))
    return "\n".join(out)


def _petrarch_igo_codes(data: Path) -> dict[str, str]:
    """Upper-case phrase → IGO code from PETRARCH's International dictionary (MIT)."""
    codes: dict[str, str] = {}
    for row in read_jsonl(data / "petrarch2" / "Phoenix.International.actors.jsonl"):
        code = row.get("default_code") or next((c["code"] for c in row["codes"] if not c.get("start")), "")
        if not code.startswith("IGO"):
            continue
        for phrase in [row["primary"], *row["synonyms"]]:
            key = re.sub(r"^THE ", "", phrase.upper().replace("_", " ").strip())
            codes.setdefault(key, code)
    return codes


def _with_spellings(names: list[str]) -> list[str]:
    """The names, each followed by its other spellings, without repeats."""
    return list(dict.fromkeys(v for n in names if n for v in (n, *spelling_variants(n))))


def igos(data: Path) -> str:
    """Intergovernmental organisations from supraverden, coded with PETRARCH IGO codes."""
    out = [
        "# Intergovernmental organisations.  GENERATED by scripts/build_gazetteer.py — do not edit.\n"
        "# Source: confirmordeny/supraverden general_list.yaml (CC BY-SA 4.0,\n"
        "# https://github.com/confirmordeny/supraverden).  This file is shared under CC BY-SA 4.0.\n"
        "# CAMEO IGO codes are looked up by name in PETRARCH2's Phoenix.International.actors (MIT).\n",
        PREFIXES,
    ]
    petrarch = _petrarch_igo_codes(data)
    seen: set[str] = set()
    rows = sorted(read_jsonl(data / "supraverden" / "general_list.compact.jsonl"), key=lambda r: r["key"])
    for row in rows:
        names = [row["name_en"], *row.get("other_names_en", []), *row.get("former_names_en", [])]
        abbreviations = [a for a in row.get("abbreviations_en", []) if a and english(a)]
        code = next(
            (petrarch[n.upper()] for n in [*names, *abbreviations] if n and n.upper() in petrarch),
            "IGO",
        )
        local = slug(row.get("wikidata_qid") or row["key"])
        if local in seen:
            continue
        seen.add(local)
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", "geo:IntergovernmentalOrganization"),
            ("rdfs:label", literal(row["name_en"]) + "@en"),
            ("geo:actorCode", literal(code)),
            ("geo:alias", [literal(n) for n in _with_spellings([*names, *abbreviations]) if english(n)]),
        ]
        if row.get("wikidata_qid"):
            pairs.append(("geo:wikidata", f"wd:{row['wikidata_qid']}"))
        out.append(block(f"actor:IGO-{local}", pairs))
    return "\n".join(out)


def _home_country(tenures: list[tuple[str, str, str, str]]) -> str:
    """The state a leader belongs to when they hold offices in several.

    Ex officio offices abroad do not count (the French president is Co-Prince of
    Andorra); a monarch of several Commonwealth realms belongs to the United Kingdom.
    """
    countries = [c for office, _s, _e, c in tenures if "co-prince" not in office.lower()] or [tenures[0][3]]
    if len(set(countries)) > 1 and "GBR" in countries:
        return "GBR"
    return countries[0]


def _tenure(office: str, start: str | None, end: str | None, country: str, datatype: str) -> str:
    """A geo:holdsOffice blank node: office, state, and the start and end it has."""
    parts = [f"geo:office {literal(office)}", f"geo:ofActor actor:{country}"]
    if start:
        parts.append(f'geo:start "{start}"^^xsd:{datatype}')
    if end:
        parts.append(f'geo:end "{end}"^^xsd:{datatype}')
    return "[ " + " ; ".join(parts) + " ]"


def leaders(data: Path) -> str:
    """Heads of state and government with tenure years, from a Wikidata snapshot (CC0)."""
    out = [
        "# Heads of state and government.  GENERATED by scripts/build_gazetteer.py — do not edit.\n"
        "# Source: Wikidata (CC0) via every-politician-scrapers/world-leaders-2021, snapshot 2024-10-23.\n"
        "# geo:end absent = in office at the snapshot's date.\n",
        PREFIXES,
    ]
    country_by_qid = {
        r["wikidata_qid"]: r["cca3"] for r in read_jsonl(data / "countries_joined.jsonl") if r.get("wikidata_qid")
    }
    people: dict[str, dict] = {}
    with (data / "world_leaders_wikidata" / "wikidata.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["officeholderLabel"]
            country = country_by_qid.get(row["countryid"])
            if not country or not latin(name.replace("-", " ")) or name.startswith("Q"):
                continue
            person = people.setdefault(row["officeholder"], {"name": name, "tenures": []})
            person["tenures"].append((row["positionLabel"], row["start_year"], row["end_year"], country))
    for person in people.values():
        person["country"] = _home_country(person["tenures"])
    for qid, person in sorted(people.items(), key=lambda kv: kv[1]["name"]):
        name = person["name"]
        aliases = {name, name.replace("-", " "), unaccented(name), unaccented(name).replace("-", " ")}
        subject = f"actor:{slug(unaccented(name))}"
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", "geo:Person"),
            ("rdfs:label", literal(name) + "@en"),
            ("geo:actorCode", literal(person["country"] + "GOV")),
            ("geo:country", literal(person["country"])),
            ("geo:memberOf", f"actor:{person['country']}"),
            ("geo:alias", [literal(a) for a in aliases]),
            ("geo:wikidata", f"wd:{qid}"),
        ]
        tenures = [_tenure(*t, "gYear") for t in sorted(person["tenures"])]
        pairs.append(("geo:holdsOffice", tenures))
        out.append(block(subject, pairs))
    return "\n".join(out)


# Lower-case name particles ("Omar al-Bashir", "Dominique de Villepin", "Osama bin Laden").
_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "do", "dos", "du", "van", "von", "der", "den", "la", "le", "y", "e"}
# Offices held for another state (colonial governors, co-princes, high representatives) are not
# a state's own leadership.
_FOREIGN_OFFICES = ("governor", "commissioner", "administrator", "representative", "resident", "coprince",
                    "co-prince", "nationality")  # fmt: skip
COUNTRYINFO_DATE = "2012-01-16"
# Where a person's full name ends in two surnames, first name + last word is not how news names them.
_TWO_SURNAMES = {
    *("ESP", "PRT", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "COL", "VEN", "ECU"),
    *("PER", "BOL", "CHL", "ARG", "URY", "PRY", "BRA", "AGO", "MOZ", "GNQ", "CPV", "GNB", "STP", "TLS"),
}


def name_case(upper: str) -> str:
    """A CountryInfo name (upper-case ASCII) as news writes it: "OMAR HASSAN AHMAD  AL-BASHIR" →
    "Omar Hassan Ahmad al-Bashir", "JEAN-PIERRE RAFFARIN" → "Jean-Pierre Raffarin"."""
    words = upper.split()
    if words and words[0] == "SIR":
        words = words[1:]
    cased = []
    for position, word in enumerate(words):
        parts = []
        for part in word.split("-"):
            lower = part.lower()
            if re.fullmatch(r"(?:[a-z]\.)+", lower):
                parts.append(lower.upper())  # initials: "A.P.J. Abdul Kalam"
            elif lower in _PARTICLES and position > 0:
                parts.append(lower)
            elif lower.startswith("mc") and len(lower) > 2:
                parts.append("Mc" + lower[2:].capitalize())
            elif "'" in lower:
                parts.append("'".join(p.capitalize() for p in lower.split("'")))
            else:
                parts.append(lower.capitalize())
        cased.append("-".join(parts))
    return " ".join(cased)


def _date(yyyymmdd: str) -> str | None:
    if not re.fullmatch(r"\d{8}", yyyymmdd or ""):
        return None
    year, month, day = yyyymmdd[:4], yyyymmdd[4:6], yyyymmdd[6:]
    return f"{year}-{month if month != '00' else '01'}-{day if day != '00' else '01'}"


_SMALL_WORDS = {"and", "of", "the", "da", "de", "du"}


def _country_names(row: dict) -> set[str]:
    names = [row["name_common"], row["name_official"], *row["alt_spellings"], *(row.get("rigour_names_strong") or [])]
    return {n.upper() for n in names}


def _countryinfo_state(entry: dict, rows: dict[str, dict], by_name: dict[str, str]) -> str | None:
    """The state a CountryInfo entry describes.  Its ISO column has slips (Guatemala as GLP,
    Myanmar as MOZ), so the code whose country has the entry's name wins."""
    code = entry.get("code") or ""
    candidates = [c for c in (entry.get("iso3"), code, code[-3:]) if c in rows]
    for candidate in candidates:
        if entry["name"] in _country_names(rows[candidate]):
            return candidate
    if entry["name"] in by_name:
        return by_name[entry["name"]]
    iso3 = entry.get("iso3")
    if iso3 in rows and (code == iso3 or code not in rows):
        return iso3
    return None


def countryinfo(data: Path) -> str:
    """Common English country names, major cities, adjectives of nationality, and heads of state
    and government 1960–2011 with dated tenures, from CountryInfo (its leader lists come from rulers.org)."""
    out = [
        "# Country names, major cities, and heads of state and government, about 1960-2011.\n"
        "# GENERATED by scripts/build_gazetteer.py — do not edit.\n"
        "# Source: openeventdata/CountryInfo, CountryInfo.120116.txt (c) 2012 Philip A. Schrodt, CC BY-SA 3.0;\n"
        "# its leader lists come from rulers.org.  Names are re-cased from the source's upper case.\n"
        f"# An office the source shows as still held ends at the source's date ({COUNTRYINFO_DATE}):\n"
        "# later years are not known from this source (actors-leaders.ttl covers the present).\n",
        PREFIXES,
    ]
    rows = {r["cca3"]: r for r in read_jsonl(data / "countries_joined.jsonl")}
    by_name = {name: code for code, row in sorted(rows.items()) for name in _country_names(row)}
    people: dict[str, dict] = {}
    countries = list(read_jsonl(data / "countryinfo" / "CountryInfo.120116.jsonl"))
    for country in countries:
        iso3 = _countryinfo_state(country, rows, by_name)
        if iso3 is None:
            continue
        name = " ".join(w.lower() if w.lower() in _SMALL_WORDS and i else w.capitalize()
                        for i, w in enumerate(country["name"].split()))  # fmt: skip
        known = {
            n.casefold() for n in (rows[iso3]["name_common"], rows[iso3]["name_official"], *rows[iso3]["alt_spellings"])
        }
        if english(name) and name.casefold() not in known:
            out.append(block(f"actor:{iso3}", [("geo:alias", literal(name))]))  # "Turkey" beside "Türkiye"
        for leader in country.get("leaders", []):
            office = (leader.get("position") or "Leader (office not named in the source)").replace("_", " ").strip()
            if any(re.search(rf"\b{word}", office.lower()) for word in _FOREIGN_OFFICES):
                continue
            name = name_case(leader["name"])
            if not english(name.replace("-", " ")) or len(name.split()) < 2:
                continue
            person = people.setdefault(slug(name), {"name": name, "aliases": {name}, "tenures": []})
            person["aliases"] |= {name_case(a) for a in leader.get("aliases", [])}
            words = name.split()
            if len(words) > 2 and words[-2] not in _PARTICLES and iso3 not in _TWO_SURNAMES:
                person["aliases"].add(f"{words[0]} {words[-1]}")  # "Omar al-Bashir", "Robert Mugabe"
            for start, end in leader.get("ranges", []):
                person["tenures"].append((office, _date(start), _date(end) or COUNTRYINFO_DATE, iso3))
    out.extend(_cities(countries, rows, by_name))
    out.extend(_nationality_adjectives(countries, rows, by_name))
    for key, person in sorted(people.items()):
        home = _home_country(person["tenures"])
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", "geo:Person"),
            ("rdfs:label", literal(person["name"]) + "@en"),
            ("geo:actorCode", literal(home + "GOV")),
            ("geo:country", literal(home)),
            ("geo:memberOf", f"actor:{home}"),
            ("geo:alias", [literal(a) for a in person["aliases"] if english(a.replace("-", " "))]),
        ]
        by_start = sorted(person["tenures"], key=lambda t: (t[1] or "", t[0]))
        pairs.append(("geo:holdsOffice", [_tenure(*t, "date") for t in by_start]))
        out.append(block(f"actor:{key}", pairs))
    return "\n".join(out)


def _cities(countries: list[dict], rows: dict[str, dict], by_name: dict[str, str]) -> list[str]:
    """The major cities CountryInfo lists for each state (``geo:city``), leaving out names that two
    states share ("Tripoli"), that name a state or a capital, or that are not English words."""
    states: dict[str, set[str]] = defaultdict(set)
    for country in countries:
        iso3 = _countryinfo_state(country, rows, by_name)
        for city in country.get("major_cities", []) if iso3 else []:
            states[name_case(city)].add(iso3)  # type: ignore[arg-type]
    taken = {n.casefold() for row in rows.values() for n in (*_country_names(row), *row["capital"])}
    by_state: dict[str, list[str]] = defaultdict(list)
    for city, found in states.items():
        if len(found) == 1 and city.casefold() not in taken and english(city) and len(city) > 3:
            by_state[next(iter(found))].append(city)
    return [block(f"actor:{iso3}", [("geo:city", [literal(c) for c in sorted(cities)])])
            for iso3, cities in sorted(by_state.items())]  # fmt: skip


# Endings of English adjectives of nationality ("Philippine", "Argentinian", "Timorese", "Welsh").
_NATIONALITY_ENDINGS = ("an", "ean", "ian", "ese", "ish", "ine", "ic", "i")


def _nationality_adjectives(countries: list[dict], rows: dict[str, dict], by_name: dict[str, str]) -> list[str]:
    """Adjectives of nationality CountryInfo lists beside mledoze's demonyms (``geo:adjective``):
    one word with an adjective's ending that begins as a word of the state's English name or
    demonym does ("Philippine", "Argentinian", "Bosnian"), of one state only, and no state's name,
    capital or demonym already. (Its lists also hold misspelt and foreign names, left out.)"""
    states: dict[str, set[str]] = defaultdict(set)
    for country in countries:
        iso3 = _countryinfo_state(country, rows, by_name)
        for word in country.get("nationality", []) if iso3 else []:
            states[name_case(word)].add(iso3)  # type: ignore[arg-type]
    taken = {n.casefold() for row in rows.values() for n in (*_country_names(row), *row["capital"], *row["demonym_en"])}
    by_state: dict[str, list[str]] = defaultdict(list)
    for word, found in states.items():
        if len(found) != 1 or not word.isalpha() or len(word) < 5 or word.casefold() in taken:
            continue
        iso3 = next(iter(found))
        row = rows[iso3]
        stems = {w[:4].casefold() for n in (row["name_common"], *row["demonym_en"]) for w in n.split() if len(w) > 3}
        folded, name = word.casefold(), row["name_common"].casefold()
        misspelt_name = folded[-2:] == name[-2:] or folded.endswith("ai")  # "Azerbajan", "Ethiopai"
        if folded.endswith(_NATIONALITY_ENDINGS) and folded[:4] in stems and english(word) and not misspelt_name:
            by_state[iso3].append(word)
    return [block(f"actor:{iso3}", [("geo:adjective", [literal(w) for w in sorted(words)])])
            for iso3, words in sorted(by_state.items())]  # fmt: skip


_ARTICLES = {"al", "el", "ad", "ar", "as", "at", "az", "de", "du", "da", "di", "la", "le"}
_ORG_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "at", "by", "de", "des", "du", "la", "le", "et"}


def _kept_as_written(word: str, position: int, phrase: str) -> bool:
    """Dotted abbreviations, a short one-word name ("ICRC", "MSF") and a leading two-letter country
    abbreviation ("US Intelligence Community") stay as the dictionary writes them."""
    if "." in word or (len(word) <= 5 and " " not in phrase):
        return True
    return position == 0 and len(word) == 2 and word.isalpha() and word.lower() not in _ARTICLES


def org_case(upper: str) -> str:
    """A dictionary phrase (upper case) as an organisation's name is written: "HUMAN RIGHTS WATCH" →
    "Human Rights Watch", "RED CROSS" → "Red Cross"; a short one-word name stays an acronym ("MSF")."""
    words = []
    for position, word in enumerate(upper.split()):
        lower = word.lower()
        if lower in _ORG_SMALL_WORDS and position > 0:
            words.append(lower)
        elif _kept_as_written(word, position, upper):
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in lower.split("-")))
    return " ".join(words)


def ngos(data: Path) -> str:
    """Non-governmental organisations with their CAMEO NGO codes, from PETRARCH2's dictionary."""
    out = [
        "# Non-governmental organisations.  GENERATED by scripts/build_gazetteer.py — do not edit.\n"
        "# Source: openeventdata/petrarch2 Phoenix.International.actors.txt (MIT), its entries with an\n"
        "# undated NGO code; names re-cased from the dictionary's upper case.\n",
        PREFIXES,
    ]
    seen: set[str] = set()
    for row in read_jsonl(data / "petrarch2" / "Phoenix.International.actors.jsonl"):
        code = row.get("default_code") or ""
        if not code.startswith("NGO"):
            continue
        phrases = [p.replace("_", " ").strip() for p in [row["primary"], *row["synonyms"]]]
        names = [org_case(p) for p in phrases if p]
        names = [n for n in names if english(n)]
        if not names or slug(names[0]) in seen:
            continue
        seen.add(slug(names[0]))
        aliases = set(names) | {p for p in phrases if len(p) <= 6 and " " not in p}  # "ICRC", "OXFAM"
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", "geo:Organization"),
            ("rdfs:label", literal(names[0]) + "@en"),
            ("geo:actorCode", literal(code)),
            ("geo:alias", [literal(a) for a in aliases]),
        ]
        out.append(block(f"actor:NGO-{slug(names[0])}", pairs))
    return "\n".join(out)


PETRARCH_HEADER = (
    "# Source: openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf, {path} (MIT, Copyright (c)\n"
    "# 2014-2015 Open Event Data Alliance: permission is granted to use, copy, modify and distribute it,\n"
    "# provided this notice is kept; it comes without warranty).  Names re-cased from the dictionary's upper case.\n"
)


def _country_codes(data: Path) -> set[str]:
    return {row["cca3"] for row in read_jsonl(data / "countries_joined.jsonl") if row.get("cca3")}


def _names(phrases: Iterable[str]) -> list[str]:
    """Dictionary phrases as names: re-cased, in plain Latin letters, acronyms kept as written.

    The first phrase is the primary name.  A one-word synonym is kept only as an acronym or a
    hyphenated name ("PKK", "Al-Shabab"): one-word synonyms re-cased as ordinary words ("Tigers",
    "Organization") would match ordinary text."""
    names: list[str] = []
    for position, phrase in enumerate(phrases):
        phrase = re.sub(r"\s+", " ", phrase.replace("_", " ").replace("+", " ")).strip()
        name = org_case(phrase)
        if " " not in name and position > 0 and not (name.isupper() or "-" in name):
            continue
        if phrase and english(name) and name not in names:
            names.append(name)
    return names


def armed_groups(data: Path) -> str:
    """Non-state armed groups with their CAMEO codes (country + REB, or an IMG code), from PETRARCH2."""
    countries = _country_codes(data)
    out = [
        "# Non-state armed groups.  GENERATED by scripts/build_gazetteer.py — do not edit.\n",
        PETRARCH_HEADER.format(path="Phoenix.MilNonState.actors.txt"),
        "# A group's country is that of its code (TURREB → TUR); international groups (IMG…) have none.\n",
        PREFIXES,
    ]
    seen: set[str] = set()
    for row in read_jsonl(data / "petrarch2" / "Phoenix.MilNonState.actors.jsonl"):
        code = row.get("default_code") or next((c["code"] for c in row.get("codes", []) if not c.get("end")), "")
        names = _names([row["primary"], *row["synonyms"]])
        if not code or not names or slug(names[0]) in seen:
            continue
        seen.add(slug(names[0]))
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", "geo:ArmedGroup"),
            ("rdfs:label", literal(names[0]) + "@en"),
            ("geo:actorCode", literal(code)),
            ("geo:alias", [literal(n) for n in names]),
        ]
        if code[:3] in countries:
            pairs.append(("geo:country", literal(code[:3])))
        out.append(block(f"actor:group-{slug(names[0])}", pairs))
    return "\n".join(out)


def _country_words(data: Path) -> set[str]:
    """Words that name a country or its people ("France", "French", "US")."""
    words: set[str] = set()
    for row in read_jsonl(data / "countries_joined.jsonl"):
        words |= {row.get("name_common") or "", *row.get("demonym_en", []), *row.get("alt_spellings", [])}
    return {w for w in words if w} | {"U.S.", "UK", "U.K."}


def _agent_heads(data: Path) -> set[str]:
    return {_singular(r["phrase"].lower()) for r in read_jsonl(data / "petrarch2" / "Phoenix.agents.jsonl")}


def agencies(data: Path) -> str:
    """State agencies, armed forces and institutions with their sector codes ("CIA" → USASPY, "Royal Air
    Force" → GBRMIL): the undated, non-person entries of PETRARCH2's country dictionary.  Names that
    are a country word and a role noun ("US Senate") are left to the role-noun rule, which reads them
    the same way everywhere."""
    countries = _country_codes(data)
    country_words, heads = _country_words(data), _agent_heads(data)

    def compositional(name: str) -> bool:
        words = name.split()
        return len(words) == 2 and words[0] in country_words and _singular(words[1].lower()) in heads

    out = [
        "# State agencies, forces and institutions.  GENERATED by scripts/build_gazetteer.py — do not edit.\n",
        PETRARCH_HEADER.format(path="Phoenix.Countries.actors.txt"),
        "# That file was generated from CountryInfo (CC BY-SA 3.0, (c) 2012 Philip A. Schrodt); only its\n"
        "# entries with a sector code and no dated office (agencies, not people) are used here.\n",
        PREFIXES,
    ]
    kinds = {"GOV": "geo:Government", "MIL": "geo:Military", "MED": "geo:Media"}
    seen: set[str] = set()
    for row in read_jsonl(data / "petrarch2" / "Phoenix.Countries.actors.jsonl"):
        codes = row.get("codes", [])
        code = row.get("default_code") or (codes[0]["code"] if len(codes) == 1 else "")
        if any(c.get("start") or c.get("end") for c in codes) or len(code) <= 3 or code[:3] not in countries:
            continue
        sector = code[3:6]
        if sector in {"ELI"} or not sector.isalpha() or sector in countries:
            continue  # people out of office, and territories coded under their state (FRAGUF)
        names = [n for n in _names([row["primary"], *row["synonyms"]]) if not compositional(n)]
        if not names or slug(names[0]) in seen:
            continue
        seen.add(slug(names[0]))
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", kinds.get(sector, "geo:Organization")),
            ("rdfs:label", literal(names[0]) + "@en"),
            ("geo:actorCode", literal(code)),
            ("geo:country", literal(code[:3])),
            ("geo:alias", [literal(n) for n in names]),
        ]
        out.append(block(f"actor:agency-{slug(names[0])}", pairs))
    return "\n".join(out)


def places(data: Path) -> str:
    """Places that stand for a state in PETRARCH2's country dictionary: the regions, provinces, towns
    and territories it lists among each state's synonyms ("West Bank", "Ramallah" → PSE; "Crimea",
    "Donbas" → UKR; "Helmand" → AFG), as ``geo:city``: a place that only places a mention in its state.
    Left out: country names and their people's words, capitals, names two states share, and names
    CountryInfo already lists."""
    out = [
        "# Places that stand for a state.  GENERATED by scripts/build_gazetteer.py — do not edit.\n",
        PETRARCH_HEADER.format(path="Phoenix.Countries.actors.txt"),
        "# The state entries' synonyms that name a region, town or territory of the state (geo:city).\n",
        PREFIXES,
    ]
    countries = _country_codes(data)
    rows = {r["cca3"]: r for r in read_jsonl(data / "countries_joined.jsonl")}
    names_of = {code: {n.casefold() for n in (*_country_names(row), *row["capital"])} for code, row in rows.items()}
    people = {w.casefold() for w in _country_words(data)}
    sectors = {_sector_of(r) for r in read_jsonl(data / "petrarch2" / "Phoenix.agents.jsonl")}
    states: dict[str, set[str]] = defaultdict(set)
    for row in read_jsonl(data / "petrarch2" / "Phoenix.Countries.actors.jsonl"):
        code = _current_code(row)
        if code[:3] not in countries or (len(code) > 3 and code[3:6] in sectors):
            continue  # agencies and people are read by agencies(); a territory (PSEGZA: Gaza) is a place
        phrases = [row["primary"], *row["synonyms"]] if len(code) > 3 else row["synonyms"]
        for phrase in phrases:
            name = name_case(phrase.replace("_", " ").strip())
            folded = name.casefold()
            if len(name) <= 3 or "(" in name or not english(name) or folded in people or folded.rstrip("s") in people:
                continue
            if any(folded in names for other, names in names_of.items() if other != code[:3]):
                continue  # another state's name or capital ("Georgia" in a US list)
            states[name].add(code[:3])
    by_state: dict[str, list[str]] = defaultdict(list)
    for name, found in states.items():
        if len(found) == 1:
            by_state[next(iter(found))].append(name)
    out += [block(f"actor:{iso3}", [("geo:city", [literal(n) for n in sorted(names)])])
            for iso3, names in sorted(by_state.items())]  # fmt: skip
    return "\n".join(out)


def _current_code(row: dict) -> str:
    """A dictionary entry's code today: its default, else the code with no end date."""
    if row.get("default_code"):
        return str(row["default_code"])
    return next((str(c["code"]) for c in row.get("codes", []) if not c.get("end")), "")


def _sector_of(agent: dict) -> str:
    """The three-letter sector an agents-dictionary entry gives ("~GOV" → GOV)."""
    return str(agent.get("code") or "").lstrip("~")[:3]


_AGENT_STOPWORDS = {"of", "for", "and", "on", "in", "the", "to", "with", "at"}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def agents(data: Path) -> str:
    """Role nouns and the CAMEO sector they give a state's actor ("police" → COP, "foreign minister" →
    GOV, "riot police" → COP), from PETRARCH2's agents dictionary: phrases whose last word is the
    head, written as the head's lemma and the words before it."""
    out = [
        "# Role nouns (CAMEO agents).  GENERATED by scripts/build_gazetteer.py — do not edit.\n",
        PETRARCH_HEADER.format(path="Phoenix.agents.txt"),
        "# geo:lemma is the head noun, geo:modifier the words before it; actors-extra.ttl's role nouns win.\n",
        PREFIXES,
        "@prefix role: <https://w3id.org/geokg/id/role/> .\n\n",
    ]
    seen: set[tuple[str, ...]] = set()
    for row in read_jsonl(data / "petrarch2" / "Phoenix.agents.jsonl"):
        if row.get("code_position") != "suffix":
            continue
        words = [w.lower() for w in re.split(r"[\s_]+", row["phrase"].strip()) if w]
        if not words or any(not re.fullmatch(r"[a-z][a-z'\-]*", w) or w in _AGENT_STOPWORDS for w in words):
            continue  # "MINISTER OF …" and "1ST LT." are not head-final compounds
        head, modifiers = _singular(words[-1]), tuple(words[:-1])
        key = (head, *modifiers)
        if key in seen:
            continue
        seen.add(key)
        pairs: list[tuple[str, str | Iterable[str]]] = [
            ("a", "geo:RoleNoun"),
            ("geo:lemma", literal(head)),
            ("geo:sector", literal(row["code"])),
        ]
        if modifiers:
            pairs.append(("geo:modifier", [literal(m) for m in modifiers]))
        out.append(block(f"role:{slug('-'.join(key))}", pairs))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--data", type=Path, default=root.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=root / "ontologies")
    args = parser.parse_args(argv)
    if not (args.data / "countries_joined.jsonl").exists():
        print(f"error: {args.data} does not hold the shared reference data (countries_joined.jsonl)", file=sys.stderr)
        return 2
    outputs = {
        "actors-countries.ttl": countries(args.data),
        "actors-historical.ttl": historical(args.data),
        "actors-igos.ttl": igos(args.data),
        "actors-leaders.ttl": leaders(args.data),
        "actors-countryinfo.ttl": countryinfo(args.data),
        "actors-ngos.ttl": ngos(args.data),
        "actors-petrarch-groups.ttl": armed_groups(args.data),
        "actors-petrarch-agencies.ttl": agencies(args.data),
        "actors-petrarch-agents.ttl": agents(args.data),
        "actors-petrarch-places.ttl": places(args.data),
    }
    write_outputs(args.out, outputs)
    return 0


def write_outputs(folder: Path, outputs: dict[str, str]) -> None:
    """Write generated files and say what was written."""
    for name, text in outputs.items():
        (folder / name).write_text(text, encoding="utf-8")
        print(f"wrote {folder / name} ({text.count(chr(10))} lines)")


if __name__ == "__main__":
    raise SystemExit(main())
