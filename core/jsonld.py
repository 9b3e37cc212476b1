"""schema.org descriptions (JSON-LD) of the portal's pages, as plain dicts.

Small functions of the objects they describe, read through attributes only (``name``,
``get_absolute_url()``, ``country``, ``city``…), so that any app's pages can use them.
The template filter ``jsonld`` renders a dict safely inside ``<script>``.
"""

from core.dates import precise_iso_date


def logo(obj) -> dict | None:
    """``obj``'s logo with its stored pixel size, or None when it has none.

    The size is stored when the logo is saved (``logo_width``/``logo_height``), so no
    file is opened to show a page; a logo whose file could not be read has no size and
    is not shown.
    """
    if not obj.logo or not (obj.logo_width and obj.logo_height):
        return None
    return {"url": obj.logo.url, "width": obj.logo_width, "height": obj.logo_height}


def _address(obj) -> dict | None:
    if not obj.country:
        return None
    address = {"@type": "PostalAddress", "addressCountry": obj.country.code}
    if obj.city:
        address["addressLocality"] = obj.city
    return address


def organisation(request, obj, *, logo: dict | None = None, member_of=()) -> dict:
    """An Organization: a cluster or an association, with the networks it belongs to."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": obj.name,
        "url": request.build_absolute_uri(obj.get_absolute_url()),
    }
    optional = {
        "address": _address(obj),
        "alternateName": obj.acronym,
        "description": obj.description,
        "foundingDate": str(obj.founded_year) if obj.founded_year else None,
        "sameAs": [obj.website] if obj.website else None,
        "logo": request.build_absolute_uri(logo["url"]) if logo else None,
        "memberOf": [
            {
                "@type": "Organization",
                "name": network.name,
                "url": request.build_absolute_uri(network.get_absolute_url()),
            }
            for network in member_of
        ],
    }
    data.update({key: value for key, value in optional.items() if value})
    return data


def event(request, obj, organiser=None) -> dict | None:
    """An Event, only when at least its start date is known; ``organiser`` is the
    published association that organises it, if any."""
    if not obj.start_date:
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": obj.title,
        "url": request.build_absolute_uri(obj.get_absolute_url()),
        "startDate": precise_iso_date(obj.start_date, obj.date_precision),
    }
    if obj.end_date:
        data["endDate"] = precise_iso_date(obj.end_date, obj.date_precision)
    if obj.description:
        data["description"] = obj.description
    address = _address(obj) if obj.country else None
    if obj.city and not address:
        address = {"@type": "PostalAddress", "addressLocality": obj.city}
    if address:
        data["location"] = {
            "@type": "Place",
            "name": obj.city or obj.country.name,
            "address": address,
        }
    if organiser is not None:
        data["organizer"] = {
            "@type": "Organization",
            "name": organiser.name,
            "url": request.build_absolute_uri(organiser.get_absolute_url()),
        }
    elif obj.organiser_name:
        data["organizer"] = {"@type": "Organization", "name": obj.organiser_name}
    return data
