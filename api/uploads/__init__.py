"""Application materials uploaded by citizens: photos of documents and PDFs, checked and stored by content."""
