"""Files -> pages of text: type sniffing, unpacking, PDF text layers, OCR."""
