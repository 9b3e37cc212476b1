"""Reading an import's file (CSV or XLSX) into a dataset, refusing what it should not read.

Contract: ``create_dataset`` returns a ``tablib.Dataset`` (a header and rows of strings or
spreadsheet values, blank rows left out) or raises ``FileRefused``, whose message tells
the editor, in their language, what is wrong with the file and how to fix it. Nothing
else is raised for a bad file.

Limits (settings ``PORTAL_IMPORT_MAX_BYTES``, ``_MAX_ROWS``, ``_MAX_COLUMNS``) are checked
before the content is parsed or while it streams in, never after: a file is refused
within moments whatever it declares, so that an upload cannot hold a worker (a 4.7 kB
workbook may declare a sheet of 1,048,576 rows by 16,384 columns; a zip may unpack to
gigabytes). Workbooks are read in openpyxl's streaming (read-only) mode.
"""

import csv
import io
import zipfile

import openpyxl
import tablib
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from import_export.formats.base_formats import CSV, XLSX


class FileRefused(ValueError):
    """A file the import does not read; the message is for the editor."""


NOT_A_WORKBOOK = _(
    "This file is not an Excel workbook (.xlsx). Choose the format CSV for a text file, or "
    "save the file from the spreadsheet as an Excel workbook."
)
SPLIT = _("Split it into smaller files and import them one by one.")

# A workbook may unpack to this many times the largest upload; more is a zip bomb.
UNPACKED_RATIO = 10


def check_size(size: int) -> None:
    """Refuse a file of ``size`` bytes beyond the limit."""
    limit = settings.PORTAL_IMPORT_MAX_BYTES
    if size > limit:
        raise FileRefused(
            _("The file is larger than %(limit)s.") % {"limit": filesizeformat(limit)}
            + " "
            + SPLIT
        )


class Rows:
    """Collects a file's header and rows, refusing them beyond the limits."""

    def __init__(self):
        self.max_rows = settings.PORTAL_IMPORT_MAX_ROWS
        self.max_columns = settings.PORTAL_IMPORT_MAX_COLUMNS
        self.header = None
        self.rows = []
        self.seen = 0  # lines after the header, blank ones included

    def add(self, values) -> None:
        values = ["" if value is None else value for value in values]
        if len(values) > self.max_columns:
            if any(str(value).strip() for value in values[self.max_columns :]):
                self.too_many_columns()
            values = values[: self.max_columns]
        if self.header is None:
            while values and not str(values[-1]).strip():
                values.pop()
            if values:
                self.header = [str(value).strip() for value in values]
            return
        self.seen += 1
        if self.seen > self.max_rows:
            raise FileRefused(
                _("The file has more than %(limit)s rows of data.") % {"limit": self.max_rows}
                + " "
                + SPLIT
            )
        if not any(str(value).strip() for value in values):
            return
        width = len(self.header)
        if any(str(value).strip() for value in values[width:]):
            raise FileRefused(
                _("Row %(row)s has more cells than the first row has column names.")
                % {"row": self.seen + 1}
            )
        self.rows.append(list(values[:width]) + [""] * (width - len(values)))

    def too_many_columns(self):
        raise FileRefused(
            _("The file has more than %(limit)s columns: keep only the columns of the import.")
            % {"limit": self.max_columns}
        )

    def dataset(self) -> tablib.Dataset:
        dataset = tablib.Dataset(headers=self.header or [])
        for row in self.rows:
            dataset.append(row)
        return dataset


def decode(data: bytes) -> str:
    """The text of a CSV file, which must be UTF-8 (with or without a byte order mark)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(data) >= 4 and data[1::2].count(0) > len(data) // 4
    ):
        raise FileRefused(
            _(
                "The file is saved in the UTF-16 encoding (“Unicode text”). Save it as "
                "“CSV UTF-8 (comma delimited)” and upload it again."
            )
        )
    if b"\x00" in data:
        raise FileRefused(
            _(
                "This file is not a text (CSV) file: choose the file's own format, or save "
                "it as CSV."
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(
            _(
                "The file is not in the UTF-8 encoding (it may be saved as Windows-1257 "
                "“Baltic” or another older encoding). Save it as “CSV UTF-8 (comma delimited)” "
                "and upload it again."
            )
        ) from None


class PortalCSV(CSV):
    """A comma-separated file in UTF-8; the first line names the columns."""

    # Read as bytes, so that the encoding is checked here and named in the message.
    def get_read_mode(self):
        return "rb"

    def is_binary(self):
        return True

    def create_dataset(self, in_stream):
        if isinstance(in_stream, str):
            in_stream = in_stream.encode()
        check_size(len(in_stream))
        text = decode(in_stream)
        rows = Rows()
        try:
            for values in csv.reader(io.StringIO(text, newline="")):
                rows.add(values)
                if rows.header is not None and rows.seen == 0:
                    check_delimiter(rows.header)
        except csv.Error:
            raise FileRefused(
                _("The file could not be read as CSV: save it again as “CSV UTF-8”.")
            ) from None
        return rows.dataset()


def check_delimiter(header: list[str]) -> None:
    """A header of one column holding semicolons or tabs was separated by those."""
    if len(header) != 1:
        return
    for separator, name in ((";", _("semicolons")), ("\t", _("tabs"))):
        if separator in header[0]:
            raise FileRefused(
                _(
                    "The columns of this file are separated by %(separator)s, not by commas. "
                    "Save it as “CSV UTF-8 (comma delimited)” and upload it again."
                )
                % {"separator": name}
            )


class PortalXLSX(XLSX):
    """The first sheet of an Excel workbook; the first row names the columns."""

    def create_dataset(self, in_stream):
        check_size(len(in_stream))
        try:
            unpacked = sum(
                item.file_size for item in zipfile.ZipFile(io.BytesIO(in_stream)).infolist()
            )
        except (zipfile.BadZipFile, ValueError, OSError):
            raise FileRefused(NOT_A_WORKBOOK) from None
        limit = settings.PORTAL_IMPORT_MAX_BYTES * UNPACKED_RATIO
        if unpacked > limit:
            raise FileRefused(
                _("The workbook unpacks to more than %(limit)s.")
                % {"limit": filesizeformat(limit)}
                + " "
                + SPLIT
            )
        try:
            book = openpyxl.load_workbook(io.BytesIO(in_stream), read_only=True, data_only=True)
        except Exception:  # a zip that is not a workbook fails in many ways
            raise FileRefused(NOT_A_WORKBOOK) from None
        try:
            return self.read_sheet(book.active)
        except FileRefused:
            raise
        except Exception:  # a broken sheet inside a sound zip
            raise FileRefused(NOT_A_WORKBOOK) from None
        finally:
            book.close()

    @staticmethod
    def read_sheet(sheet) -> tablib.Dataset:
        rows = Rows()
        # openpyxl pads every row to the declared width: refuse a size beyond the limits
        # before reading a single row.
        declared_rows, declared_columns = sheet.max_row or 0, sheet.max_column or 0
        if declared_rows > rows.max_rows + 1 or declared_columns > rows.max_columns:
            raise FileRefused(
                _(
                    "The sheet declares a size of %(rows)s rows by %(columns)s columns, more "
                    "than an import reads (%(max_rows)s rows of data, %(max_columns)s "
                    "columns). Copy the data into a new workbook and upload that."
                )
                % {
                    "rows": declared_rows,
                    "columns": declared_columns,
                    "max_rows": rows.max_rows,
                    "max_columns": rows.max_columns,
                }
            )
        # Without a declared size, stop one row and one column past the limits: what lies
        # there makes the file too large; nothing further is read.
        for values in sheet.iter_rows(
            min_row=1,
            max_row=rows.max_rows + 2,
            min_col=1,
            max_col=rows.max_columns + 1,
            values_only=True,
        ):
            rows.add(values)
        return rows.dataset()
