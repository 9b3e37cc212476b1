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

# Descriptions of Lithuanian clusters the fixture had none for, written here from the facts
# of lt-clusters.json (lt, en).
LT_DESCRIPTIONS = {
    "lt-e-services-cluster": (
        "Elektroninių paslaugų klasteris, klaster.lt apžvalgoje minimas tarp natūraliai "
        "susiformavusių klasterių. Kitų faktų – veiklos sričių, narių, koordinatoriaus, "
        "veiklos metų – šaltiniai nepateikia.",
        "E-services cluster named in the klaster.lt overview among clusters that formed "
        "naturally. The sources give no other facts: no fields, members, coordinator or "
        "dates of activity.",
    ),
    "lt-monak2-modern-home-creation-cluster": (
        "Būsto statybos klasteris, MITA ir Ekonomikos ministerijos 2017 m. puslapiuose "
        "įvardytas tarp sėkmingai veikiančių klasterių („Modern Housing Development "
        "Cluster“). Sritis nustatyta tik iš pavadinimo; narių, koordinatoriaus ir svetainės "
        "šaltiniai nenurodo.",
        "Housing-construction cluster that MITA and the Ministry of Economy listed in 2017 "
        "among successfully operating clusters (as the “Modern Housing Development "
        "Cluster”). Its field is known only from its name; the sources give no members, "
        "coordinator or website.",
    ),
    "lt-odontology-innovations-cluster": (
        "Odontologijos klinikų, odontologijos prekių tiekėjų ir tyrėjų klasteris, 2009 m. "
        "išaugęs iš ilgametio bendradarbiavimo; jungia 11 narių. Vilniuje atidarė savo "
        "tyrimų ir mokymo centrą. Klasterio buveinės ir veiklos metų šaltiniai nenurodo.",
        "Cluster of dental clinics, dental-supply firms and researchers that grew out of "
        "long cooperation in 2009; it has 11 members and opened its own research and "
        "training centre in Vilnius. The sources give neither its seat nor dated activity.",
    ),
    "lt-plastics-and-new-materials-cluster": (
        "Plastikų, biopolimerų, perdirbtų plastikų ir nanomedžiagų klasteris, plėtotas per "
        "„Inoklaster LT“ projektą OPENPLAST (2007–2013 m. ES fondų laikotarpis). "
        "Koordinatorius – tikėtina, ProTech institutas, kurio svetainėje projektas "
        "skelbiamas, tačiau pareiškėjas aiškiai neįvardytas. Tai ne tas pats kaip 2015 m. "
        "įkurtas Lietuvos plastikų klasteris.",
        "Cluster for plastics, biopolymers, recycled plastics and nanomaterials, developed "
        "through the Inoklaster LT project OPENPLAST (2007–2013 EU funding period). Its "
        "coordinator is probably the ProTech institute, which publishes the project, but "
        "the applicant is not named outright. It is not the Lithuanian Plastics Cluster "
        "founded in 2015.",
    ),
    "lt-elit-cluster": (
        "Klasteris, klaster.lt apžvalgoje minimas tarp natūraliai susiformavusių. Jo "
        "veiklos sričių, narių ir lietuviško pavadinimo šaltiniai nepateikia.",
        "Cluster named in the klaster.lt overview among those that formed naturally. The "
        "sources give neither its fields, its members nor a Lithuanian name.",
    ),
    "lt-smart-technology-cluster": (
        "Vienas iš dešimties perspektyviausių klasterių, kuriuos MITA atrinko 2016 m. "
        "spalį; tada pasirašė trišalę eksperimentinių konsultacijų sutartį su MITA ir "
        "Lietuvos inovacijų centru. Kitų faktų šaltiniai nepateikia.",
        "One of the ten most promising clusters MITA selected in October 2016, when it "
        "signed a three-party agreement on experimental consulting with MITA and the "
        "Lithuanian Innovation Centre. The sources give no other facts.",
    ),
    "lt-cluster-railway-lt": (
        "Geležinkelių srities klasteris (sritis nustatyta iš pavadinimo), vienas iš "
        "dešimties perspektyviausių klasterių, kuriuos MITA atrinko 2016 m. spalį. Kitų "
        "faktų šaltiniai nepateikia.",
        "Railway cluster (the field is inferred from its name), one of the ten most "
        "promising clusters MITA selected in October 2016. The sources give no other facts.",
    ),
    "lt-bio-power-plant-development-cluster": (
        "Bioenergetikos klasteris: 2016 m. – tarp dešimties perspektyviausių MITA "
        "klasterių, 2017 m. rugpjūtį gavo „Inoklaster LT“ finansavimą MTEPI "
        "infrastruktūrai, dalyvavo klasterių brandos programoje „InoLink“. Jį "
        "įgyvendinančio juridinio asmens šaltiniai nenurodo.",
        "Bioenergy cluster: among MITA's ten most promising clusters in 2016, funded in "
        "August 2017 by Inoklaster LT for research and innovation infrastructure, and part "
        "of the InoLink cluster maturity programme. The sources do not name the legal "
        "entity behind it.",
    ),
    "lt-multimedia-cluster-nebula": (
        "Multimedijos, kompiuterinių žaidimų, animacijos ir virtualiosios bei papildytosios "
        "realybės klasteris. 2017 m. gavo „Inoklaster LT“ finansavimą infrastruktūrai, "
        "dalyvavo „InoLink“ programoje, o 2020 m. lapkritį kartu su Vilniaus kino klasteriu "
        "susijungė į Baltic Film & Creative Tech klasterį. Lietuviško pavadinimo šaltiniai "
        "nepateikia.",
        "Cluster for multimedia, computer games, animation and virtual and augmented "
        "reality. It received Inoklaster LT infrastructure funding in 2017, took part in "
        "InoLink and in November 2020 merged with the Vilnius Film Cluster into the Baltic "
        "Film & Creative Tech Cluster. The sources give no Lithuanian name.",
    ),
    "lt-lithuanian-ict-cluster": (
        "IRT klasteris, 2018 m. spalį Vilniuje su MITA ir Lietuvos inovacijų centru "
        "surengęs tarptautinį partnerių paieškos renginį „Bridge 2 Business“ (paslaugų "
        "perdavimas, dirbtinis intelektas, debesijos kompiuterija, virtualioji realybė). "
        "Gali būti tas pats darinys kaip Business Hive Vilnius arba INFOBALT IRT "
        "klasteris – šaltiniai to nepatvirtina.",
        "ICT cluster that ran the international partner-search event Bridge 2 Business in "
        "Vilnius in October 2018 with MITA and the Lithuanian Innovation Centre "
        "(outsourcing, artificial intelligence, cloud computing, virtual reality). It may "
        "be the same body as Business Hive Vilnius or the INFOBALT ICT Cluster; the sources "
        "do not confirm it.",
    ),
    "lt-laser-and-light-science-and-technology-a": (
        "Lazerių ir fotonikos bendrovių bei mokslo institucijų asociacija, jungianti "
        "daugiau kaip 60 narių; įkurta 2004 m. (pagal Baltic Photonics; pati asociacija "
        "nurodo registraciją 2005 m.). Rengia kasmetę konferenciją „Lazeriai: mokslas ir "
        "technologijos“, dalyvavo projekte LASER-PRO, pasirašė memorandumą su Čekijos "
        "optikos klasteriu. Tai, kad MITA sąraše minima „Lazerių ir šviesos mokslo ir "
        "technologijų asociacija“ yra būtent ji, šaltiniai tiesiogiai nepatvirtina.",
        "Association of laser and photonics companies and research institutions with more "
        "than 60 members, founded in 2004 (per Baltic Photonics; the association itself "
        "gives registration in 2005). It holds the yearly conference “Lasers: Science and "
        "Technology”, took part in the LASER-PRO project and signed a memorandum with the "
        "Czech Optical Cluster. That MITA's “Laser and Light Science and Technology "
        "Association” is this body is not stated outright by the sources.",
    ),
    "lt-agrifood-lithuania": (
        "2011 m. įkurta ne pelno klasterių organizacija Vilniuje, kuri veikia ir kaip "
        "skaitmeninių inovacijų centras: remia agromaisto inovacijų tyrimus ir diegimą, "
        "sieja narius su tarptautinėmis iniciatyvomis, atstovauja EIT Food Lietuvoje. "
        "2022 m. kartu rengė ECCP seminarą „Clusters meet Regions“ Vilniuje.",
        "Non-profit cluster organisation in Vilnius, founded in 2011, that also works as a "
        "digital innovation hub: it supports research and uptake of agrifood innovation, "
        "links members to international initiatives and represents EIT Food in Lithuania. "
        "In 2022 it co-organised the ECCP “Clusters meet Regions” workshop in Vilnius.",
    ),
    "lt-social-innovation-cluster": (
        "Socialinių inovacijų klasteris, 2020 m. sausio 30 d. įsteigtas šešių organizacijų "
        "(tarp jų – Saulėtekio slėnio mokslo ir technologijų parkas); pristatomas kaip "
        "pirmasis toks klasteris Lietuvoje. Kuria socialinio ugdymo sprendimus, siekia "
        "mažinti socialinę atskirtį ir kviečia naujus narius.",
        "Social-innovation cluster set up on 30 January 2020 by six organisations "
        "(including the Sunrise Valley Science and Technology Park), presented as the "
        "first of its kind in Lithuania. It develops social-education solutions, works "
        "against social exclusion and invites new members.",
    ),
    "lt-ls-dih": (
        "Gyvybės mokslų skaitmeninių inovacijų centro klasteris, kurį koordinuoja VšĮ "
        "Northtown Vilnius: konsultuoja, rengia inkubavimo ir akceleravimo programas "
        "biotechnologijų startuoliams. 2021 m. vasarį prisijungė prie ECCP. Miestas ir "
        "svetainė – koordinatoriaus.",
        "Life-sciences digital innovation hub cluster coordinated by Northtown Vilnius: "
        "it offers consulting and incubation and acceleration programmes for biotech "
        "start-ups, and joined the ECCP in February 2021. City and website are the "
        "coordinator's.",
    ),
    "lt-birzai-tourism": (
        "Biržų krašto turizmo klasteris, 2015 m. vadintas pirmuoju turizmo klasteriu "
        "Lietuvoje; 2015 m. jungė 18 narių. Siūlo šešių krypčių turizmo paslaugų paketus "
        "(alaus daryklos, Biržų pilis, karstinės smegduobės, aktyvus poilsis ir kt.), "
        "2015 m. dalyvavo „Balttour“, 2020 m. – „Adventur“ parodose.",
        "Tourism cluster of the Biržai area, called the first tourism cluster in "
        "Lithuania in 2015, when it had 18 members. It sells tour packages in six themes "
        "(breweries, Biržai castle, karst sinkholes, active leisure and more) and showed "
        "at Balttour in 2015 and at Adventur in 2020.",
    ),
    "lt-anyksciai-tourism": (
        "2013 m. įkurtas Anykščių turizmo klasteris, jungiantis 18 viešųjų įstaigų ir "
        "įmonių: kultūrinis turizmas, konferencijos, vaikų ir jaunimo stovyklos. Kėlė "
        "tikslą iki 2016 m. dvigubai padidinti lankytojų skaičių, palyginti su 2012 m.; "
        "2015 m. dalyvavo „Balttour“ parodoje.",
        "Anykščiai tourism cluster founded in 2013 by 18 public bodies and companies "
        "(cultural tourism, conferences, children's and youth camps). It aimed to double "
        "visitor numbers by 2016 compared with 2012 and showed at Balttour in 2015.",
    ),
    "lt-zemaitija-tourism": (
        "2014 m. įkurtas Žemaitijos regiono turizmo klasteris; 2015 m. kartu su kitais "
        "turizmo klasteriais dalyvavo „Balttour“ parodoje. Buveinės, narių ir "
        "koordinatoriaus šaltiniai nenurodo.",
        "Regional tourism cluster of Samogitia, founded in 2014, which showed at Balttour "
        "in 2015 together with other tourism clusters. The sources give no seat, members "
        "or coordinator.",
    ),
    "lt-pamarys-tourism": (
        "Klaipėdos ir Šilutės rajonų (Drevernos) turizmo klasteris, 2014 m. įkurtas "
        "Klaipėdos rajono turizmo informacijos centro iniciatyva; jungia 19 narių. "
        "Siūlo kulinarinio vandens turizmo maršrutą „Žuvies kelias“ grupėms; 2015 m. "
        "dalyvavo „Balttour“ parodoje.",
        "Tourism cluster of the Klaipėda and Šilutė districts (Dreverna), founded in 2014 "
        "on the initiative of the Klaipėda District Tourism Information Centre; it has 19 "
        "members. It sells the culinary water-tourism route “Žuvies kelias” (Fish Road) to "
        "groups and showed at Balttour in 2015.",
    ),
    "lt-telsiai-tourism": (
        "Pirmasis Telšiuose įkurtas klasteris: 15 įmonių ir organizacijų 2019 m. balandžio "
        "25 d. pasirašė steigimo sutartį, o gegužės 29 d. įregistruota asociacija. Idėja "
        "kilo Telšių rajono savivaldybei, įgyvendinti padėjo „Versli Lietuva“.",
        "The first cluster founded in Telšiai: 15 companies and organisations signed a "
        "founding agreement on 25 April 2019, and the association was registered on 29 "
        "May. The idea came from the Telšiai district municipality; Enterprise Lithuania "
        "helped set it up.",
    ),
    "lt-kedainiai-tourism": (
        "Kėdainių krašto turizmo klasteris: devyni nariai (muziejai, vietos veiklos "
        "grupė, kaimo turizmo sodybos, viešbučiai ir restoranai) balandžio 7 d. pasirašė "
        "jungtinės veiklos sutartį – metų šaltinis nenurodo. Koordinuoja Kėdainių turizmo "
        "ir verslo informacijos centras; tikslas – bent dvigubai padidinti turistų srautus.",
        "Tourism cluster of the Kėdainiai area: nine members (museums, a local action "
        "group, rural-tourism farms, hotels and restaurants) signed a joint-activity "
        "agreement on 7 April of a year the source does not give. The Kėdainiai Tourism "
        "and Business Information Centre coordinates it; the aim is at least to double "
        "tourist numbers.",
    ),
    "lt-panemuniu-turai": (
        "2015 m. įkurtas Jurbarko ir Šakių rajonų turizmo klasteris: dešimt kaimo turizmo "
        "sodybų, vyninė, maitinimo ir renginių įmonės siūlo teminius maršrutus palei "
        "Nemuną. Pristatė naują prekės ženklą ir svetainę (straipsnio data nežinoma).",
        "Tourism cluster of the Jurbarkas and Šakiai districts founded in 2015: ten "
        "members – rural-tourism farms, a winery, catering and events firms – offer "
        "themed tours along the Nemunas. It presented a new brand and website (the "
        "article is undated).",
    ),
    "lt-manufacturing-innovation-valley": (
        "2020 m. balandžio 27 d. penkių gamybos įmonių įkurtas klasteris (vadinamas ir "
        "Inovatyvios gamybos klasteriu), pirmasis naujas narys – Marijampolės LEZ valdymo "
        "bendrovė. Siekia sujungti pramonės šakas ir kartu dalyvauti Europos vertės "
        "grandinėse; kviečia prisijungti visas gamybos inovacijomis suinteresuotas "
        "organizacijas.",
        "Cluster founded on 27 April 2020 by five manufacturers (also called the "
        "Innovative Manufacturing Cluster); its first new member was the Marijampolė FEZ "
        "management company. It aims to join up manufacturing industries and enter "
        "European value chains together, and invites any organisation interested in "
        "manufacturing innovation.",
    ),
    "lt-zuzis": (
        "Žemės ūkio žinių ir inovacijų sistemos klasteris, kurį sudaro septyni viešieji "
        "subjektai – universitetai, konsultavimo tarnyba, Žemės ūkio rūmai ir tyrimų "
        "centras. Jungia mokslo, konsultavimo ir verslo žinias, atstovauja nariams ES "
        "teminiuose tinkluose. Veiklos datų šaltiniai nepateikia.",
        "Agricultural knowledge and innovation system cluster of seven public bodies – "
        "universities, the advisory service, the Chamber of Agriculture and a research "
        "centre. It links knowledge from research, advice and business and represents its "
        "members in EU thematic networks. The sources give no dates of activity.",
    ),
    "lt-business-hive-vilnius": (
        "Vilniaus skaitmeninių industrijų klasteris (kibernetinis saugumas, dirbtinis "
        "intelektas versle). 2022–2024 m. dalyvavo COSME „ClusterXchange“ projekte EXCITE, "
        "kurį koordinavo Silicon Saxony; po jo paskelbė pelnęs ESCA bronzos ženklą (sausio "
        "31 d., metai nenurodyti). Lietuviško pavadinimo šaltiniai nepateikia.",
        "Digital-industries cluster in Vilnius (cybersecurity, artificial intelligence in "
        "business). In 2022–2024 it was a partner of the COSME ClusterXchange project "
        "EXCITE led by Silicon Saxony, after which it announced an ESCA Bronze label (on 31 "
        "January of a year not stated). The sources give no Lithuanian name.",
    ),
    "lt-space-technology-cluster": (
        "Nacionalinis kosmoso technologijų klasteris, kurį koordinuoja Lietuvos kosmoso "
        "asociacija; 2012–2015 m. įgyvendino projektą Science4Space – nacionalinės kosmoso "
        "technologijų platformos kūrimą. Svetainė ir tarptautiniai tinklai – asociacijos. "
        "Lietuviško pavadinimo šaltiniai nepateikia.",
        "National space technology cluster coordinated by the Lithuanian Space "
        "Association; in 2012–2015 it ran Science4Space, building a national space "
        "technology platform. Website and international networks are the association's. "
        "The sources give no Lithuanian name.",
    ),
    "lt-international-energy-cluster": (
        "Lietuvos ir Ukrainos energetikos įmonių klasteris; 2018 m. liepos 12 d. pasirašė "
        "bendradarbiavimo sutartį su Lietuvos energetikos institutu. Buveinės ir narių "
        "skaičiaus šaltiniai nenurodo.",
        "Cluster of Lithuanian and Ukrainian energy companies that signed a cooperation "
        "agreement with the Lithuanian Energy Institute on 12 July 2018. The sources give "
        "neither its seat nor its member count.",
    ),
    "lt-wood-products-innovation": (
        "Klaipėdos rajono medienos apdirbimo ir baldų gamybos klasteris, kurio sutartis "
        "pasirašyta 2018 m. pradžioje; per trejus metus planuota investuoti ne mažiau kaip "
        "350 mln. EUR, tarp jų – į medžio drožlių plokščių gamyklą. Narių šaltinio "
        "ištrauka neįvardija.",
        "Wood-processing and furniture cluster in the Klaipėda district, agreed in early "
        "2018, with at least EUR 350 million of investment planned over three years, "
        "including a particle-board plant. The readable part of the source does not name "
        "its members.",
    ),
    "lt-taurage-wood-furniture": (
        "Apie 2010 m. eksportui didinti įkurtas šešių narių Tauragės regiono medienos ir "
        "baldų klasteris. 2011 m. lapkritį skelbta, kad dėl finansavimo stokos jis "
        "negyvybingas ir nebeveikia.",
        "Tauragė-region wood and furniture cluster of six members, set up around 2010 to "
        "raise exports. In November 2011 it was reported as not viable and inactive for "
        "lack of funding.",
    ),
    "lt-lithuanian-furniture-cluster": (
        "Apie 2010 m. įkurtas penkių narių baldų gamintojų klasteris. 2011 m. lapkritį "
        "skelbta, kad jis nelikviduotas, bet neveikia.",
        "Furniture makers' cluster of five members, set up around 2010. In November 2011 "
        "it was reported as not wound up but not operating.",
    ),
    "lt-west-lithuania-alt-energy": (
        "Vėjo, saulės, geoterminės, biomasės ir bangų energetikos klasteris, kurio "
        "steigiamasis renginys buvo paskelbtas Klaipėdos mokslo ir technologijų parke "
        "(data nenurodyta, tikėtina, iki 2010 m.); kvietė įmones, mokslo ir valdžios "
        "institucijas tapti nariais. Ar klasteris buvo oficialiai įsteigtas, šaltiniai "
        "nepatvirtina.",
        "Cluster for wind, solar, geothermal, biomass and wave energy whose founding event "
        "was announced at the Klaipėda Science and Technology Park (undated, probably "
        "before 2010), inviting companies, research and public bodies to join. No source "
        "confirms that it was formally founded.",
    ),
    "lt-pieno-kelias": (
        "Pieno gamybos ir kaimo turizmo mini klasteris, kurį 2015 m. vasarį paskelbė "
        "kuriančios keturios vietos veiklos grupės (Rietavo, Telšių, Plungės ir Kupiškio "
        "apylinkės), LEADER projekto „Pieno kelias“ tąsa: pieno produktų degustacijos ir "
        "prekyba, kaimo turizmo paslaugos. Vėlesnių įrodymų, kad jis įkurtas ir veikė, "
        "nerasta.",
        "Dairy and rural-tourism mini-cluster that four local action groups (Rietavas, "
        "Telšiai, Plungė and Kupiškis areas) announced in February 2015 as a follow-up of "
        "the LEADER project “Pieno kelias” (Milk Road): dairy tasting and sales and "
        "rural-tourism services. No later evidence shows that it was founded or worked.",
    ),
    "lt-wood-construction-alhp": (
        "Medinės statybos klasteris, kurį inicijavo Rąstinių namų gamintojų asociacija "
        "(įkurta 2005 m.): medienos apdirbimas, medinių namų gamyba, architektūra ir "
        "inžinerija, stogų, pamatų, langų ir durų tiekimas. Svetainė – asociacijos. Gali "
        "būti tas pats kaip PrefabLT – šaltiniai to nepatvirtina.",
        "Wood-construction cluster started by the Association of Log Houses Producers "
        "(founded 2005): timber processing, wooden-house production, architecture and "
        "engineering, and supply of roofs, foundations, windows and doors. The website is "
        "the association's. It may be the same as PrefabLT; the sources do not confirm it.",
    ),
    "lt-sunrise-valley": (
        "Ankstyva (2003 m. gegužė) slėnio tipo žinių ekonomikos klasterio iniciatyva, "
        "kurią įsteigė Vilniaus universitetas, Vilniaus Gedimino technikos universitetas ir "
        "technologijų įmonės; teikė verslo paramos ir technologijų perdavimo paslaugas. "
        "Jos viešoji įstaiga vėliau valdo Saulėtekio slėnio mokslo ir technologijų parką. "
        "Vėlesnių nei 2003 m. įrodymų apie pačią iniciatyvą nerasta.",
        "Early (May 2003) valley-type knowledge-economy cluster initiative set up by "
        "Vilnius University, Vilnius Gediminas Technical University and technology firms, "
        "offering business support and technology transfer. Its public body later runs "
        "the Sunrise Valley Science and Technology Park. No evidence about the initiative "
        "itself is later than 2003.",
    ),
}

# What Lithuanian clusters offer partners and whom they seek, as the sources state it,
# written here in both languages (lt lines, en lines).
LT_OFFERS = {
    "lt-smart-food": (
        [
            "bendras dalyvavimas parodose užsienyje",
            "bendri eksporto skatinimo projektai",
            "partnerių paieška užsienio rinkose",
            "bendra narių rinkodara",
            "funkcinio maisto kūrimas kartu su mokslo institucijomis",
        ],
        [
            "joint participation in trade fairs abroad",
            "joint export promotion projects",
            "partner search in foreign markets",
            "joint marketing of its members",
            "functional food development with research bodies",
        ],
    ),
    "lt-litek": (
        [
            "LITEK mokymo ir tyrimų centras",
            "bendri MTEP ir inovacijų projektai",
            "pagalba ieškant technologinių ir kitų sektorių partnerių",
        ],
        [
            "the LITEK training and research centre",
            "joint R&D and innovation projects",
            "help in finding technology and cross-sector partners",
        ],
    ),
    "lt-litcare": (
        [
            "visa medicinos turizmo vertės grandinė: gydymo, odontologijos, reabilitacijos, "
            "SPA, apgyvendinimo ir kelionių paslaugos"
        ],
        [
            "the whole medical-tourism value chain: medical, dental, rehabilitation, spa, "
            "accommodation and travel services"
        ],
    ),
    "lt-laugea": (
        [
            "bendras produktų kūrimas, bandymai ir rinkodara",
            "prieiga prie narių ir partnerių laboratorijų MTEPI veiklai",
        ],
        [
            "joint product development, testing and marketing",
            "access to members' and partners' laboratories for research and innovation",
        ],
    ),
    "lt-plastics": (
        [
            "vertės grandinė: liejimas, ekstruzija, pūtimas, dizainas, mechaninis apdirbimas, "
            "įrankių gamyba, prototipai, termoformavimas, subrangos darbai"
        ],
        [
            "a value chain of injection moulding, extrusion, blow moulding, design, "
            "machining, tooling, prototyping, thermoforming and subcontracting"
        ],
    ),
    "lt-national-food": (
        [
            "atviros prieigos vaisių ir daržovių perdirbimo technologijų modeliavimo "
            "laboratorija LAMMC Sodininkystės ir daržininkystės institute (įrangos nuoma, "
            "bendri tyrimai)"
        ],
        [
            "an open-access laboratory for modelling fruit and vegetable processing at the "
            "LAMMC Institute of Horticulture (equipment hire, joint research)"
        ],
    ),
    "lt-ivita": (
        ["žinių mainai, MTEP ir tinklaveika sveikatos technologijų ir biotechnologijų srityje"],
        ["knowledge sharing, R&D and networking in health technology and biotechnology"],
    ),
    "lt-uzupis-creative": (
        [
            "verslo paramos, konsultavimo ir informavimo paslaugos nariams",
            "konferencijos, seminarai ir mokymai",
            "klasterio infrastruktūra",
        ],
        [
            "business support, advice and information for members",
            "conferences, seminars and training",
            "the cluster's infrastructure",
        ],
    ),
    "lt-lng": (
        [
            "SGD paskirstymo technologiniai sprendimai",
            "SGD varomų laivų įgulų mokymas (strateginis tikslas)",
        ],
        [
            "technology for LNG distribution",
            "training of crews for LNG-powered ships (a strategic goal)",
        ],
    ),
    "lt-maritime": (
        [
            "inovacijų projektai: automatizavimas, skaitmeninimas, daiktų internetas, duomenų "
            "analizė, dirbtinis intelektas, sistemų integravimas"
        ],
        [
            "innovation projects in automation, digitalisation, the internet of things, data "
            "analysis, artificial intelligence and system integration"
        ],
    ),
    "lt-bacc": (
        [
            "mažos ir vidutinės apimties automobilių dalių ir komponentų gamyba",
            "bendri projektai gamybos ir pridėtinėms išlaidoms mažinti",
            "partnerystė su profesinėmis mokyklomis ir universitetais",
        ],
        [
            "small and medium runs of automotive parts and components",
            "joint projects to cut production and overhead costs",
            "partnerships with vocational schools and universities",
        ],
    ),
    "lt-vilnius-film": (
        [
            "kino ir televizijos gamybos paslaugos",
            "įrangos nuoma, dekoracijos, montažas ir postprodukcija",
            "1 100 m² filmavimo paviljonas su didžiausiu Baltijos šalyse žaliuoju ekranu",
        ],
        [
            "film and TV production services",
            "equipment hire, sets and post-production",
            "a 1,100 m² sound stage with the largest green screen in the Baltic states",
        ],
    ),
    "lt-baltic-film-creative-tech": (
        [
            "platforma „Film In Lithuania“: informacija apie mokesčių lengvatą, filmavimo "
            "vietas ir vietos paslaugas"
        ],
        [
            "the Film In Lithuania platform: information on the tax incentive, locations and "
            "local services"
        ],
    ),
    "lt-odontology-innovations-cluster": (
        ["klasterio tyrimų ir mokymo centras Vilniuje"],
        ["the cluster's research and training centre in Vilnius"],
    ),
    "lt-laser-and-light-science-and-technology-a": (
        [
            "bendra narių rinkodara, verslo ir mokslo projektai",
            "indėlis į mokymo programas",
            "lazerių ir fotonikos sektoriaus atstovavimas",
        ],
        [
            "joint marketing, business and research projects of members",
            "input to training programmes",
            "representation of the laser and photonics sector",
        ],
    ),
    "lt-agrifood-lithuania": (
        [
            "parama agromaisto inovacijų tyrimams, kūrimui ir diegimui",
            "ryšiai su tarptautinėmis ir kitų sektorių iniciatyvomis",
            "inovacijų ekosistemos gebėjimų stiprinimas",
        ],
        [
            "support for researching, developing and deploying agrifood innovation",
            "links to international and cross-sector initiatives",
            "capacity building for the innovation ecosystem",
        ],
    ),
    "lt-social-innovation-cluster": (
        [
            "inovatyvūs socialinio ugdymo sprendimai",
            "planuojamas hakatonas prieš prekybą žmonėmis",
        ],
        [
            "innovative social-education solutions",
            "a planned hackathon against human trafficking",
        ],
    ),
    "lt-ls-dih": (
        [
            "konsultacijos",
            "inkubavimo ir akceleravimo programos",
            "planuojamo Gyvybės mokslų inkubatoriaus infrastruktūra",
        ],
        [
            "consulting",
            "incubation and acceleration programmes",
            "the infrastructure of the planned Life Sciences Incubator",
        ],
    ),
    "lt-birzai-tourism": (
        [
            "šešių krypčių turizmo paslaugų paketai: maistas ir poilsis, alaus darymas, Biržų "
            "pilis, aktyvus poilsis, karstinių smegduobių gamta ir kt."
        ],
        [
            "tour packages in six themes: food and rest, brewing, Biržai castle, active "
            "leisure, karst-sinkhole nature and more"
        ],
    ),
    "lt-anyksciai-tourism": (
        ["laisvalaikio ir pramogų paketai lankytojams"],
        ["leisure and entertainment packages for visitors"],
    ),
    "lt-pamarys-tourism": (
        ["kulinarinio vandens turizmo maršruto „Žuvies kelias“ plaukimai grupėms"],
        ["group cruises on the culinary water-tourism route “Žuvies kelias” (Fish Road)"],
    ),
    "lt-kedainiai-tourism": (
        ["nauji turizmo paslaugų paketai"],
        ["new tour packages"],
    ),
    "lt-panemuniu-turai": (
        ["teminiai turistiniai maršrutai palei Nemuną"],
        ["themed tours along the Nemunas"],
    ),
    "lt-manufacturing-innovation-valley": (
        [
            "gamybos šakų integracija",
            "bendras dalyvavimas Europos vertės grandinėse",
        ],
        [
            "integration of manufacturing industries",
            "joint entry into European value chains",
        ],
    ),
    "lt-zuzis": (
        [
            "žinių sklaida tarp mokslo, konsultavimo ir verslo",
            "narių atstovavimas, dalyvavimas ES teminiuose tinkluose ir konsorciumuose",
        ],
        [
            "knowledge flows between research, advisory services and business",
            "representing members; taking part in EU thematic networks and consortia",
        ],
    ),
    "lt-business-hive-vilnius": (
        [
            "pagalba atitinkant NIS2 kibernetinio saugumo reikalavimus (planuota 2024–2025 m.)",
            "saugaus dirbtinio intelekto diegimo versle metodika",
        ],
        [
            "support with NIS2 cybersecurity compliance (a service planned for 2024–2025)",
            "a method for adopting AI safely in business",
        ],
    ),
    "lt-sunrise-valley": (
        [
            "verslo paramos paslaugos",
            "technologijų perdavimas ir intelektinės nuosavybės apsauga",
        ],
        [
            "business support services",
            "technology transfer and intellectual-property support",
        ],
    ),
}
LT_SEEKS = {
    "lt-litcare": (
        [
            "narystė tarptautiniuose tinkluose",
            "partneriai tarptautiniam bendradarbiavimui ir naujoms rinkoms",
        ],
        [
            "membership of international networks",
            "partners for international cooperation and new markets",
        ],
    ),
    "lt-plastics": (["naujos užsienio rinkos"], ["new foreign markets"]),
    "lt-uzupis-creative": (["nauji nariai"], ["new members"]),
    "lt-maritime": (
        ["daugiau uostų, laivų statybos ir remonto bei jūrinės energetikos įmonių"],
        ["more port, shipbuilding and ship-repair, and maritime energy companies"],
    ),
    "lt-infobalt-ict": (
        [
            "nauji nariai bendrai veiklai",
            "naujos rinkos (tyrimai apie Azerbaidžaną, Omaną, Kazachstaną, Ukrainą, Katarą, "
            "JAE ir kt.)",
        ],
        [
            "new members for joint activities",
            "new markets (studies on Azerbaijan, Oman, Kazakhstan, Ukraine, Qatar, the UAE "
            "and others)",
        ],
    ),
    "lt-baltic-film-creative-tech": (
        ["sektoriaus įmonės, norinčios prisijungti prie klasterio"],
        ["companies of the industry that want to join the cluster"],
    ),
    "lt-social-innovation-cluster": (
        [
            "nauji nariai",
            "socialinės integracijos ir į žmogų orientuotų inovacijų sprendimai",
        ],
        [
            "new members",
            "approaches to social integration and human-centred innovation",
        ],
    ),
    "lt-manufacturing-innovation-valley": (
        ["visos organizacijos, norinčios prisijungti prie gamybos inovacijų ekosistemos"],
        ["any organisation that wants to join the manufacturing innovation ecosystem"],
    ),
}

# What clusters abroad offer and seek, as the sources state it (lt lines, en lines).
EU_OFFERS = {
    "be-wagralim": (
        [
            "bendri inovacijų projektai",
            "kaskadinio finansavimo galimybės nariams",
            "tarptautiniai ryšiai (apie 70 užsienio partnerių)",
        ],
        [
            "collaborative innovation projects",
            "cascade-funding opportunities for members",
            "international networking (about 70 foreign partners)",
        ],
    ),
    "de-photonics-bw": (
        [
            "ekspertų grupės",
            "mokymo seminarai",
            "tinklas „Women in Photonics“",
            "išvykos į parodas ir delegacijų vizitai",
        ],
        [
            "expert groups",
            "training seminars",
            "the Women in Photonics network",
            "trade-fair and delegation trips",
        ],
    ),
    "dk-food-bio-cluster-denmark": (
        [
            "Biologinių išteklių inovacijų tinklo sekretoriatas",
            "Danijos maisto inovacijų tinklas (Švietimo ir mokslo ministerijos pavedimu)",
            "Europos įmonių tinklo (EEN) biuras",
        ],
        [
            "the secretariat of the Innovation Network for Bioresources",
            "the Danish Food Innovation Network, run for the Ministry of Education and Research",
            "an Enterprise Europe Network office",
        ],
    ),
    "ee-estonian-connected-health-cluster": (
        [
            "sveikatos produktų ir paslaugų bandymai Estijoje ir užsienyje",
            "ryšys su Estijos e. sveikatos ekosistema",
        ],
        [
            "testing of health products and services in Estonia and abroad",
            "a link to the Estonian e-health ecosystem",
        ],
    ),
    "ee-estonian-wooden-houses-cluster": (
        [
            "bendra rinkodara (Estijos medinių namų portalas)",
            "konkursas „Metų surenkamasis namas“",
            "parodos ir mokomieji vizitai",
            "kompetencijų renginiai (pvz., „Forum Wood Building Baltic 2019“)",
        ],
        [
            "joint marketing (the Estonian Woodhouse Portal)",
            "the “PreFab House of the Year” contest",
            "trade fairs and study visits",
            "competence events (e.g. Forum Wood Building Baltic 2019)",
        ],
    ),
    "es-clusaga": (
        [
            "rinkos žvalgyba ir tendencijų analizė",
            "tarptautiškumas (2013 m. įkurtas verslo padalinys Kinijoje)",
            "narių bendradarbiavimo projektai",
        ],
        [
            "market intelligence and trend analysis",
            "internationalisation (a business unit in China set up in 2013)",
            "cooperation projects between members",
        ],
    ),
    "es-cluster-audiovisual-catalunya": (
        [
            "tarptautiškumo strategijos",
            "talentų savaitė „Talent Week“",
            "užsienio investicijų pritraukimas",
        ],
        [
            "internationalisation strategies",
            "Talent Week",
            "attracting foreign investment",
        ],
    ),
    "es-cluster-audiovisual-galego": (
        ["tarptautinių koprodukcijų skatinimas"],
        ["promotion of international co-productions"],
    ),
    "es-energy-cluster-catalonia": (
        ["inovacijų, tarptautiškumo ir mokymo iniciatyvos nariams"],
        ["innovation, internationalisation and training initiatives for members"],
    ),
    "es-packaging-cluster": (
        [
            "tinklaveika (apie 40 renginių nariams per metus)",
            "bendri MTEPI projektai",
            "mokymai ir konsultacijos",
        ],
        [
            "networking (about 40 member activities a year)",
            "collaborative research and innovation projects",
            "training and consulting",
        ],
    ),
    "es-vitartis": (
        [
            "narių darbo grupės (inovacijos, tarptautiškumas, finansavimas, mokymai, pramonė 4.0)",
            "technologijų stebėsenos ataskaitos",
            "mokymo programos",
        ],
        [
            "member working groups (innovation, internationalisation, finance, training, "
            "Industry 4.0)",
            "technology-watch reports",
            "training programmes",
        ],
    ),
    "fi-south-savo-food-cluster": (
        [
            "narių bendradarbiavimo skatinimas",
            "informacijos sklaida",
            "matomumas ES partnerysčių tinkluose",
            "žinių perdavimas",
        ],
        [
            "facilitating cooperation between members",
            "spreading information",
            "visibility in EU partnership networks",
            "knowledge transfer",
        ],
    ),
    "fr-agri-sud-ouest-innovation": (
        [
            "MTEP projektų rengimas ir ženklinimas",
            "vietos atstovai departamentuose",
        ],
        [
            "setting up and labelling R&D projects",
            "local contacts in the départements",
        ],
    ),
    "fr-valorial": (
        [
            "bendrų MTEP projektų rengimas ir ženklinimas",
            "teminiai seminarai ir kongresai",
        ],
        [
            "setting up and labelling collaborative R&D projects",
            "thematic workshops and congresses",
        ],
    ),
    "fr-vitagora": (
        [
            "tarptautinės misijos nariams",
            "startuolių akseleravimo programa „Toaster Lab“",
            "biuras Kumamote (Japonija)",
        ],
        [
            "international missions for members",
            "the Toaster Lab start-up acceleration programme",
            "an office in Kumamoto, Japan",
        ],
    ),
    "hr-thermal-cluster-croatia": (
        [
            "bendra rinkodara tarptautinėse rinkose",
            "bendri pirkimai",
            "sveikatos turizmo paslaugų teikėjų sertifikavimas",
        ],
        [
            "joint marketing on international markets",
            "joint procurement",
            "certification of health-tourism providers",
        ],
    ),
    "hu-ddrei": (
        [
            "finansavimo ir partnerių paieška",
            "bendrų energijos pirkimų koordinavimas",
            "renginiai ir naujienlaiškiai nariams",
        ],
        [
            "finding funding and partners",
            "coordinating joint energy purchases",
            "events and newsletters for members",
        ],
    ),
    "hu-falco-cluster": (
        [
            "bendras produktų ir technologijų kūrimas",
            "partnerių suvedimas",
            "mokymai",
            "bendri rinkodaros veiksmai",
        ],
        [
            "joint product and technology development",
            "matchmaking",
            "training",
            "joint market actions",
        ],
    ),
    "pl-nutribiomed": (
        [
            "lengvatinėmis sąlygomis – prieiga prie 16 modulių maisto papildų ir "
            "nutraceutikų tyrimų gamybos linijos"
        ],
        [
            "access on preferential terms to a 16-module research production line for "
            "supplements and nutraceuticals"
        ],
    ),
    "pl-polski-klaster-spozywczy": (
        ["maisto sektoriaus ir mokslo bendradarbiavimas"],
        ["cooperation between the food sector and research"],
    ),
    "pt-portugalfoods": (
        [
            "nacionaliniai paviljonai tarptautinėse parodose",
            "prekybos misijos ir užsienio pirkėjų vizitai",
            "rinkų apžvalgos",
            "MTEP projektų partnerių paieška su akademine bendruomene",
        ],
        [
            "national pavilions at international fairs",
            "trade missions and inbound buyer missions",
            "market observatory reports",
            "R&D project matchmaking with academia",
        ],
    ),
    "se-packbridge": (
        [
            "konferencija „Top Packaging Summit“",
            "tyrimų forumas „Packbridge Research Forum“",
            "konkursas „Packbridge (Startup) Challenge“",
            "tinklas „Fempack“",
        ],
        [
            "the Top Packaging Summit conference",
            "the Packbridge Research Forum",
            "the Packbridge (Startup) Challenge",
            "the Fempack network",
        ],
    ),
    "si-itc-murska-sobota": (
        ["trumposios maisto tiekimo grandinės gyvoji laboratorija „Green Point“ (Pomurjė)"],
        ["the Green Point short-food-supply-chain living lab (Pomurje region)"],
    ),
    "sk-kosice-it-valley": (
        [
            "platforma, kurioje universitetai ir įmonės kartu kuria IT studijų programas",
            "renginiai jauniems IT specialistams",
        ],
        [
            "a platform where universities and companies develop IT curricula together",
            "events for young IT professionals",
        ],
    ),
}
EU_SEEKS = {
    "gr-agrifood-partnership-central-greece": (
        [
            "Europos ir tarptautinis bendradarbiavimas dalijantis patirtimi ir kuriant naujus projektus"
        ],
        ["European and international cooperation to exchange know-how and start new projects"],
    ),
    "pl-bydgoszcz-industrial-cluster": (
        [
            "nauji nariai: plastikų perdirbimo ar įrankių gamybos įmonės, kurias rekomenduoja du nariai"
        ],
        ["new members: plastics-processing or tooling firms recommended by two existing members"],
    ),
}
