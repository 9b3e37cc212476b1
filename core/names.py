"""How a record's name is shown with its acronym: "Name (ACR)", never "Name (ACR) (ACR)".

Many names already carry their acronym ("Estonian Food Cluster (EEfood)", "SMART food
cluster"): the acronym is added only when the name does not contain it as a whole word,
whatever the case. Every place that shows a name with its acronym goes through here (the
``acronym_suffix`` tag and the ``contains_acronym`` filter of ``portal_ui`` in templates).
"""

import re


def contains_acronym(name, acronym) -> bool:
    """True when ``acronym`` is non-empty and appears in ``name`` as a whole word,
    ignoring case ("EEfood" is in "Klasteris (EEFOOD)", "LT" is not in "LTU cluster")."""
    acronym = str(acronym or "").strip()
    if not acronym:
        return False
    # Word boundaries by hand: \b fails next to an acronym's own punctuation ("H2020+").
    pattern = rf"(?<!\w){re.escape(acronym)}(?!\w)"
    return re.search(pattern, str(name or ""), re.IGNORECASE) is not None


def acronym_suffix(name, acronym) -> str:
    """`` (ACR)`` to follow ``name``, or "" when there is no acronym or the name holds it."""
    acronym = str(acronym or "").strip()
    if not acronym or contains_acronym(name, acronym):
        return ""
    return f" ({acronym})"


def with_acronym(name, acronym) -> str:
    """``name`` followed by `` (ACR)`` unless the name already contains the acronym."""
    return f"{name or ''}{acronym_suffix(name, acronym)}"
