"""Version history of the portal's records (django-simple-history).

Every create, change and delete of a registered model leaves a historical row holding
the whole record, who made the change (``HistoryRequestMiddleware`` supplies the admin
user) and when; the admin's history page lists them and can restore an earlier version.
"""

import simple_history
from modeltranslation.translator import NotRegistered, translator


def register_history(*models) -> None:
    """Keep a version history of ``models``.

    Called at the end of each app's ``translation.py``, after the translator registration:
    modeltranslation has then added the ``_lt``/``_en`` fields to the models, so the
    historical tables hold both languages. The untranslated column behind a translated
    field (``name`` beside ``name_lt``/``name_en``) only mirrors the language active at
    save time, so it is left out: a restored version takes its text from ``_lt``/``_en``.
    """
    for model in models:
        try:
            translated = list(translator.get_options_for_model(model).all_fields)
        except NotRegistered:
            translated = []
        simple_history.register(model, excluded_fields=translated)
