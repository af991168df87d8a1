"""Who is asking and what they may do: people, passkeys, tokens, roles, consent, API clients, access log."""
