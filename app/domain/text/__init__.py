"""Text as people type it and read it: cleaning what enters (control characters), masking what a
list shows (e-mail, phone), and sorting names the Dutch way."""
