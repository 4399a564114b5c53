"""The exceptions tillit raises; every one derives from :class:`TillitError`."""


class TillitError(Exception):
    """Base class of every error tillit raises on purpose."""


class EmptyDocumentError(TillitError, ValueError):
    """The text is empty or holds only whitespace, so there is nothing to parse."""


class InvalidTextError(TillitError, ValueError):
    """The text holds lone surrogates: not valid Unicode, so no JSON can carry its values."""


class InputTooLarge(TillitError, ValueError):
    """The text is longer than the ``max_chars`` limit given to :func:`tillit.parse`."""


class ParseWarningError(TillitError):
    """A warning was raised as an error because the caller passed ``errors="raise"``."""

    def __init__(self, diagnostic: object) -> None:
        self.diagnostic = diagnostic
        code = getattr(diagnostic, "code", "?")
        super().__init__(f"{code}: {getattr(diagnostic, 'message', '')}")


class ParseTimeout(TillitError):
    """Never raised: matching is linear by construction and has no time guard.

    Kept so that code written against earlier versions (``except tillit.ParseTimeout``) still runs.
    """
