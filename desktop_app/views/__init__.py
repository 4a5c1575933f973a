"""What the drawn views show, without Qt: the rules of the map, the timeline and the chart.

Each module here turns content (and a date, a box, a zoom) into plain numbers and words; the panes in
`desktop_app.ui.panes` only paint what these give them and turn input into calls on them. Nothing here
imports Qt, so every rule is tested without a display (`tests/views/`).
"""
