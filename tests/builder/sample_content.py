"""A tiny, valid content folder written by tests, to break one piece at a time."""

from __future__ import annotations

from pathlib import Path

ENTRIES = {
    "alpha": """---
id: alpha
title: Alpha Town
kind: place
summary: A town used in tests.
aliases: [Alfa, Ałfa]
related: [beta]
places: [alpha]
sources: [ref]
---
Alpha is near [[beta|the Beta river]].
It has a second line.
""",
    "beta": """---
id: beta
title: Beta River
kind: topic
summary: A river used in tests.
aliases: []
related: []
sources: [ref]
date: 2020-10
---
The river flows past [[alpha]].
""",
}

CSV = {
    "sources.csv": "id,name,kind,side,entry,description\nref,Reference,reference,independent,,Test source\n",
    "places.csv": (
        "id,name,type,lat,lon,precision,country,district,entry,name_armenian,name_azerbaijani,"
        "name_russian,other_names\n"
        "alpha,Alpha,town,39.8,46.7,town,AZ,,alpha,Alfa,Əlfə,Альфа,Alpha-town\n"
    ),
    "events.csv": (
        "id,date,end_date,lane,title,place,entry,source,summary\n"
        "e1,2020-10-09,,military,Something happened,alpha,alpha,ref,A summary.\n"
        "e2,2020-10,2020-11-10,diplomacy,A period,,beta,ref,Another summary.\n"
    ),
    "figures.csv": (
        "id,label,side,group,category,item,status,value,low,high,qualifier,claimant,as_of,scope,entry,place,note\n"
        "f1,Soldiers killed,azerbaijan,military,killed,,,2906,,,exact,ref,2021-01-11,war,alpha,,\n"
        "f2,People displaced,armenia-artsakh,civilian,displaced,,,,300000,500000,about,ref,,first-war,beta,,\n"
    ),
    "control.csv": (
        "area,date,holder,change,claimant,note\n"
        "alpha,1994-05-12,armenia-artsakh,baseline,ref,\n"
        "alpha,2020-10-09,azerbaijan,captured,ref,announced\n"
    ),
}


def write_sample_content(folder: Path) -> Path:
    """Write the sample into `folder/content` and return that content folder."""
    content = folder / "content"
    (content / "entries").mkdir(parents=True)
    for name, text in ENTRIES.items():
        (content / "entries" / f"{name}.md").write_text(text, encoding="utf-8")
    for name, text in CSV.items():
        (content / name).write_text(text, encoding="utf-8")
    return content
