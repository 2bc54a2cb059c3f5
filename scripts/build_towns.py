"""Write src/policykg/data/admin_divisions/towns.csv (county code → its towns, townships and streets) from
modood/Administrative-divisions-of-China's dist/streets.csv (NBS 2023, WTFPL), the source of the other tables there.

    python scripts/build_towns.py STREETS_CSV
"""
import csv
import re
import sys
from pathlib import Path

TOWN = re.compile(r"^.{2,}(?:镇|乡|街道|地区|苏木)$")  # not 林业局, 农场, 管理委员会 …


def main(streets: str) -> None:
    towns: dict[str, list[str]] = {}
    with open(streets, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if TOWN.match(row["name"]):
                towns.setdefault(row["areaCode"], []).append(row["name"])
    target = Path(__file__).resolve().parent.parent / "src/policykg/data/admin_divisions/towns.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["areaCode", "names"])
        for code in sorted(towns):
            writer.writerow([code, "|".join(towns[code])])


if __name__ == "__main__":
    main(sys.argv[1])
