"""The C library's number parsing as the real tools call it on their arguments."""
from __future__ import annotations


def atoi(text: str | None) -> int:
    """atoi(3): optional blanks and sign, then the leading digits; anything else is 0."""
    text = (text or "").strip()
    sign = -1 if text.startswith("-") else 1
    digits = ""
    for c in text[1:] if text[:1] in ("+", "-") else text:
        if not c.isdigit():
            break
        digits += c
    return sign * int(digits) if digits else 0
