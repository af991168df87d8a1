"""The services of the authorization code flow: plain async functions, one job per module."""
