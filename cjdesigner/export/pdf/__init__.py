"""The reportlab side of the PDF export: fonts, paper, the map pages and the detail pages."""
