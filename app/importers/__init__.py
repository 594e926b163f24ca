"""Reading files people already have (Excel, CSV) into Wijkhuis."""
