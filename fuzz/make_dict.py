"""Write fuzz/tillit.dict (libFuzzer dictionary) from the fragments in fuzz/mutators.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import mutators  # noqa: E402


def main() -> None:
    lines = ["# libFuzzer dictionary: cue words, lines and markup of the conventions "
             "(fuzz/mutators.py).", "# Regenerate: python fuzz/make_dict.py"]
    seen: set[bytes] = set()
    multibyte = [c for c in mutators.SPECIAL_CHARS if len(c.encode("utf-8", "surrogatepass")) > 1]
    for fragment in mutators.FRAGMENTS + multibyte:
        data = fragment.encode("utf-8", "surrogatepass")
        if data in seen:
            continue
        seen.add(data)
        escaped = "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}"
                          for b in data)
        lines.append(f'"{escaped}"')
    (HERE / "tillit.dict").write_text("\n".join(lines) + "\n", encoding="ascii")


if __name__ == "__main__":
    main()
