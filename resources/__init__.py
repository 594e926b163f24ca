"""The files the program reads at run time (icons, style sheet, fonts, compiled translations),
installed as the package `wijkhuis_resources` (setup.py maps it onto this folder) and found
through importlib.resources; `app/resources.py` is the one place that asks for them."""
