"""The one exception type of business rules: a failure the caller can act on."""


class Failure(Exception):
    """A domain failure with a stable code and a message in zh-CN and in English.

    Services raise it; the GraphQL layer turns it into a typed error result (never a 500).
    """

    def __init__(self, code: str, message: str, message_en: str):
        super().__init__(message_en)
        self.code = code
        self.message = message
        self.message_en = message_en
