"""Writing the PDF's objects: reportlab's file, byte for byte, with less work per object.

A 5,000-card export has some 11,000 objects (10,000 of them card ↔ row links) and 400 pages.
reportlab wraps every object in a helper object, formats it through a generic dispatcher,
encodes each piece and formats every page's dictionary key by key (its resources too, the
same on most pages). :class:`FastDocument` writes each object straight into the file and
:class:`FastPage` writes a page's dictionary from parts made once per document: the same
bytes (the sample exports are byte-identical), about a tenth of the export's saving time less.
Anything out of the ordinary (encryption, comments in the file, a page with boxes, a
transition or graphics states of its own) goes through reportlab's own code.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    NoEncryption,
    PDFDictionary,
    PDFFile,
    PDFFormXObject,
    PDFIndirectObject,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFResourceDictionary,
    PDFStream,
    PDFTrailer,
)

_FP_STRINGS: dict[float, str] = {}


def fp(value: float) -> str:
    """reportlab's ``fp_str`` of one number (its way of writing numbers: up to six
    significant decimals), remembered: platypus moves the canvas to each of an export's
    thousand-odd flowables through reportlab's pure-Python ``fp_str``."""
    text = _FP_STRINGS.get(value)
    if text is None:
        text = fp_str(value)
        if len(_FP_STRINGS) < 50_000:
            _FP_STRINGS[value] = text
    return text


def fp_numbers(*numbers: Any) -> str:
    """reportlab's ``fp_str`` of any numbers (or of one list or tuple of them), each written
    through :func:`fp`: the same text (see :func:`cjdesigner.export.pdf.document.build_pdf`,
    which has reportlab's drawing modules use it while an export is built)."""
    if len(numbers) == 1 and isinstance(numbers[0], (tuple, list)):
        numbers = numbers[0]
    return " ".join([fp(n) for n in numbers])


WHOLE: set[type] = set()
"""Object types that write themselves whole, ``n v obj`` to ``endobj`` included, with a
``whole(number, version, document)`` method: the bytes the loop below would make from their
``format`` (a body that does not end with a line break), in one piece."""


class FastDocument(pdfdoc.PDFDocument):
    """reportlab's document whose :meth:`format` writes the objects without a wrapper each."""

    def format(self) -> bytes:
        """reportlab's ``PDFDocument.format``: the objects in number order, the cross-reference
        table and the trailer. An object is formatted by its own ``format`` (what reportlab's
        wrapper does for an object at the top level) and written as ``n v obj … endobj``."""
        if (
            type(self.encrypt) is not NoEncryption
            or (rl_config.pdfComments and not rl_config.invariant)
            or getattr(self, "_digiSigs", None)
        ):
            return super().format()
        self.encrypt.prepare(self)
        cat, info = self.Catalog, self.info
        self.Reference(cat)
        self.Reference(info)
        numbertoid = self.numberToId
        id_to_nv = self.idToObjectNumberAndVersion
        id_to_ob = self.idToObject
        id_to_of = self.idToOffset
        entries: list[str] = []  # the cross-reference table's, in object number order
        self.__accum__ = file = PDFFile(self._pdfVersion)
        write = file.write
        offset = file.offset
        counter = 0
        while True:  # objects may be registered while others are formatted: no for loop
            counter += 1
            oid = numbertoid.get(counter)
            if oid is None:
                break
            obj = id_to_ob[oid]
            number, version = id_to_nv[oid]
            if type(obj) in WHOLE:  # writes itself with its "n v obj" lines (10,000 links)
                data = obj.whole(number, version, self)
            elif isinstance(obj, PDFObject):
                body = obj.format(self)
                data = b"".join(
                    (
                        f"{number} {version} obj\n".encode("ascii"),
                        body,
                        b"endobj\n" if body.endswith(b"\n") else b"\nendobj\n",
                    )
                )
            else:
                data = pdfdoc.pdfdocEnc(PDFIndirectObject(oid, obj).format(self))
            id_to_of[oid] = offset
            # the entry "0000012345 00000 n " (zfill: the same digits, a third of the time)
            entries.append(
                f"{str(offset).zfill(10)} 00000 n "
                if version == 0
                else f"{offset:010d} {version:05d} n "
            )
            offset += len(data)
            write(data)
        file.offset = offset
        del self.__accum__
        count = len(numbertoid)
        if counter - 1 != count:
            raise ValueError(f"counter {counter} doesn't match number to id dictionary {count}")
        # as reportlab's PDFCrossReferenceTable writes one section of objects 1…count (each
        # entry formatted in the loop above, not looked up again one by one)
        xref = "\n".join((f"xref\n0 {count + 1}", "0000000000 65535 f ", *entries, ""))
        xref_offset = file.add(xref.encode("ascii"))
        trailer = PDFTrailer(
            startxref=xref_offset,
            Size=count + 1,
            Root=self.Reference(cat),
            Info=self.Reference(info),
            Encrypt=None,
            ID=self.ID(),
        )
        file.add(trailer.format(self))
        return file.format(self)


_PLAIN_KEYS = frozenset(
    ("Parent", "MediaBox", "Resources", "Contents", "Rotate", "Trans", "Annots")
)
"""The page keys :class:`FastPage` writes itself; a page with any other is reportlab's."""
_OTHER_KEYS = tuple(
    name
    for name in PDFPage.__NoDefault__  # type: ignore[attr-defined]
    if name not in _PLAIN_KEYS
)
"""The other keys of a page, all unset on a page :class:`FastPage` writes (listed once, not
filtered for each page)."""


class FastPage(PDFPage):
    """A page whose dictionary is written from parts: its resources (fonts, procedure sets,
    the forms it uses) formatted once per document for every page with the same forms."""

    def format(self, document: Any) -> bytes:
        if not self._plain():
            return super().format(document)
        self.check_format(document)
        stream = self.Contents
        if type(stream) is PDFStream and not stream.dictionary.dict:  # its own, just made
            stream.__class__ = _PageStream
        contents = document.Reference(stream)
        parent = document.Reference(self.Parent)
        cache = _parts(document)
        xobjects = self.XObjects
        resources_key = ("resources", self.hasImages, tuple(xobjects.dict) if xobjects else ())
        resources = cache.get(resources_key)
        if resources is None:
            resources = cache[resources_key] = pdfdoc.format(self.Resources, document)
        box = tuple(self.MediaBox.sequence)
        media_key = ("box", box)
        media_box = cache.get(media_key)
        if media_box is None:
            media_box = cache[media_key] = pdfdoc.format(self.MediaBox, document)
        parts = []
        if self.Annots is not None:
            parts.append(b"/Annots " + pdfdoc.format(self.Annots, document))
        parts += [
            b"/Contents " + contents.format(document),
            b"/MediaBox " + media_box,
            b"/Parent " + parent.format(document),
            b"/Resources " + resources,
            b"/Rotate " + fp(self.Rotate).encode("ascii"),
            b"/Trans <<\n\n>>",
            b"/Type /Page",
        ]
        # as reportlab writes a dictionary: keys sorted, a line break after every sixth
        for i in reversed(range(6, len(parts), 6)):
            parts.insert(i, b"\n ")
        return b"<<\n" + b" ".join(parts) + b"\n>>"

    def _plain(self) -> bool:
        """Whether the page has only what :meth:`format` writes itself (reportlab's defaults:
        no boxes, duration, transition, graphics states, colour spaces or shadings)."""
        if self.Override_default_compilation or self.Resources or self.ExtGState:
            return False
        if rl_config.pdfMultiLine or (rl_config.pdfComments and not rl_config.invariant):
            return False
        if self._colorsUsed or self._shadingUsed or not isinstance(self.Rotate, int):
            return False
        trans = self.Trans
        if not (isinstance(trans, PDFDictionary) and not trans.dict):
            return False
        if not _plain_xobjects(self.XObjects):
            return False
        return all(getattr(self, name, None) is None for name in _OTHER_KEYS)


class _PageStream(PDFStream):
    """A page's content stream, written as reportlab writes it (its filters applied, then a
    dictionary of only ``/Filter`` and ``/Length``) without building that dictionary."""

    def format(self, document: Any) -> bytes:
        filters = self.filters if self.filters is not None else document.defaultStreamFilters
        content = self.content
        if not filters or content is None or type(document.encrypt) is not NoEncryption:
            return super().format(document)
        for f in reversed(filters):
            content = f.encode(content)
        if not isinstance(content, bytes):
            return super().format(document)
        names = " ".join(pdfdoc.PDFName(f.pdfname) for f in filters)
        head = f"<<\n/Filter [ {names} ] /Length {len(content)}\n>>\nstream\n"
        # printable ASCII and line breaks, which reportlab's PDFDocEncoding codec (a codec
        # looked up by name, in Python, for every stream) writes as ASCII does
        return head.encode("ascii") + content + b"endstream\n"


def _parts(document: Any) -> dict[object, bytes]:
    """Formatted parts shared by a document's pages and forms (their object numbers are the
    document's, so the parts are its own)."""
    found: dict[object, bytes] | None = getattr(document, "_cj_page_parts", None)
    if found is None:
        found = document._cj_page_parts = {}
    return found


def _plain_xobjects(xobjects: Any) -> bool:
    """Whether a page's or form's forms are references each to the form it names, as
    reportlab's canvas lists them (so their names say all they format to)."""
    return not xobjects or all(
        type(v) is PDFObjectReference and v.name == k for k, v in xobjects.dict.items()
    )


class _Formatted(PDFObject):
    """A value already formatted."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


class FastForm(PDFFormXObject):
    """A form whose resources (fonts, procedure sets, the forms it places) are formatted once
    per document for every form with the same ones; the rest is reportlab's."""

    def format(self, document: Any) -> bytes:
        if not self.Resources and _plain_xobjects(self.XObjects):
            xobjects = self.XObjects
            key = ("form resources", self.hasImages, tuple(xobjects.dict) if xobjects else ())
            cache = _parts(document)
            data = cache.get(key)
            if data is None:  # as reportlab's form makes them
                resources = PDFResourceDictionary()
                resources.basicFonts()
                if self.hasImages:
                    resources.allProcs()
                else:
                    resources.basicProcs()
                if xobjects:
                    resources.XObject = xobjects
                data = cache[key] = pdfdoc.format(resources, document)
            self.Resources = _Formatted(data)
            if self._plain(document):
                return self._format_plain(document, data)
        return super().format(document)

    def _plain(self, document: Any) -> bool:
        """Whether reportlab would write the form as :meth:`_format_plain` does: its own
        stream, bounding box and matrix, no annotations, no encryption or comments."""
        return (
            not self.Annots
            and not self.Contents
            and bool(self.stream)
            and self.BBox is None
            and self.Matrix is None
            and all(type(n) in (float, int) for n in self.BBoxList())
            and type(document.encrypt) is NoEncryption
            and not rl_config.pdfMultiLine
            and not (rl_config.pdfComments and not rl_config.invariant)
        )

    def _format_plain(self, document: Any, resources: bytes) -> bytes:
        """reportlab's ``PDFFormXObject.format`` then ``PDFStream.format``, written directly:
        the stream filtered, then its dictionary, keys sorted, a line break after the sixth."""
        if self.compression:
            filters = (
                [pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress]
                if rl_config.useA85
                else [pdfdoc.PDFZCompress]
            )
        else:
            filters = document.defaultStreamFilters
        content = self.stream
        parts = [b"/BBox " + _array((self.lowerx, self.lowery, self.upperx, self.uppery))]
        if filters is not None:
            for f in reversed(filters):
                content = f.encode(content)
            names = b" ".join(pdfdoc.format(PDFName(f.pdfname), document) for f in filters)
            parts.append(b"/Filter [ " + names + b" ]")
        formatted = pdfdoc.format(content, document)
        parts += [
            b"/FormType 1",
            b"/Length " + fp(len(content)).encode("ascii"),
            b"/Matrix [ 1 0 0 1 0 0 ]",
            b"/Resources " + resources,
            b"/Subtype /Form",
            b"/Type /XObject",
        ]
        for i in reversed(range(6, len(parts), 6)):
            parts.insert(i, b"\n ")
        return b"<<\n" + b" ".join(parts) + b"\n>>\nstream\n" + formatted + b"endstream\n"


def _array(numbers: tuple[float, ...]) -> bytes:
    """A short array of numbers as reportlab writes it."""
    return f"[ {' '.join(map(fp, numbers))} ]".encode("ascii")
