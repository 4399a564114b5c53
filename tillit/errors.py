"""The exceptions tillit raises; every one derives from :class:`TillitError`."""


class TillitError(Exception):
    """Base class of every error tillit raises on purpose."""


class EmptyDocumentError(TillitError, ValueError):
    """The text is empty or holds only whitespace, so there is nothing to parse."""


class InputTooLarge(TillitError, ValueError):
    """The text is longer than the ``max_chars`` limit given to :func:`tillit.parse`."""


class ParseTimeout(TillitError):
    """A pattern ran past its time guard; the input is pathological for one of our regexes."""
