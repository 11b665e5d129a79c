"""Small PDF and DOCX files made in the tests (nothing downloaded): real files for the readers.

``make_pdf`` writes a minimal, valid PDF 1.4 by hand: one Helvetica text line per entry, top
to bottom, a cross-reference table with exact offsets. ``make_docx`` uses python-docx.
"""

from __future__ import annotations

from pathlib import Path


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(path: Path, pages: list[list[str]], title: str | None = None, image_only: bool = False) -> Path:
    """A PDF whose page i shows the lines ``pages[i]`` (or, with ``image_only``, just a picture)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font, first_page = 3, 4  # 1 catalog, 2 page tree, 3 font, then (page, content) pairs, info last
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    image = first_page + 2 * n_pages + 1
    for i, lines in enumerate(pages):
        if image_only:
            stream = b"q 200 0 0 100 72 600 cm /Im1 Do Q"
            resources = f"<< /XObject << /Im1 {image} 0 R >> >>"
        else:
            ops = ["BT /F1 11 Tf 14 TL 72 740 Td"] + [f"{_pdf_string(ln)} Tj T*" for ln in lines] + ["ET"]
            stream = "\n".join(ops).encode("cp1252")
            resources = f"<< /Font << /F1 {font} 0 R >> >>"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources {resources} "
                       f"/Contents {first_page + 2 * i + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info = f"<< /Title {_pdf_string(title)} >>" if title else "<< >>"
    objects.append(info.encode("cp1252"))
    pixels = bytes(range(256)) * 4
    objects.append(b"<< /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, first_page + 2 * n_pages, xref))
    path.write_bytes(bytes(out))
    return path


def encrypt_pdf(source: Path, target: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(str(source)))
    writer.encrypt(password, algorithm="RC4-128")
    with open(target, "wb") as fh:
        writer.write(fh)
    return target


def make_docx(path: Path) -> Path:
    """A report: title, heading, paragraphs, a table (one merged cell) and a paragraph after it."""
    import docx

    d = docx.Document()
    d.add_heading("Regulators and TikTok", level=0)
    d.add_paragraph("The Federal Trade Commission fined TikTok in February.")
    d.add_heading("Who owns what", level=1)
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Company", "Parent"
    table.cell(1, 0).text, table.cell(1, 1).text = "TikTok", "ByteDance"
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "Musical.ly was bought by ByteDance in 2017."
    d.add_paragraph("Microsoft said it would continue talks with ByteDance.")
    section = d.sections[0]
    section.header.paragraphs[0].text = "CONFIDENTIAL RUNNING HEADER"
    d.save(str(path))
    return path
