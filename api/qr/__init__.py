"""QR codes for guides: compact SVG and PNG images, and printable poster sheets per hall."""
