"""The words demo records are made of, as data: countries and their cities, the standard
sector taxonomy, invented name stems, offers and needs, project themes, event kinds and
ESCA label weights. Builders draw from these lists in order, so reordering or extending
one changes what a given seed produces.
"""

from alliance.models import EventKind, FigureKind
from clusters.models import LabelLevel

# ISO code: (relative weight, cities). The 27 EU members plus a few neighbours.
COUNTRIES = {
    "AT": (2, ["Vienna", "Linz", "Graz"]),
    "BE": (2, ["Brussels", "Ghent", "Liège"]),
    "BG": (1, ["Sofia", "Plovdiv", "Varna"]),
    "HR": (1, ["Zagreb", "Split", "Rijeka"]),
    "CY": (1, ["Nicosia", "Limassol"]),
    "CZ": (2, ["Prague", "Brno", "Ostrava"]),
    "DK": (2, ["Copenhagen", "Aarhus", "Odense"]),
    "EE": (1, ["Tallinn", "Tartu"]),
    "FI": (2, ["Helsinki", "Tampere", "Oulu"]),
    "FR": (4, ["Paris", "Lyon", "Toulouse", "Grenoble"]),
    "DE": (4, ["Berlin", "Munich", "Stuttgart", "Hamburg"]),
    "GR": (1, ["Athens", "Thessaloniki", "Patras"]),
    "HU": (2, ["Budapest", "Debrecen", "Szeged"]),
    "IE": (1, ["Dublin", "Cork", "Galway"]),
    "IT": (4, ["Milan", "Turin", "Bologna", "Rome"]),
    "LV": (1, ["Riga", "Jelgava", "Ventspils"]),
    "LT": (4, ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"]),
    "LU": (1, ["Luxembourg", "Esch-sur-Alzette"]),
    "MT": (1, ["Valletta", "Birkirkara"]),
    "NL": (2, ["Amsterdam", "Eindhoven", "Rotterdam"]),
    "PL": (3, ["Warsaw", "Kraków", "Gdańsk", "Wrocław"]),
    "PT": (2, ["Lisbon", "Porto", "Braga"]),
    "RO": (2, ["Bucharest", "Cluj-Napoca", "Timișoara"]),
    "SK": (1, ["Bratislava", "Košice", "Žilina"]),
    "SI": (1, ["Ljubljana", "Maribor"]),
    "ES": (4, ["Madrid", "Barcelona", "Bilbao", "Valencia"]),
    "SE": (2, ["Stockholm", "Gothenburg", "Malmö"]),
    "NO": (1, ["Oslo", "Bergen", "Trondheim"]),
    "IS": (1, ["Reykjavík", "Akureyri"]),
    "CH": (1, ["Zurich", "Basel", "Lausanne"]),
    "UA": (1, ["Kyiv", "Lviv", "Kharkiv"]),
}

# The standard sector taxonomy (real, not demo), made only when there are no sectors.
STANDARD_SECTORS = [
    ("ict", "ICT", "IRT"),
    ("agrofood", "Agrofood", "Agromaistas"),
    ("automotive", "Automotive", "Automobilių pramonė"),
    ("energy", "Energy", "Energetika"),
    ("machinery", "Machinery", "Mašinos ir įrenginiai"),
    ("health", "Health", "Sveikata"),
    ("tourism", "Tourism", "Turizmas"),
    ("textiles", "Textiles", "Tekstilė"),
    ("renewable-energy", "Renewable energy", "Atsinaujinanti energetika"),
    ("electronics-software", "Electronics & software", "Elektronika ir programinė įranga"),
    ("machine-building", "Machine building", "Mašinų gamyba"),
    ("wood-furniture", "Wood & furniture", "Mediena ir baldai"),
    ("packaging", "Packaging", "Pakuotės"),
    ("lasers-photonics", "Lasers & photonics", "Lazeriai ir fotonika"),
]

# Invented brand-like stems: "Nordwave", "Ambertech"…
STEM_HEADS = [
    "Amber", "Aura", "Balt", "Boreal", "Cor", "Del", "Gala", "Hel", "Ister", "Kor",
    "Lumi", "Mare", "Nord", "Ori", "Pano", "Rhen", "Sil", "Tera", "Vel", "Zen",
]  # fmt: skip
STEM_TAILS = [
    "a", "is", "on", "ia", "tech", "nova", "link", "gate", "wave", "forge",
    "grid", "lab", "ware", "vita", "polis",
]  # fmt: skip

# What a cluster offers and seeks, and what projects are about: (English, Lithuanian).
OFFERS = [
    ("Test beds and pilot lines for SMEs.", "Bandymų aikštelės ir bandomosios linijos MVĮ."),
    ("Access to research labs and equipment.", "Prieiga prie mokslinių laboratorijų ir įrangos."),
    ("Training for cluster managers.", "Mokymai klasterių vadybininkams."),
    ("Matchmaking with member companies.", "Partnerių paieška tarp narių įmonių."),
    ("Export promotion and joint trade missions.", "Eksporto skatinimas ir bendros misijos."),
]
SEEKS = [
    ("Partners for joint EU projects.", "Partnerių bendriems ES projektams."),
    ("Clusters in the same value chain abroad.", "Tos pačios vertės grandinės klasterių."),
    ("Research partners for product development.", "Mokslo partnerių produktų kūrimui."),
    ("Distributors in new export markets.", "Platintojų naujose eksporto rinkose."),
]
PROJECT_THEMES = [
    ("Digital transformation", "Skaitmeninė transformacija"),
    ("Green transition", "Žalioji pertvarka"),
    ("Industry 4.0", "Pramonė 4.0"),
    ("Circular economy", "Žiedinė ekonomika"),
    ("Internationalisation", "Tarptautiškumas"),
    ("Skills for industry", "Įgūdžiai pramonei"),
    ("Smart specialisation", "Sumani specializacija"),
    ("Resilient value chains", "Atsparios vertės grandinės"),
]
# Each event kind's title word: (English, Lithuanian).
EVENT_KINDS = {
    EventKind.FORUM: ("Cluster forum", "Klasterių forumas"),
    EventKind.CONFERENCE: ("Conference", "Konferencija"),
    EventKind.TRAINING: ("Training", "Mokymai"),
    EventKind.STUDY_VISIT: ("Study visit", "Studijų vizitas"),
    EventKind.MATCHMAKING: ("Matchmaking", "Partnerių paieškos renginys"),
    EventKind.HACKATHON: ("Hackathon", "Hakatonas"),
    EventKind.MEETING: ("Project meeting", "Projekto susitikimas"),
}
# How often each ESCA label level is drawn, and the association figure that counts it.
LABEL_WEIGHTS = {LabelLevel.BRONZE: 6, LabelLevel.SILVER: 3, LabelLevel.GOLD: 1}
LABEL_FIGURES = {
    LabelLevel.GOLD: FigureKind.GOLD_LABELS,
    LabelLevel.SILVER: FigureKind.SILVER_LABELS,
    LabelLevel.BRONZE: FigureKind.BRONZE_LABELS,
}
