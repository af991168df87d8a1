"""OAuth for integrators: the authorization code flow with PKCE, client refresh tokens, the client
registry and the web origins allowed to call the API from a browser (CORS)."""
