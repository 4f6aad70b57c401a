"""XMP metadata: the document's title, author, subject, language and dates as XML in the PDF.

The Info dictionary says the same to older readers; XMP is what document managers, archives
(PDF/A) and search indexers read. The stream is not compressed, so tools that scan for the
packet find it; user text is escaped and stripped of characters XML cannot hold.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream

from cjdesigner import __version__


def _xml_text(text: str) -> str:
    kept = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return escape(kept)


def xmp_packet(
    title: str, author: str, subject: str, language: str, producer: str, when: datetime
) -> str:
    """The XMP packet (RDF/XML) for these document properties (``producer``: the Info
    dictionary's, which must agree)."""
    stamp = when.isoformat(timespec="seconds")
    lang = _xml_text(language) or "x-default"
    creator = (
        f"<dc:creator><rdf:Seq><rdf:li>{_xml_text(author)}</rdf:li></rdf:Seq></dc:creator>"
        if author
        else ""
    )
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        "<dc:format>application/pdf</dc:format>\n"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml_text(title)}</rdf:li>'
        "</rdf:Alt></dc:title>\n"
        f"{creator}\n"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml_text(subject)}'
        "</rdf:li></rdf:Alt></dc:description>\n"
        f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n"
        f"<pdf:Producer>{_xml_text(producer)}</pdf:Producer>\n"
        f"<xmp:CreatorTool>cjdesigner {__version__}</xmp:CreatorTool>\n"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate>\n"
        f"<xmp:ModifyDate>{stamp}</xmp:ModifyDate>\n"
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )


def attach_xmp(doc: object, packet: str) -> None:
    """Make ``packet`` the catalogue's /Metadata stream of reportlab document ``doc``."""
    stream = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        packet.encode("utf-8"),
    )
    stream.filters = []  # never compressed: metadata scanners read it as plain XML
    doc.Catalog.Metadata = stream  # type: ignore[attr-defined]
