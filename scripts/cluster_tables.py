# ruff: noqa: E501  (keys are the data's own strings, kept whole so that they match)
"""Hand-made tables for ``build_fixture_clusters.py``: how the research data maps to the fixture.

Everything here is a translation or a mapping decided by reading the records, not a fact of
its own: fixture slugs, sector slugs, Lithuanian and English forms of place and
organisation names.
"""

# lt-clusters.json id -> slug of the cluster already in the fixture (31 records).
LT_SLUGS = {
    "lt-smart-food": "smart-food-cluster",
    "lt-litek": "litek",
    "lt-fetek": "fetek",
    "lt-litcare": "litcare",
    "lt-laugea": "laugea",
    "lt-plastics": "lithuanian-plastics-cluster",
    "lt-national-food": "national-food-cluster",
    "lt-prefablt": "prefablt",
    "lt-vilnius-film": "vilnius-film-cluster",
    "lt-ivita": "ivita-wellness-cluster",
    "lt-abbi": "abbi",
    "lt-uzupis-creative": "uzupis-creative-cluster",
    "lt-lng": "lng-cluster",
    "lt-maritime": "lithuanian-maritime-cluster",
    "lt-cleantech": "lithuanian-clean-technology-cluster",
    "lt-infobalt-ict": "infobalt-ict-cluster",
    "lt-bacc": "baltic-automotive-components-cluster",
    "lt-ftd-lt": "ftd-lt",
    "lt-lispa": "lispa",
    "lt-baltic-film-creative-tech": "baltic-film-creative-tech-cluster",
    "lt-e-services-cluster": "e-services-cluster",
    "lt-monak2-modern-home-creation-cluster": "monak2",
    "lt-odontology-innovations-cluster": "odontology-innovations-cluster",
    "lt-plastics-and-new-materials-cluster": "plastics-and-new-materials-cluster",
    "lt-elit-cluster": "elit-cluster",
    "lt-smart-technology-cluster": "smart-technology-cluster",
    "lt-cluster-railway-lt": "railway-lt",
    "lt-bio-power-plant-development-cluster": "bio-power-plant-development-cluster",
    "lt-multimedia-cluster-nebula": "multimedia-cluster-nebula",
    "lt-lithuanian-ict-cluster": "lithuanian-ict-cluster",
    "lt-laser-and-light-science-and-technology-a": (
        "laser-and-light-science-and-technology-association"
    ),
    # New records: slugs chosen here.
    "lt-agrifood-lithuania": "agrifood-lithuania",
    "lt-social-innovation-cluster": "social-innovation-cluster",
    "lt-ls-dih": "life-sciences-dih-cluster",
    "lt-birzai-tourism": "birzai-tourism-cluster",
    "lt-anyksciai-tourism": "anyksciai-tourism-cluster",
    "lt-zemaitija-tourism": "zemaitija-tourism-cluster",
    "lt-pamarys-tourism": "pamarys-tourism-cluster",
    "lt-telsiai-tourism": "telsiai-tourism-cluster",
    "lt-kedainiai-tourism": "kedainiai-tourism-cluster",
    "lt-panemuniu-turai": "panemuniu-turai",
    "lt-manufacturing-innovation-valley": "production-innovation-valley-cluster",
    "lt-zuzis": "zuzis-cluster",
    "lt-business-hive-vilnius": "business-hive-vilnius",
    "lt-space-technology-cluster": "national-space-technology-cluster",
    "lt-international-energy-cluster": "international-energy-cluster",
    "lt-wood-products-innovation": "wood-products-innovation-cluster",
    "lt-taurage-wood-furniture": "taurage-wood-furniture-cluster",
    "lt-lithuanian-furniture-cluster": "lithuanian-furniture-cluster",
    "lt-west-lithuania-alt-energy": "west-lithuania-alternative-energy-cluster",
    "lt-pieno-kelias": "pieno-kelias",
    "lt-wood-construction-alhp": "wood-construction-cluster-alhp",
    "lt-sunrise-valley": "sunrise-valley-cluster",
}

# Sector slugs per Lithuanian record, read from each record's own sector words.
LT_SECTORS = {
    "lt-smart-food": ["agrofood", "food-beverages"],
    "lt-litek": ["lasers-photonics", "engineering"],
    "lt-fetek": ["renewable-energy", "energy"],
    "lt-litcare": ["medical-tourism", "health", "tourism", "wellness"],
    "lt-laugea": ["automotive"],
    "lt-plastics": ["plastics"],
    "lt-national-food": ["agrofood", "food-beverages"],
    "lt-prefablt": ["wood-construction", "wood-furniture"],
    "lt-vilnius-film": ["film-creative"],
    "lt-ivita": ["wellness", "health"],
    "lt-abbi": ["agrofood", "food-beverages", "packaging"],
    "lt-uzupis-creative": ["film-creative", "ict"],
    "lt-lng": ["lng", "energy", "maritime"],
    "lt-maritime": ["maritime", "energy", "transport-logistics"],
    "lt-cleantech": ["cleantech", "renewable-energy", "energy"],
    "lt-infobalt-ict": ["ict"],
    "lt-bacc": ["automotive", "metalworking", "plastics"],
    "lt-ftd-lt": ["agrofood", "food-beverages", "digitalisation", "engineering"],
    "lt-lispa": ["printing", "packaging"],
    "lt-baltic-film-creative-tech": ["film-creative"],
    "lt-e-services-cluster": [],
    "lt-monak2-modern-home-creation-cluster": ["construction"],
    "lt-odontology-innovations-cluster": ["health"],
    "lt-plastics-and-new-materials-cluster": ["plastics"],
    "lt-elit-cluster": [],
    "lt-smart-technology-cluster": [],
    "lt-cluster-railway-lt": ["transport-logistics"],
    "lt-bio-power-plant-development-cluster": ["renewable-energy", "energy"],
    "lt-multimedia-cluster-nebula": ["film-creative"],
    "lt-lithuanian-ict-cluster": ["ict"],
    "lt-laser-and-light-science-and-technology-a": ["lasers-photonics"],
    "lt-agrifood-lithuania": ["agrofood", "digitalisation"],
    "lt-social-innovation-cluster": ["social-innovation"],
    "lt-ls-dih": ["life-sciences", "health"],
    "lt-birzai-tourism": ["tourism"],
    "lt-anyksciai-tourism": ["tourism"],
    "lt-zemaitija-tourism": ["tourism"],
    "lt-pamarys-tourism": ["tourism"],
    "lt-telsiai-tourism": ["tourism"],
    "lt-kedainiai-tourism": ["tourism"],
    "lt-panemuniu-turai": ["tourism"],
    "lt-manufacturing-innovation-valley": ["machinery", "engineering"],
    "lt-zuzis": ["agrofood", "digitalisation"],
    "lt-business-hive-vilnius": ["ict"],
    "lt-space-technology-cluster": ["space"],
    "lt-international-energy-cluster": ["energy", "renewable-energy"],
    "lt-wood-products-innovation": ["wood-furniture"],
    "lt-taurage-wood-furniture": ["wood-furniture"],
    "lt-lithuanian-furniture-cluster": ["wood-furniture"],
    "lt-west-lithuania-alt-energy": ["renewable-energy", "energy"],
    "lt-pieno-kelias": ["agrofood", "tourism"],
    "lt-wood-construction-alhp": ["wood-construction", "wood-furniture", "construction"],
    "lt-sunrise-valley": ["ict", "engineering"],
}

# eu-clusters.json sector_slugs checked against each record's own sectors: corrections.
# Each entry replaces the keyword guess; the reason is in docs/data-sectors.md.
EU_SECTOR_FIXES = {
    "at-bau-energie-umwelt-cluster": ["construction", "energy", "cleantech", "wood-furniture"],
    "at-green-tech-cluster-styria": ["cleantech", "energy"],
    "at-holzcluster-steiermark": ["wood-furniture", "wood-construction"],
    "at-lebensmittel-cluster-noe": ["agrofood", "food-beverages"],
    "at-mechatronik-cluster": ["machinery", "automotive"],
    "bg-bulgarian-media-and-print-cluster": ["printing", "film-creative"],
    "bg-ict-cluster": ["ict", "electronics-software", "security-defence"],
    "dk-energy-cluster-denmark": ["energy", "renewable-energy"],
    "dk-clean": ["cleantech", "energy"],
    "ee-estonian-connected-health-cluster": ["health", "ict", "life-sciences"],
    "ee-estonian-wooden-houses-cluster": ["wood-construction", "wood-furniture"],
    "es-clusaga": ["agrofood", "food-beverages"],
    "es-cluster-audiovisual-galego": ["film-creative", "ict"],
    "es-cluster-audiovisual-catalunya": ["film-creative"],
    "es-energy-cluster-catalonia": ["energy"],
    "es-femac": ["machinery", "agrofood"],
    "gr-gi-cluster": ["film-creative", "ict"],
    "gr-si-cluster": ["space", "electronics-software"],
    "hr-dalmatia-health-tourism-cluster": ["medical-tourism", "health", "tourism"],
    "hr-pannonian-health": ["medical-tourism", "health", "tourism"],
    "hr-thermal-cluster-croatia": ["medical-tourism", "health", "tourism", "wellness"],
    "hu-hungarikum-elit-klaszter": ["agrofood", "food-beverages"],
    "hu-omnipack": ["packaging"],
    "lv-latvian-logistics-association": ["transport-logistics"],
    "pl-agrobiocluster": ["agrofood"],
    "pl-baltic-sea-space-cluster": ["maritime", "space"],
    "pl-bydgoszcz-industrial-cluster": ["plastics", "machinery"],
    "pl-mazovia-cluster-ict": ["ict", "energy", "space", "health", "film-creative"],
    "pl-medsilesia": ["health"],
    "pl-nutribiomed": ["agrofood", "health", "life-sciences", "packaging"],
    "pl-polski-klaster-technologii-kompozytowych": ["plastics"],
    "pl-silesia-automotive": ["automotive", "machinery"],
    "pl-west-pomeranian-maritime-cluster": ["maritime", "metalworking"],
    "pt-cluster-habitat-sustentavel": ["construction"],
    "ro-green-energy": ["renewable-energy", "energy"],
    "ro-imago-mol": ["health", "life-sciences"],
    "ro-indagro-pol": ["machinery", "agrofood"],
    "ro-rosenc": ["renewable-energy", "energy"],
    "ro-trec": ["renewable-energy", "energy"],
    "se-netport-science-park": ["transport-logistics", "ict"],
    "se-paper-province": ["packaging", "wood-furniture"],
    "sk-cluster-atr": ["machinery", "engineering"],
}

# New sectors the data needs (slug, Lithuanian, English).
NEW_SECTORS = [
    ("construction", "Statyba", "Construction"),
    ("space", "Kosmoso technologijos", "Space technologies"),
    ("social-innovation", "Socialinės inovacijos", "Social innovation"),
]

# A narrower sector implies its umbrella, so that one choice finds every cluster of a field
# (docs/data-sectors.md): "Agrofood" finds every food cluster.
UMBRELLAS = {
    "food-beverages": ["agrofood"],
    "renewable-energy": ["energy"],
    "lng": ["energy"],
    "machine-building": ["machinery"],
    "medical-tourism": ["health", "tourism"],
    "wellness": ["health"],
    "wood-construction": ["wood-furniture"],
}

# Umbrella sectors renamed so that their scope is plain in both languages.
SECTOR_RENAMES = {
    "agrofood": ("Agromaistas ir maisto pramonė", "Agrofood and food industry"),
    "machinery": ("Mašinos, įrenginiai ir jų gamyba", "Machinery and machine building"),
}

# City or region text of the data -> (Lithuanian, English).
CITIES = {
    "Vilnius": ("Vilnius", "Vilnius"),
    "Klaipėda": ("Klaipėda", "Klaipėda"),
    "Alytus": ("Alytus", "Alytus"),
    "Biržai": ("Biržai", "Biržai"),
    "Anykščiai": ("Anykščiai", "Anykščiai"),
    "Telšiai": ("Telšiai", "Telšiai"),
    "Kėdainiai": ("Kėdainiai", "Kėdainiai"),
    "Klaipėda and Šilutė districts (Dreverna)": (
        "Klaipėdos ir Šilutės rajonai (Dreverna)",
        "Klaipėda and Šilutė districts (Dreverna)",
    ),
    "Jurbarkas and Šakiai districts": (
        "Jurbarko ir Šakių rajonai",
        "Jurbarkas and Šakiai districts",
    ),
    "Klaipėda district": ("Klaipėdos rajonas", "Klaipėda district"),
    "Tauragė region": ("Tauragės regionas", "Tauragė region"),
    "Rietavas, Telšiai, Plungė and Kupiškis areas": (
        "Rietavo, Telšių, Plungės ir Kupiškio apylinkės",
        "Rietavas, Telšiai, Plungė and Kupiškis areas",
    ),
    "Catalonia": ("Katalonija", "Catalonia"),
    "Bucharest-Ilfov region": ("Bukarešto–Ilfovo regionas", "Bucharest-Ilfov region"),
    "Varna": ("Varna", "Varna"),
    "Galicia": ("Galisija", "Galicia"),
    "North-West region": ("Šiaurės Vakarų regionas", "North-West region"),
    "Košice": ("Košicė", "Košice"),
    "Graz (Styria)": ("Gracas (Štirija)", "Graz (Styria)"),
    "Styria": ("Štirija", "Styria"),
    "Linz (Upper Austria) / Lower Austria": (
        "Lincas (Aukštutinė Austrija) / Žemutinė Austrija",
        "Linz (Upper Austria) / Lower Austria",
    ),
    "St. Pölten (Lower Austria)": (
        "Sankt Pioltenas (Žemutinė Austrija)",
        "St. Pölten (Lower Austria)",
    ),
    "Linz (Upper Austria)": ("Lincas (Aukštutinė Austrija)", "Linz (Upper Austria)"),
    "Wallonia": ("Valonija", "Wallonia"),
    "Wallonia (Louvain-la-Neuve / Namur)": (
        "Valonija (Luven la Nevas / Namiuras)",
        "Wallonia (Louvain-la-Neuve / Namur)",
    ),
    "Sofia (South-West region)": ("Sofija (Pietvakarių regionas)", "Sofia (South-West region)"),
    "Bavaria": ("Bavarija", "Bavaria"),
    "Brandenburg": ("Brandenburgas", "Brandenburg"),
    "Hamburg Metropolitan Region": (
        "Hamburgo metropolinis regionas",
        "Hamburg Metropolitan Region",
    ),
    "Hamburg / Lower Saxony / Schleswig-Holstein / Bremen / Mecklenburg-Vorpommern": (
        "Hamburgas / Žemutinė Saksonija / Šlėzvigas-Holšteinas / Brėmenas / "
        "Meklenburgas-Pomeranija",
        "Hamburg / Lower Saxony / Schleswig-Holstein / Bremen / Mecklenburg-Vorpommern",
    ),
    "Berlin-Adlershof": ("Berlynas (Adlershofas)", "Berlin-Adlershof"),
    "Wörrstadt (Rhineland-Palatinate)": (
        "Vėrštatas (Reinlandas-Pfalcas)",
        "Wörrstadt (Rhineland-Palatinate)",
    ),
    "Berlin / Brandenburg": ("Berlynas / Brandenburgas", "Berlin / Brandenburg"),
    "Jena (Thuringia)": ("Jena (Tiuringija)", "Jena (Thuringia)"),
    "Aalen (Baden-Württemberg)": ("Alenas (Badenas-Viurtembergas)", "Aalen (Baden-Württemberg)"),
    "Copenhagen / Sønderborg / Aarhus / Middelfart": (
        "Kopenhaga / Sionderborgas / Orhusas / Midelfartas",
        "Copenhagen / Sønderborg / Aarhus / Middelfart",
    ),
    "Tallinn": ("Talinas", "Tallinn"),
    "Barcelona": ("Barselona", "Barcelona"),
    "Barcelona (Catalonia)": ("Barselona (Katalonija)", "Barcelona (Catalonia)"),
    "Madrid": ("Madridas", "Madrid"),
    "Ebro Valley (La Rioja, Basque Country, Aragon, Navarre, Catalonia)": (
        "Ebro slėnis (La Rocha, Baskų kraštas, Aragonas, Navara, Katalonija)",
        "Ebro Valley (La Rioja, Basque Country, Aragon, Navarre, Catalonia)",
    ),
    "Sabadell (Catalonia)": ("Sabadelis (Katalonija)", "Sabadell (Catalonia)"),
    "Castilla y León": ("Kastilija ir Leonas", "Castile and León"),
    "Iisalmi (Pohjois-Savo)": ("Ysalmis (Šiaurės Savas)", "Iisalmi (North Savo)"),
    "South Savo (Etelä-Savo)": ("Pietų Savas", "South Savo"),
    "Toulouse (also Bordeaux, Montpellier)": (
        "Tulūza (taip pat Bordo, Monpeljė)",
        "Toulouse (also Bordeaux, Montpellier)",
    ),
    "Montpellier": ("Monpeljė", "Montpellier"),
    "Brittany / Pays de la Loire": ("Bretanė / Luaros kraštas", "Brittany / Pays de la Loire"),
    "South-East France (Avignon area)": (
        "Pietryčių Prancūzija (Avinjono apylinkės)",
        "South-East France (Avignon area)",
    ),
    "Rennes": ("Renas", "Rennes"),
    "Angers (also Clermont-Ferrand agency)": (
        "Anžė (taip pat skyrius Klermon Ferane)",
        "Angers (also an office in Clermont-Ferrand)",
    ),
    "Dijon": ("Dižonas", "Dijon"),
    "Sterea Ellada (Central Greece)": ("Centrinė Graikija", "Central Greece"),
    "Split-Dalmatia County": ("Splito-Dalmatijos apskritis", "Split-Dalmatia County"),
    "Osijek (Slavonia and Baranja)": (
        "Osijekas (Slavonija ir Baranja)",
        "Osijek (Slavonia and Baranja)",
    ),
    "South Transdanubia": ("Pietų Transdanubija", "South Transdanubia"),
    "South Great Plain (Dél-Alföld)": ("Pietų Didžioji lyguma", "South Great Plain"),
    "Oszkó / Szombathely (Vas county, West Transdanubia)": (
        "Oskas / Sombathejus (Vašo apskritis, Vakarų Transdanubija)",
        "Oszkó / Szombathely (Vas county, West Transdanubia)",
    ),
    "Colloredo di Monte Albano / Udine (Friuli Venezia Giulia)": (
        "Koloredo di Monte Albanas / Udinė (Friulis-Venecija Džulija)",
        "Colloredo di Monte Albano / Udine (Friuli Venezia Giulia)",
    ),
    "Milan (Lombardy)": ("Milanas (Lombardija)", "Milan (Lombardy)"),
    "Umbria": ("Umbrija", "Umbria"),
    "Emilia-Romagna": ("Emilija-Romanija", "Emilia-Romagna"),
    "Marche": ("Markė", "Marche"),
    "Lodi (Lombardy)": ("Lodis (Lombardija)", "Lodi (Lombardy)"),
    "Cuneo / Turin (Piedmont)": ("Kunėjas / Turinas (Pjemontas)", "Cuneo / Turin (Piedmont)"),
    "Vidzeme region": ("Vidžemės regionas", "Vidzeme region"),
    "Hamar (Innlandet)": ("Hamaras (Inlanetas)", "Hamar (Innlandet)"),
    "South Mazovia": ("Pietų Mazovija", "South Mazovia"),
    "Gdańsk/Gdynia (Pomorskie)": (
        "Gdanskas / Gdynė (Pamario vaivadija)",
        "Gdańsk / Gdynia (Pomerania)",
    ),
    "Bydgoszcz (Kujawsko-Pomorskie)": (
        "Bydgoščius (Kujavijos-Pamario vaivadija)",
        "Bydgoszcz (Kuyavia-Pomerania)",
    ),
    "Inowrocław / Bydgoszcz (Kujawsko-Pomorskie)": (
        "Inovroclavas / Bydgoščius (Kujavijos-Pamario vaivadija)",
        "Inowrocław / Bydgoszcz (Kuyavia-Pomerania)",
    ),
    "Lublin": ("Liublinas", "Lublin"),
    "Błędów (Mazovia)": ("Blendufas (Mazovija)", "Błędów (Mazovia)"),
    "Leszno (Greater Poland)": (
        "Lešnas (Didžiosios Lenkijos vaivadija)",
        "Leszno (Greater Poland)",
    ),
    "Łódź": ("Lodzė", "Łódź"),
    "Kraków": ("Krokuva", "Kraków"),
    "Warsaw (Mazovia)": ("Varšuva (Mazovija)", "Warsaw (Mazovia)"),
    "Silesia": ("Silezija", "Silesia"),
    "Wrocław (Lower Silesia)": ("Vroclavas (Žemutinė Silezija)", "Wrocław (Lower Silesia)"),
    "Rzeszów (Podkarpackie)": ("Žešuvas (Pakarpatės vaivadija)", "Rzeszów (Subcarpathia)"),
    "Katowice (Silesia)": ("Katovicai (Silezija)", "Katowice (Silesia)"),
    "Szczecin": ("Ščecinas", "Szczecin"),
    "Tarnobrzeg (Podkarpackie)": (
        "Tarnobžegas (Pakarpatės vaivadija)",
        "Tarnobrzeg (Subcarpathia)",
    ),
    "Ribatejo": ("Ribatežas", "Ribatejo"),
    "Douro / national": ("Duero regionas / visa šalis", "Douro / nationwide"),
    "Castelo Branco": ("Kaštelu Brankas", "Castelo Branco"),
    "Maia": ("Maja", "Maia"),
    "Cluj-Napoca (North-West region)": (
        "Klužas-Napoka (Šiaurės Vakarų regionas)",
        "Cluj-Napoca (North-West region)",
    ),
    "Prahova Valley": ("Prahovos slėnis", "Prahova Valley"),
    "Danube Delta area": ("Dunojaus delta", "Danube Delta area"),
    "South-West Oltenia": ("Pietvakarių Oltenija", "South-West Oltenia"),
    "Iași (Moldova region, Tehnopolis)": (
        "Jasai (Moldovos regionas, Tehnopolis)",
        "Iași (Moldova region, Tehnopolis)",
    ),
    "Centre region": ("Centrinis regionas", "Centre region"),
    "Iași": ("Jasai", "Iași"),
    "West region": ("Vakarų regionas", "West region"),
    "Karlshamn (Blekinge)": ("Karlshamnas (Blekingė)", "Karlshamn (Blekinge)"),
    "Malmö (Skåne)": ("Malmė (Skonė)", "Malmö (Skåne)"),
    "Karlstad (Värmland)": ("Karlstadas (Vermlandas)", "Karlstad (Värmland)"),
    "Murska Sobota": ("Murska Sobota", "Murska Sobota"),
}

# Coordinating organisations: (Lithuanian, English). Proper names stay as the organisation
# writes them; a generic part ("association", "science park") is translated.
LT_COORDINATORS = {
    "lt-smart-food": (
        "Lietuvos maisto eksportuotojų asociacija (LitMEA)",
        "Lithuanian Food Exporters Association (LitMEA)",
    ),
    "lt-litek": (
        "VšĮ Fizikos instituto mokslo ir technologijų parkas (FIMTP)",
        "Science and Technology Park of the Institute of Physics (FIMTP)",
    ),
    "lt-fetek": (
        "Perspektyvinių technologijų taikomųjų tyrimų institutas (ProTech)",
        "Applied Research Institute for Prospective Technologies (ProTech)",
    ),
    "lt-litcare": (
        "Asociacija „Lietuvos medicinos turizmo klasteris“",
        "Lithuanian Medical Tourism Cluster association",
    ),
    "lt-laugea": (
        "Lietuvos autodalių gamintojų ir eksportuotojų asociacija (LAuGEA)",
        "Lithuanian Auto Parts Manufacturers and Exporters Association (LAuGEA)",
    ),
    "lt-plastics": (
        "LINPRA – Lietuvos inžinerinės pramonės asociacija",
        "LINPRA – Engineering Industries Association of Lithuania",
    ),
    "lt-national-food": (
        "Asociacija „Nacionalinis maisto ūkio klasteris“",
        "National Food Cluster association",
    ),
    "lt-ivita": None,
    "lt-abbi": (
        "Baltijos gėrimų pramonės aljansas (ABBI)",
        "Alliance of Baltic Beverage Industry (ABBI)",
    ),
    "lt-lng": (
        "VšĮ Klaipėdos mokslo ir technologijų parkas (KMTP)",
        "Klaipėda Science and Technology Park (KMTP)",
    ),
    "lt-maritime": (
        "VšĮ Klaipėdos mokslo ir technologijų parkas (KMTP)",
        "Klaipėda Science and Technology Park (KMTP)",
    ),
    "lt-cleantech": (
        "Saulėtekio slėnio mokslo ir technologijų parkas",
        "Sunrise Valley Science and Technology Park",
    ),
    "lt-ftd-lt": (
        "VšĮ Alytaus verslo konsultacinis centras",
        "Alytus Business Advisory Centre",
    ),
    "lt-lispa": (
        "Lietuvos spaustuvininkų asociacija (LISPA)",
        "Lithuanian Printing Association (LISPA)",
    ),
    "lt-plastics-and-new-materials-cluster": (
        "Perspektyvinių technologijų taikomųjų tyrimų institutas (ProTech)",
        "Applied Research Institute for Prospective Technologies (ProTech)",
    ),
    "lt-laser-and-light-science-and-technology-a": (
        "Lietuvos lazerių asociacija",
        "Lithuanian Laser Association",
    ),
    "lt-agrifood-lithuania": ("AgriFood Lithuania", "AgriFood Lithuania"),
    "lt-ls-dih": ("VšĮ Northtown Vilnius", "Northtown Vilnius"),
    "lt-telsiai-tourism": (
        "Asociacija „Telšių turizmo klasteris“",
        "Telšiai Tourism Cluster association",
    ),
    "lt-kedainiai-tourism": (
        "Kėdainių turizmo ir verslo informacijos centras",
        "Kėdainiai Tourism and Business Information Centre",
    ),
    "lt-manufacturing-innovation-valley": (
        "UAB „Pažangios inovacijos“",
        "Pažangios inovacijos (UAB)",
    ),
    "lt-space-technology-cluster": (
        "Lietuvos kosmoso asociacija (LSA)",
        "Lithuanian Space Association (LSA)",
    ),
    "lt-wood-products-innovation": (
        "VšĮ Klaipėdos mokslo ir technologijų parkas (steigimo iniciatorius)",
        "Klaipėda Science and Technology Park (initiator)",
    ),
    "lt-pieno-kelias": (
        "Vietos veiklos grupė „Rietavo iniciatyvos“",
        "Local action group “Rietavo iniciatyvos”",
    ),
    "lt-wood-construction-alhp": (
        "Rąstinių namų gamintojų asociacija (iniciatorė)",
        "Association of Log Houses Producers (initiator)",
    ),
    "lt-sunrise-valley": ("VšĮ „Saulėtekio slėnis“", "Sunrise Valley (public institution)"),
}

EU_COORDINATORS = {
    "ecoplus": ("ecoplus", "ecoplus"),
    "Business Upper Austria (Biz-Up) with ecoplus": (
        "Business Upper Austria kartu su ecoplus",
        "Business Upper Austria with ecoplus",
    ),
    "ecoplus – Wirtschaftsagentur des Landes Niederösterreich": (
        "ecoplus – Žemutinės Austrijos ekonomikos agentūra",
        "ecoplus – Lower Austria's business agency",
    ),
    "Business Upper Austria – OÖ Wirtschaftsagentur GmbH (since 1 Feb 2017; previously WKO Oberösterreich)": (
        "Business Upper Austria – OÖ Wirtschaftsagentur GmbH",
        "Business Upper Austria – OÖ Wirtschaftsagentur GmbH",
    ),
    "Business Upper Austria with ecoplus": (
        "Business Upper Austria kartu su ecoplus",
        "Business Upper Austria with ecoplus",
    ),
    "initiated by the Union of Printing Industry in Bulgaria": (
        "Bulgarijos spaudos pramonės sąjunga (iniciatorė)",
        "Union of Printing Industry in Bulgaria (initiator)",
    ),
    "AKTI Project and Research Centre": (
        "AKTI projektų ir tyrimų centras",
        "AKTI Project and Research Centre",
    ),
    "Kompetenzzentrum für Ernährung (KErn), under the Bavarian Ministry for Food, Agriculture and Forestry": (
        "Kompetenzzentrum für Ernährung (KErn)",
        "Kompetenzzentrum für Ernährung (KErn)",
    ),
    "Wirtschaftsförderung Land Brandenburg GmbH (WFBB)": (
        "Wirtschaftsförderung Land Brandenburg GmbH (WFBB)",
        "Wirtschaftsförderung Land Brandenburg GmbH (WFBB)",
    ),
    "cluster management team led by Berlin Partner für Wirtschaft und Technologie GmbH (since 1 Sep 2013), with OpTecBB e.V. and WFBB": (
        "Berlin Partner für Wirtschaft und Technologie GmbH su OpTecBB e.V. ir WFBB",
        "Berlin Partner für Wirtschaft und Technologie GmbH with OpTecBB e.V. and WFBB",
    ),
    "Estonian Defence Industry Association": (
        "Estijos gynybos pramonės asociacija",
        "Estonian Defence Industry Association",
    ),
    "Eesti Infotehnoloogia ja Telekommunikatsiooni Liit (ITL, Estonian Association of Information Technology and Telecommunications)": (
        "Eesti Infotehnoloogia ja Telekommunikatsiooni Liit (ITL)",
        "Estonian Association of Information Technology and Telecommunications (ITL)",
    ),
    "Eesti Puitmajaliit (Estonian Woodhouse Association)": (
        "Eesti Puitmajaliit (Estijos medinių namų asociacija)",
        "Eesti Puitmajaliit (Estonian Woodhouse Association)",
    ),
    "Corallia (Athena Research Center clusters initiative)": ("Corallia", "Corallia"),
    "Corallia": ("Corallia", "Corallia"),
    "Corallia with the Hellenic Association of Space Industry (HASI)": (
        "Corallia kartu su Graikijos kosmoso pramonės asociacija (HASI)",
        "Corallia with the Hellenic Association of Space Industry (HASI)",
    ),
    "Körös-Völgye Alapítvány (Körös Valley Foundation)": (
        "Körös-Völgye Alapítvány",
        "Körös Valley Foundation",
    ),
    "Pannon Helyi Termék Nonprofit Kft. (founded 2007)": (
        "Pannon Helyi Termék Nonprofit Kft.",
        "Pannon Helyi Termék Nonprofit Kft.",
    ),
    "Fondazione Agrifood & Bioeconomy FVG (with subsidiary Agrifood FVG)": (
        "Fondazione Agrifood & Bioeconomy FVG",
        "Fondazione Agrifood & Bioeconomy FVG",
    ),
    "promoted by Confindustria Umbria": (
        "Confindustria Umbria (iniciatorė)",
        "Confindustria Umbria (promoter)",
    ),
    "MIAC (Cuneo) – managing company": ("MIAC (Kunėjas)", "MIAC (Cuneo)"),
    "Vidzeme Planning Region (member and international cooperation coordinator)": (
        "Vidžemės planavimo regionas",
        "Vidzeme Planning Region",
    ),
    "Klosser Innovasjon (formerly Hedmark Kunnskapspark)": (
        "Klosser Innovasjon",
        "Klosser Innovasjon",
    ),
    "Fundacja UNIMOS (represents the cluster in EU projects)": (
        "Fundacja UNIMOS",
        "Fundacja UNIMOS",
    ),
    "TISOFT (Inowrocław)": ("TISOFT (Inovroclavas)", "TISOFT (Inowrocław)"),
    "Polskie Centrum Fotoniki i Światłowodów (Polish Center for Photonics and Fiber Optics, PCFS)": (
        "Polskie Centrum Fotoniki i Światłowodów (PCFS)",
        "Polish Center for Photonics and Fiber Optics (PCFS)",
    ),
    "Centrum Promocji Innowacji i Rozwoju": (
        "Centrum Promocji Innowacji i Rozwoju",
        "Centrum Promocji Innowacji i Rozwoju",
    ),
    "Stowarzyszenie „Kraina Sadów i Ogrodów” (Błędów)": (
        "Stowarzyszenie „Kraina Sadów i Ogrodów“",
        "Stowarzyszenie “Kraina Sadów i Ogrodów”",
    ),
    "M.M. Druk Serwis sp. z o.o.": ("M.M. Druk Serwis sp. z o.o.", "M.M. Druk Serwis sp. z o.o."),
    "Stowarzyszenie Rozwoju Społeczno-Gospodarczego „Wiedza” (Association of Economic and Social Development 'Knowledge')": (
        "Stowarzyszenie Rozwoju Społeczno-Gospodarczego „Wiedza“",
        "Association of Economic and Social Development “Wiedza”",
    ),
    "Górnośląski Akcelerator Przedsiębiorczości Rynkowej Sp. z o.o. (GAPR)": (
        "Górnośląski Akcelerator Przedsiębiorczości Rynkowej Sp. z o.o. (GAPR)",
        "Górnośląski Akcelerator Przedsiębiorczości Rynkowej Sp. z o.o. (GAPR)",
    ),
    "Wrocławski Park Technologiczny S.A. (Wrocław Technology Park)": (
        "Vroclavo technologijų parkas (Wrocławski Park Technologiczny S.A.)",
        "Wrocław Technology Park",
    ),
    "WSIiZ – University of Information Technology and Management in Rzeszów (project coordinator)": (
        "Žešuvo informacinių technologijų ir vadybos universitetas (WSIiZ)",
        "University of Information Technology and Management in Rzeszów (WSIiZ)",
    ),
    "Stowarzyszenie Polska Grupa Motoryzacyjna": (
        "Stowarzyszenie Polska Grupa Motoryzacyjna",
        "Stowarzyszenie Polska Grupa Motoryzacyjna",
    ),
    "GOFAR sp. z o.o.": ("GOFAR sp. z o.o.", "GOFAR sp. z o.o."),
    "Katowicka Specjalna Strefa Ekonomiczna S.A. (Katowice Special Economic Zone)": (
        "Katovicų specialioji ekonominė zona (Katowicka Specjalna Strefa Ekonomiczna S.A.)",
        "Katowice Special Economic Zone",
    ),
    "Stowarzyszenie Wschodni Sojusz Motoryzacyjny": (
        "Stowarzyszenie Wschodni Sojusz Motoryzacyjny",
        "Stowarzyszenie Wschodni Sojusz Motoryzacyjny",
    ),
    "AnimaForum – Associação para o Desenvolvimento da Agro-Indústria (managing entity)": (
        "AnimaForum – Associação para o Desenvolvimento da Agro-Indústria",
        "AnimaForum – Associação para o Desenvolvimento da Agro-Indústria",
    ),
    "ADVID – Associação para o Desenvolvimento da Viticultura Duriense (managing entity)": (
        "ADVID – Associação para o Desenvolvimento da Viticultura Duriense",
        "ADVID – Associação para o Desenvolvimento da Viticultura Duriense",
    ),
    "Asociația Agro-Food-Ind Napoca Cluster": (
        "Asociația Agro-Food-Ind Napoca Cluster",
        "Asociația Agro-Food-Ind Napoca Cluster",
    ),
    "NetPort Karlshamn AB": ("NetPort Karlshamn AB", "NetPort Karlshamn AB"),
    "works with the Association of the Wood and Furniture Industry at the Chamber of Commerce and Industry of Slovenia (since 2007)": (
        "Slovėnijos prekybos ir pramonės rūmų Medienos ir baldų pramonės asociacija (partnerė)",
        "Association of the Wood and Furniture Industry at the Chamber of Commerce and Industry "
        "of Slovenia (partner)",
    ),
}

# Existing coordinators of the fixture's foreign clusters, in both languages.
FIXTURE_COORDINATORS = {
    "Latvian Federation of Food Companies (LFFC)": (
        "Latvijos maisto įmonių federacija (LFFC)",
        "Latvian Federation of Food Companies (LFFC)",
    ),
    "Foundation UNIMOS": ("Fundacja UNIMOS", "Fundacja UNIMOS"),
    "Business Upper Austria – OÖ Wirtschaftsagentur GmbH": (
        "Business Upper Austria – OÖ Wirtschaftsagentur GmbH",
        "Business Upper Austria – OÖ Wirtschaftsagentur GmbH",
    ),
}

# Names of networks in the data -> association slug of the fixture (memberships).
LT_NETWORKS = {
    "KlasterLT – Lithuanian cluster network (founding initiative, Oct 2019)": "klasterlt",
    "KlasterLT – Lithuanian cluster network (signatory of the founding initiative, Oct 2019)": (
        "klasterlt"
    ),
    "Eastern European food clusters network (EEfood)": "eefood",
    "Lithuanian Clusters Association": "lithuanian-clusters-association",
}
EU_ASSOCIATIONS = {
    "CLUSTERO (Romanian Cluster Association)": "clustero",
    "ABC – Association of Business Clusters (furniture sector listed)": "abc-bulgaria",
    "NCA (National Cluster Association of the Czech Republic) - member since 2019-02-28": (
        "nca-czech-republic"
    ),
    "NCA (National Cluster Association of the Czech Republic)": "nca-czech-republic",
    "Spain clusters (FENAEIC network, as listed on ECCP profile)": "fenaeic",
}
KLASTERLT_FOUNDING_SOURCE = "https://litfoodcluster.eu/2019/10/02/naujiena-2-2-2-2-2/"

# English names the sources do not give, written here from the Lithuanian ones.
LT_NAME_EN = {
    "lt-telsiai-tourism": "Telšiai Tourism Cluster",
    "lt-kedainiai-tourism": "Kėdainiai Area Tourism Cluster",
    "lt-panemuniu-turai": "“Panemunių turai” cluster",
    "lt-zuzis": "Agricultural Knowledge and Innovation System (ŽŪŽIS) Cluster",
    "lt-wood-products-innovation": "Wood Products Manufacturing Innovation Cluster",
    "lt-taurage-wood-furniture": "Tauragė Region Wood and Furniture Cluster",
    "lt-lithuanian-furniture-cluster": "Lithuanian Furniture Cluster",
    "lt-west-lithuania-alt-energy": "West Lithuania Alternative Energy Cluster",
    "lt-pieno-kelias": "“Pieno kelias” dairy and rural tourism mini-cluster",
}
# Shorter English names where the data joins two names with " / " (the rest go to other names).
LT_NAME_EN_MAIN = {
    "lt-fetek": "Lithuanian Photovoltaics Industrial Technology Cluster",
    "lt-laugea": "Lithuanian Auto Parts Manufacturers and Exporters Association",
    "lt-national-food": "National Food Cluster",
    "lt-ivita": "iVita Wellness Cluster",
    "lt-uzupis-creative": "Užupis Creative Cluster",
    "lt-lispa": "Association of Lithuanian Printing Industries",
    "lt-monak2-modern-home-creation-cluster": "MONAK2 Modern Home Creation Cluster",
    "lt-laser-and-light-science-and-technology-a": "Lithuanian Laser Association",
    "lt-cluster-railway-lt": "Railway LT",
    "lt-space-technology-cluster": "National Space Technology Cluster",
    "lt-wood-construction-alhp": "Wood Construction Cluster of the Log House Producers",
    "lt-baltic-film-creative-tech": "Baltic Film & Creative Tech Cluster",
}
# Other names the sources use, beyond those joined in the data's name fields.
LT_OTHER_NAMES = {
    "lt-national-food": ["LTFood", "Nacionalinis maisto ūkio klasteris", "NaMŪK"],
    "lt-monak2-modern-home-creation-cluster": [
        "Modern Housing Development Cluster",
        "Modern Home Development Cluster",
    ],
    "lt-laser-and-light-science-and-technology-a": [
        "Laser and Light Science and Technology Association"
    ],
    "lt-ivita": ["health technology cluster iVita", "IVita Health Clinic"],
    "lt-manufacturing-innovation-valley": ["Inovatyvios gamybos klasteris"],
    "lt-lng": ["SGD klasteris"],
}

# Shipped descriptions the new data contradicts, rewritten from the facts.
DESCRIPTION_FIXES = {
    "prefablt": {
        "lt": (
            "Medinių surenkamųjų namų gamintojų klasteris. 2019 m. pradžios Lietuvos klasterių "
            "ESCA bronzos ženklų sąraše jis minimas, tačiau tarp aštuonių 2018 m. ženklų jo nėra, "
            "todėl ženklo suteikimo metai nežinomi, o pats ženklas nepatvirtintas. 2019 m. "
            "pasirašė Lietuvos klasterių tinklo steigimo iniciatyvą. Šaltiniuose nerasta: "
            "įkūrimo metai, koordinuojanti organizacija, narių skaičius, interneto svetainė."
        ),
        "en": (
            "Cluster of prefabricated timber-house producers. The early-2019 list of Lithuanian "
            "ESCA Bronze labels names it, but it is not among the eight labels of 2018, so the "
            "award year is unknown and the label itself unconfirmed. In 2019 it signed the "
            "Lithuanian Cluster Network's founding initiative. Not found in the sources: founding "
            "year, coordinating organisation, member count, website."
        ),
    },
}

# Source addresses that contain a person's name, cited as plain references instead.
SOURCE_REPLACEMENTS = {
    "https://klaster.lt/en/director-mita-k-setkus-will-seek-ensure-maturity-internationality-10-promising-clusters": (
        "klaster.lt, English news of October 2016: MITA's director on the ten most promising "
        "clusters (agreements signed with MITA)"
    ),
}
