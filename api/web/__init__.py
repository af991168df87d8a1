"""HTTP face: GraphQL endpoints, cached public queries, QR images, poster sheets, the PWA."""
