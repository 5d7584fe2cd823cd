"""Reading office spreadsheets safely: .xlsx/.xlsm, .xlsb, .ods and .xls (calamine, with openpyxl +
defusedxml and xlrd behind it for .xlsx and .xls), and .csv (``delimited``).

Rejects, with a message naming the file (and sheet when known): non-spreadsheets, password-protected
workbooks, corrupt files, XML entity tricks and decompression bombs. Whatever a reader raises,
BaseException included (calamine panics on some damaged files), becomes such a message. Returns
plain cell values, merged cells filled.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook, SheetTypeEnum

from greendesk.core.base import compound, delimited
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

ZIP_MAGIC = b"PK\x03\x04"
MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024  # a real workbook is far smaller
MAX_COMPRESSION_RATIO = 200
# Parsing costs time in proportion to the XML (about 20 s a GB here): 64 MB is a sheet of a million
# short rows, far beyond any registry or street list, and reads in a few seconds.
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_ROWS = 100_000  # rows holding data, per sheet (a district registry has a few thousand)
MAX_MERGED_CELLS = 1_000_000  # cells that merged ranges fill in (a merge can span a whole sheet)
MAX_OLE_BYTES = 64 * 1024 * 1024  # .xls files up to this size have their structure checked first
CSV_SUFFIXES = (".csv",)
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
BIFF_FILEPASS, BIFF_EOF = 0x002F, 0x000A
# Interrupts and interpreter exits pass through; everything else a reader raises is its failure.
PASS_THROUGH = (KeyboardInterrupt, SystemExit, GeneratorExit)

Rows = list[tuple[Any, ...]]


def _error(template: str, path: Path, **params: Any) -> ValidationError:
    return ValidationError(template, file=path.name, **params)


def check_workbook(path: Path) -> str:
    """'xlsx', 'xlsb', 'ods', 'xls' or 'csv', or a clear error (damaged, password, bomb, not a workbook)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            handle.seek(0)
            blob = handle.read(MAX_OLE_BYTES + 1) if head == compound.MAGIC else b""
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"), path, reason=exc.strerror or str(exc)
        ) from exc
    if head.startswith(ZIP_MAGIC):
        return _check_zip_container(path)
    if head == compound.MAGIC:
        _check_compound(path, blob[:MAX_OLE_BYTES])
        return "xls"
    if path.suffix.lower() in CSV_SUFFIXES:
        return "csv"
    raise _not_a_workbook(path)


def _not_a_workbook(path: Path) -> ValidationError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv)."
        ),
        path,
    )


def _password_protected(path: Path) -> ValidationError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Errors", "File {file} is password protected; remove the password and import again."
        ),
        path,
    )


def _damaged(path: Path) -> ValidationError:
    return _error(
        QT_TRANSLATE_NOOP("Errors", "{file} is damaged and cannot be opened as an Excel workbook."), path
    )


def _check_compound(path: Path, blob: bytes) -> None:
    """An OLE compound file: encrypted Office (EncryptedPackage), encrypted .xls (FILEPASS), or cut short.

    A truncated .xls makes calamine panic, so the sectors of the workbook stream are checked here.
    Files too large to hold in memory for this look go on to the readers unchecked.
    """
    if len(blob) >= MAX_OLE_BYTES:
        return
    try:
        container = compound.CompoundFile(blob)
        if {"EncryptedPackage", "EncryptionInfo"} & set(container.streams):
            raise _password_protected(path)
        name = next((n for n in ("Workbook", "Book", "WORKBOOK", "BOOK") if n in container.streams), None)
        if name is None:
            raise _not_a_workbook(path)
        container.check_stream(name)
        head = container.head(name, 8192)
    except compound.CompoundError:
        if "EncryptedPackage".encode("utf-16-le") in blob:  # the directory name, even if damaged
            raise _password_protected(path) from None
        raise _damaged(path) from None
    if _has_filepass(head):
        raise _password_protected(path)


def _has_filepass(head: bytes) -> bool:
    """Whether the workbook globals (BIFF records up to the first EOF) hold a FILEPASS record."""
    offset = 0
    while offset + 4 <= len(head):
        kind, length = struct.unpack_from("<HH", head, offset)
        if kind == BIFF_FILEPASS:
            return True
        if kind == BIFF_EOF:
            return False
        offset += 4 + length
    return False


def _check_zip_container(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _damaged(path) from None
    names = {info.filename for info in infos}
    kind = _zip_kind(path, names)
    declared = sum(info.file_size for info in infos)
    compressed = sum(info.compress_size for info in infos) or 1
    if declared > MAX_UNCOMPRESSED_BYTES or (
        declared / compressed > MAX_COMPRESSION_RATIO and declared > 50 * 1024 * 1024
    ):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{file} would expand to {size} MB: refused as a possible zip bomb."),
            path,
            size=declared // (1024 * 1024),
        )
    xml = sum(info.file_size for info in infos if info.filename.endswith(".xml"))
    if xml > MAX_XML_BYTES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} holds {size} MB of sheet XML, more than the {limit} MB a workbook may have."
            ),
            path,
            size=xml // (1024 * 1024),
            limit=MAX_XML_BYTES // (1024 * 1024),
        )
    _check_no_doctype(path, infos)
    return kind


def _zip_kind(path: Path, names: set[str]) -> str:
    """'xlsx' (also .xlsm), 'xlsb' or 'ods' from the parts a zip holds."""
    if "[Content_Types].xml" in names:
        return "xlsb" if "xl/workbook.bin" in names else "xlsx"
    if "content.xml" in names and "mimetype" in names:
        try:
            with zipfile.ZipFile(path) as archive:
                mimetype = archive.read("mimetype")[:100]
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError):
            raise _damaged(path) from None
        if mimetype.startswith(ODS_MIMETYPE):
            return "ods"
    raise _not_a_workbook(path)


def _check_no_doctype(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse DTDs/entity declarations in any XML part (they must precede the root, so the head suffices)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in infos:
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                with archive.open(info) as handle:
                    head = handle.read(64 * 1024)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise _forbidden_xml(path)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError):
        raise _damaged(path) from None


def _forbidden_xml(path: Path) -> ValidationError:
    return _error(
        QT_TRANSLATE_NOOP("Errors", "{file} contains forbidden XML (entity declarations) and was refused."),
        path,
    )


def iter_sheets(path: Path) -> list[tuple[str, Rows]]:
    """All sheets as (name, rows) with merged ranges filled from their top-left cell."""
    kind = check_workbook(path)
    if kind == "csv":
        return [(path.stem, _read_csv(path))]
    try:
        fast = _read_calamine(path, fallback=kind in ("xlsx", "xls"))
        if fast is not None:
            return fast
        return _read_xlsx(path) if kind == "xlsx" else _read_xls(path)
    except ValidationError:
        raise
    except PASS_THROUGH:
        raise
    except BaseException as exc:  # openpyxl/xlrd raise many types, calamine panics
        raise _reader_failure(path, exc) from None


def _reader_failure(path: Path, exc: BaseException, sheet: str | None = None) -> ValidationError:
    """The user's message for whatever a reader raised: password, forbidden XML, or damaged."""
    chain = [exc]
    while chain[-1].__cause__ is not None or chain[-1].__context__ is not None:
        chain.append(chain[-1].__cause__ or chain[-1].__context__)  # type: ignore[arg-type]
        if len(chain) > 10:
            break
    names = [type(e).__name__ for e in chain]
    if any(marker in name for name in names for marker in ("Entit", "DTD", "Forbidden")):
        return _forbidden_xml(path)
    texts = " ".join(str(e).lower() for e in chain)
    if "PasswordError" in names or "encrypted" in texts or "password" in texts:
        return _password_protected(path)
    if sheet is not None:
        return _error(
            QT_TRANSLATE_NOOP("Errors", "{file}: sheet '{sheet}' is damaged and cannot be read ({reason})."),
            path,
            sheet=sheet,
            reason=names[0],
        )
    return _error(
        QT_TRANSLATE_NOOP("Errors", "{file} is damaged and cannot be read ({reason})."), path, reason=names[0]
    )


def _read_csv(path: Path) -> Rows:
    """A .csv list within the byte, row and column limits, its encoding decided from its bytes."""
    try:
        if path.stat().st_size > delimited.MAX_CSV_BYTES:
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "{file} is larger than {limit} MB; split it into smaller files."),
                path,
                limit=delimited.MAX_CSV_BYTES // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"), path, reason=exc.strerror or str(exc)
        ) from exc
    try:
        return delimited.read_rows(data, MAX_ROWS)
    except delimited.CsvError as exc:
        raise _csv_error(path, str(exc)) from None


def _csv_error(path: Path, why: str) -> ValidationError:
    if why == "rows":
        return _too_many_rows(path, path.stem)
    if why == "columns":
        return _error(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} has more than {limit} columns; it is not a list of communities."
            ),
            path,
            limit=delimited.MAX_COLUMNS,
        )
    return _error(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a readable text list (save it as CSV in UTF-8 or GBK, or as .xlsx)."
        ),
        path,
    )


_EXACT = 2.0**53  # floats beyond this are not exact integers
_NO_CELLS: tuple[()] = ()  # an empty row; readers treat short rows as padded with None


def _read_calamine(path: Path, fallback: bool) -> list[tuple[str, Rows]] | None:
    """Read with python-calamine (Rust; ~30x faster than openpyxl); None to use the Python readers.

    Runs only after check_workbook() has refused non-workbooks, bombs, encrypted files and XML
    entity declarations. With ``fallback`` (.xlsx, .xls) any trouble here goes on to openpyxl/xlrd,
    whose errors are classified for the user; .xlsb and .ods have only calamine.
    """
    try:
        book = CalamineWorkbook.from_path(str(path))
    except PASS_THROUGH:
        raise
    except BaseException as exc:  # a panic on a damaged file is a BaseException
        if fallback and not _is_password_error(exc):
            return None
        raise _reader_failure(path, exc) from None
    try:
        return _calamine_sheets(path, book, fallback)
    finally:
        book.close()


def _is_password_error(exc: BaseException) -> bool:
    return type(exc).__name__ == "PasswordError"


def _calamine_sheets(path: Path, book: Any, fallback: bool) -> list[tuple[str, Rows]] | None:
    """Every sheet as rows, or None (with ``fallback``) when calamine cannot read one of them."""
    sheets: list[tuple[str, Rows]] = []
    names = [m.name for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]  # no charts
    for name in names:
        try:
            sheets.append((name, _calamine_sheet(path, book, name)))
        except (ValidationError, *PASS_THROUGH):
            raise
        except BaseException as exc:  # see _read_calamine
            if fallback:
                return None
            raise _reader_failure(path, exc, sheet=name) from None
    return sheets


def _calamine_sheet(path: Path, book: Any, name: str) -> Rows:
    """One sheet as rows (empty text as None, whole floats as int), within the row and merge limits."""
    sheet = book.get_sheet_by_name(name)
    left = (None,) * (sheet.start[1] if sheet.start else 0)  # rows start at the used range
    grid: Rows = []
    last = -1
    filled = 0
    for index, row in enumerate(sheet.iter_rows()):
        # Empty text -> None, whole floats -> int (what openpyxl/xlrd give); inline, as a
        # district list has tens of thousands of cells.
        cells = tuple(
            [
                None
                if v == ""
                else int(v)
                if v.__class__ is float and v.is_integer() and -_EXACT < v < _EXACT
                else v
                for v in row
            ]
        )
        if cells.count(None) == len(cells):
            grid.append(_NO_CELLS)  # shared: a stray mark on row 1,000,000 costs no memory
        else:
            grid.append(left + cells if left else cells)
            last = index
            filled += 1
            if filled > MAX_ROWS:
                raise _too_many_rows(path, name)
    del grid[last + 1 :]  # trailing empty rows
    ranges = [(top, first, bottom, last) for (top, first), (bottom, last) in sheet.merged_cell_ranges or []]
    _fill_merged(path, name, grid, ranges, len(left) + (sheet.width or 0))
    return grid


def _too_many_rows(path: Path, sheet: str) -> ValidationError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: sheet '{sheet}' has more than {limit} rows with data; split it into smaller files.",
        ),
        path,
        sheet=sheet,
        limit=MAX_ROWS,
    )


def _fill_merged(
    path: Path, sheet: str, grid: Rows, ranges: list[tuple[int, int, int, int]], width: int
) -> None:
    """Give every cell of a merged range (0-based top, left, bottom, right) its top-left value.

    The cells to fill are counted first (within the rows read), so a merge spanning a whole sheet
    is refused instead of filling billions of cells.
    """
    area = sum(
        (min(bottom, len(grid) - 1) - top + 1) * (min(right, width - 1) - left + 1)
        for top, left, bottom, right in ranges
        if top < len(grid) and bottom >= top and right >= left
    )
    if area > MAX_MERGED_CELLS:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: sheet '{sheet}' has merged cells covering {count} cells, more than the {limit} allowed.",
            ),
            path,
            sheet=sheet,
            count=area,
            limit=MAX_MERGED_CELLS,
        )
    for top, first_column, bottom, last_column in ranges:
        if top >= len(grid) or first_column >= len(grid[top]):
            continue
        value = grid[top][first_column]
        for row in range(top, min(bottom, len(grid) - 1) + 1):
            cells = list(grid[row]) or [None] * width
            for column in range(first_column, min(last_column, len(cells) - 1) + 1):
                cells[column] = value
            grid[row] = tuple(cells)


def _read_xlsx(path: Path) -> list[tuple[str, Rows]]:
    import openpyxl  # uses defusedxml when it is installed (it is a dependency)

    workbook = openpyxl.load_workbook(path, data_only=True, read_only=False)
    sheets: list[tuple[str, Rows]] = []
    try:
        for sheet in workbook.worksheets:
            grid: Rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
            if sum(1 for row in grid if any(cell is not None for cell in row)) > MAX_ROWS:
                raise _too_many_rows(path, sheet.title)
            ranges = [
                (m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                for m in sheet.merged_cells.ranges
            ]
            _fill_merged(path, sheet.title, grid, ranges, sheet.max_column)
            sheets.append((sheet.title, grid))
    finally:
        workbook.close()
    return sheets


def _read_xls(path: Path) -> list[tuple[str, Rows]]:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=False, on_demand=True)
    sheets: list[tuple[str, Rows]] = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows: Rows = []
            for r in range(sheet.nrows):
                values = []
                for c in range(sheet.ncols):
                    cell = sheet.cell(r, c)
                    value = cell.value
                    if cell.ctype == xlrd.XL_CELL_EMPTY:
                        value = None
                    elif cell.ctype == xlrd.XL_CELL_NUMBER and float(value).is_integer():
                        value = int(value)
                    elif cell.ctype == xlrd.XL_CELL_DATE:
                        value = xlrd.xldate.xldate_as_datetime(value, book.datemode)
                    values.append(value)
                rows.append(tuple(values))
            sheets.append((sheet.name, rows))
    finally:
        book.release_resources()
    return sheets
