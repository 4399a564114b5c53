"""Press-release phones: valid numbers in E.164 with their type and where they are written."""

from __future__ import annotations

from pathlib import Path

import pytest

import tillit

ROOT = Path(__file__).resolve().parents[1]

RELEASE = """Pressmeddelande

Vänsterpartiet Skåne

Ny motion om kollektivtrafiken

Vänsterpartiet lämnar i dag en motion om billigare resor i Region Skåne.

- Resorna måste bli billigare, säger Anna Berg, regionråd.

Kontakter

Anna Berg
Regionråd
{line}
anna.berg@example.se
"""


@pytest.mark.parametrize(
    ("line", "written", "e164", "kind"),
    [
        ("Tel:073 - 929 44 39", "073 - 929 44 39", "+46739294439", "mobile"),
        ("Mobil: 0701234567", "0701234567", "+46701234567", "mobile"),
        ("Tel: 040-19 27 87", "040-19 27 87", "+4640192787", "fixed_line"),
        ("Telefon +46 8 123 45 67", "+46 8 123 45 67", "+4681234567", "fixed_line"),
        ("Tel: 0046 (0)70 123 45 67", "0046 (0)70 123 45 67", "+46701234567", "mobile"),
        ("Tel: 010-123 45 67", "010-123 45 67", "+46101234567", "uan"),
        ("Tel: 0771-123 456", "0771-123 456", "+46771123456", "shared_cost"),
        ("Tel: 020-123 456", "020-123 456", "+4620123456", "toll_free"),
        ("Tel: +47 22 12 34 56", "+47 22 12 34 56", "+4722123456", "fixed_line"),
        # a scraper glued the next field on: the number is still found
        ("Mobil: 073-929 44 39http://example.se", "073-929 44 39", "+46739294439", "mobile"),
        # not valid numbers: too short, or a date, which has no leading 0
        ("Tel: 070-12", None, None, None),
        ("Tel: 2021-04-21", None, None, None),
    ],
)
def test_contact_phone(line: str, written: str | None, e164: str | None,
                       kind: str | None) -> None:
    text = RELEASE.format(line=line)
    doc = tillit.parse(text)
    assert doc.kind == "press_release"
    [contact] = doc.contacts
    assert (contact.name, contact.email) == ("Anna Berg", "anna.berg@example.se")
    assert (contact.phone, contact.phone_type) == (e164, kind)
    assert (contact.phone_span.slice(text) if contact.phone_span else None) == written
    assert contact.span.start < text.index(line) < contact.span.end


def test_publisher_phone_glued_to_its_website() -> None:
    """The press room prints "040-19 27 87http://vskane.se/"; the phone is read all the same."""
    text = (ROOT / "seeds/002_0747d79021dd98f9.txt").read_text(encoding="utf-8")
    contact = tillit.parse(text).publisher_contact
    assert contact is not None and contact.phone_span is not None
    assert (contact.phone, contact.phone_type, contact.phone_span.slice(text)) == (
        "+4640192787", "fixed_line", "040-19 27 87")
    assert contact.website == "http://vskane.se/"


def test_old_records_without_the_new_fields_still_load() -> None:
    """A contact saved before phone_type and phone_span existed validates unchanged."""
    old = {"name": "Anna Berg", "role": None, "phone": "+46739294439", "email": None,
           "span": {"start": 0, "end": 9}}
    contact = tillit.Contact.model_validate(old)
    assert contact.phone == "+46739294439"
    assert contact.phone_type is None and contact.phone_span is None


def test_phone_digit_gate_matches_metadata() -> None:
    """``find_phone`` skips lines with fewer digits than any valid number has: check the
    bound against libphonenumber's own metadata (country code plus shortest national number)."""
    import phonenumbers
    from phonenumbers import PhoneMetadata
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

    from tillit.extract import press

    shortest = min(
        len(str(code)) + min(n for n in meta.general_desc.possible_length if n > 0)
        for code, regions in COUNTRY_CODE_TO_REGION_CODE.items() for region in regions
        if (meta := PhoneMetadata.metadata_for_region_or_calling_code(code, region)) is not None
    )
    sweden = PhoneMetadata.metadata_for_region("SE")
    assert sweden is not None
    assert min(shortest, *sweden.general_desc.possible_length) >= press._PHONE_MIN_DIGITS
    for line in ("Tel: +43 1234", "Tel: 070-12", "214 33 Malmö", "+290 5 12"):
        found = next(iter(phonenumbers.PhoneNumberMatcher(line, "SE")), None)
        assert found is None or sum(map(str.isdecimal, line)) >= press._PHONE_MIN_DIGITS
