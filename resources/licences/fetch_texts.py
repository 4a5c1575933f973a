"""Write the standard licence texts that 44 Days ships but no installed package carries itself.

The content is CC BY-SA 4.0; Qt for Python (PySide6, shiboken6) names LGPL-3.0-only OR GPL-2.0-only OR
GPL-3.0 in its metadata but puts no text in its wheels. The texts come from the SPDX licence list as
packaged on npm (spdx-license-list, whose data is CC0-1.0):

    npm pack spdx-license-list@6.12.0 && tar xzf spdx-license-list-6.12.0.tgz
    python resources/licences/fetch_texts.py package/licenses

Each text is written unchanged, as <SPDX id>.txt beside this script.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TEXTS = ("CC-BY-SA-4.0", "LGPL-3.0-only", "GPL-3.0-only", "GPL-2.0-only")


def main(source: Path) -> None:
    for spdx_id in TEXTS:
        text = json.loads((source / f"{spdx_id}.json").read_text(encoding="utf-8"))["licenseText"]
        (Path(__file__).parent / f"{spdx_id}.txt").write_text(text.rstrip() + "\n", encoding="utf-8")
        print(f"wrote {spdx_id}.txt ({len(text):,} characters)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
