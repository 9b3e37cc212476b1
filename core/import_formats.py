"""Reading an import's file (CSV or XLSX) into a dataset, refusing what it should not read.

Contract: ``create_dataset`` returns a ``tablib.Dataset`` or raises ``FileRefused`` whose
message tells the editor, in their language, what is wrong with the file and how to fix
it. Nothing else is raised for a bad file.
"""

import io

import openpyxl
from django.utils.translation import gettext_lazy as _
from import_export.formats.base_formats import XLSX


class FileRefused(ValueError):
    """A file the import does not read; the message is for the editor."""


NOT_A_WORKBOOK = _(
    "This file is not an Excel workbook (.xlsx). Choose the format CSV for a text file, or "
    "save the file from the spreadsheet as an Excel workbook."
)


class PortalXLSX(XLSX):
    """The first sheet of an Excel workbook."""

    def create_dataset(self, in_stream):
        try:
            book = openpyxl.load_workbook(io.BytesIO(in_stream), read_only=True, data_only=True)
        except Exception:  # not a zip, or a zip that is not a workbook: many kinds
            raise FileRefused(NOT_A_WORKBOOK) from None
        try:
            return super().create_dataset(in_stream)
        finally:
            book.close()
