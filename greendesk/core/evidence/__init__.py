"""Evidence files beyond photos: previews of PDFs, documents, spreadsheets and other attachments."""
