"""OneVisit (一次办): the API service."""
