<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>FilePage</name>
        <message>
            <source>An Excel workbook (.xlsx) or a CSV file with one volunteer per row. A title above the headings is fine.</source>
            <translation>Een Excel-werkmap (.xlsx) of een CSV-bestand met één vrijwilliger per rij. Een titel boven de kolomkoppen mag.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bladeren…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Kies het bestand</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv)</translation>
        </message>
    </context>
    <context>
        <name>GroupsTab</name>
        <message>
            <source>  ⚠ no valid VOG</source>
            <translation>  ⚠ geen geldige VOG</translation>
        </message>
        <message>
            <source> (inactive)</source>
            <translation> (niet actief)</translation>
        </message>
        <message>
            <source> (resident)</source>
            <translation> (bewoner)</translation>
        </message>
        <message>
            <source>(no theme)</source>
            <translation>(geen thema)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add resident</source>
            <translation>Bewoner toevoegen</translation>
        </message>
        <message>
            <source>Add resident…</source>
            <translation>Bewoner toevoegen…</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <source>Find a volunteer to add</source>
            <translation>Zoek een vrijwilliger om toe te voegen</translation>
        </message>
        <message>
            <source>Find a volunteer…</source>
            <translation>Zoek een vrijwilliger…</translation>
        </message>
        <message>
            <source>Goal 1</source>
            <translation>Doel 1</translation>
        </message>
        <message>
            <source>Goal 2</source>
            <translation>Doel 2</translation>
        </message>
        <message>
            <source>Goals end</source>
            <translation>Doelen lopen af</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Leden</translation>
        </message>
        <message>
            <source>Members of {group}</source>
            <translation>Leden van {group}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Name of the resident:</source>
            <translation>Naam van de bewoner:</translation>
        </message>
        <message>
            <source>Name of the theme:</source>
            <translation>Naam van het thema:</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nieuwe werkgroep</translation>
        </message>
        <message>
            <source>New theme</source>
            <translation>Nieuw thema</translation>
        </message>
        <message>
            <source>New theme…</source>
            <translation>Nieuw thema…</translation>
        </message>
        <message>
            <source>No working groups yet. Fill in the form below and choose Save group.</source>
            <translation>Nog geen werkgroepen. Vul hieronder het formulier in en kies Werkgroep opslaan.</translation>
        </message>
        <message>
            <source>Phone or e-mail (optional):</source>
            <translation>Telefoon of e-mail (mag leeg):</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Save group</source>
            <translation>Werkgroep opslaan</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <source>VOG required</source>
            <translation>VOG verplicht</translation>
        </message>
        <message>
            <source>Volunteer to add</source>
            <translation>Vrijwilliger om toe te voegen</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Werkgroep</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>no volunteer found</source>
            <translation>geen vrijwilliger gevonden</translation>
        </message>
        <message>
            <source>required</source>
            <translation>verplicht</translation>
        </message>
        <message>
            <source>{date} (ended)</source>
            <translation>{date} (afgelopen)</translation>
        </message>
        <message>
            <source>{date} (ends soon)</source>
            <translation>{date} (loopt binnenkort af)</translation>
        </message>
        <message>
            <source>⚠ marks a volunteer who has no valid VOG while this group requires one.</source>
            <translation>⚠ betekent: deze vrijwilliger heeft geen geldige VOG, terwijl deze werkgroep er een vraagt.</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Bezig met importeren…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import volunteers</source>
            <translation>Vrijwilligers importeren</translation>
        </message>
        <message>
            <source>Importing volunteers…</source>
            <translation>Vrijwilligers importeren…</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Check the columns</source>
            <translation>Controleer de kolommen</translation>
        </message>
        <message>
            <source>Sheet {sheet}: headings found on row {row}; {n} rows with data.</source>
            <translation>Blad {sheet}: kolomkoppen gevonden op rij {row}; {n} rijen met gegevens.</translation>
        </message>
        <message>
            <source>The first rows of the file. Under each heading: how Wijkhuis reads that column. Correct it where it guessed wrong; “not imported” skips a column.</source>
            <translation>De eerste rijen van het bestand. Onder elke kolomkop staat hoe Wijkhuis die kolom leest. Verbeter het waar het verkeerd geraden is; met „niet importeren” wordt een kolom overgeslagen.</translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>niet importeren</translation>
        </message>
        <message>
            <source>read as</source>
            <translation>lezen als</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPage</name>
        <message>
            <source>Import the valid rows and skip the refused ones</source>
            <translation>De goede rijen importeren en de afgekeurde overslaan</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Geen problemen gevonden.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemen</translation>
        </message>
    </context>
    <context>
        <name>VogTab</name>
        <message>
            <source>Anonymise from</source>
            <translation>Anonimiseren vanaf</translation>
        </message>
        <message>
            <source>Anonymise selected…</source>
            <translation>Geselecteerde anonimiseren…</translation>
        </message>
        <message>
            <source>Due for anonymisation</source>
            <translation>Aan de beurt voor anonimiseren</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Afgegeven op</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Nodig</translation>
        </message>
        <message>
            <source>People who stopped more than {months} months ago: their personal details are no longer needed.</source>
            <translation>Mensen die meer dan {months} maanden geleden gestopt zijn: hun persoonsgegevens zijn niet meer nodig.</translation>
        </message>
        <message>
            <source>Renewal due</source>
            <translation>Vernieuwen vóór</translation>
        </message>
        <message>
            <source>Requested on</source>
            <translation>Aangevraagd op</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Stopped on</source>
            <translation>Gestopt op</translation>
        </message>
        <message>
            <source>VOGs to arrange</source>
            <translation>VOG's te regelen</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>Werkgroepen</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{needed} people need a VOG for their working group and have no valid one. A VOG is renewed every {years} years; those expiring within 60 days are listed too. Double-click to open.</source>
            <translation>{needed} mensen hebben een VOG nodig voor hun werkgroep en hebben geen geldige. Een VOG wordt elke {years} jaar vernieuwd; wie binnen 60 dagen verloopt staat er ook bij. Dubbelklik om te openen.</translation>
        </message>
    </context>
    <context>
        <name>VolunteerActions</name>
        <message>
            <source>Collecting the person's data…</source>
            <translation>Persoonsgegevens verzamelen…</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export volunteers</source>
            <translation>Vrijwilligers exporteren</translation>
        </message>
        <message>
            <source>Folder for the person's data</source>
            <translation>Map voor de persoonsgegevens</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Phone list</source>
            <translation>Telefoonlijst</translation>
        </message>
        <message>
            <source>Phone list of {n} volunteers written to {file}.</source>
            <translation>Telefoonlijst met {n} vrijwilligers geschreven naar {file}.</translation>
        </message>
        <message>
            <source>Writing the phone list…</source>
            <translation>Telefoonlijst schrijven…</translation>
        </message>
        <message>
            <source>Writing the volunteer list…</source>
            <translation>Vrijwilligerslijst schrijven…</translation>
        </message>
        <message>
            <source>Written: {json} and {pdf}. These hold personal data: hand them over safely.</source>
            <translation>Geschreven: {json} en {pdf}. Deze bevatten persoonsgegevens: geef ze veilig door.</translation>
        </message>
        <message>
            <source>{n} volunteers written to {file}.</source>
            <translation>{n} vrijwilligers geschreven naar {file}.</translation>
        </message>
    </context>
    <context>
        <name>VolunteerForm</name>
        <message>
            <source> (VOG required)</source>
            <translation> (VOG verplicht)</translation>
        </message>
        <message>
            <source> (anonymised)</source>
            <translation> (geanonimiseerd)</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Beschikbaarheid</translation>
        </message>
        <message>
            <source>Centres</source>
            <translation>Centra</translation>
        </message>
        <message>
            <source>Consent for</source>
            <translation>Toestemming voor</translation>
        </message>
        <message>
            <source>Contact details, date of birth and IBAN are hidden: your account may not see personal details.</source>
            <translation>Contactgegevens, geboortedatum en IBAN zijn verborgen: uw account mag geen persoonsgegevens zien.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Contact bij nood</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Infix</source>
            <translation>Tussenvoegsel</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Afgegeven op</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>New volunteer</source>
            <translation>Nieuwe vrijwilliger</translation>
        </message>
        <message>
            <source>Newsletter consent given on</source>
            <translation>Toestemming nieuwsbrief gegeven op</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>Original seen by</source>
            <translation>Origineel gezien door</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Photo consent given on</source>
            <translation>Toestemming foto's gegeven op</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Renewal due</source>
            <translation>Vernieuwen vóór</translation>
        </message>
        <message>
            <source>Requested on</source>
            <translation>Aangevraagd op</translation>
        </message>
        <message>
            <source>Seen on</source>
            <translation>Gezien op</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Vaardigheden</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Straat en huisnummer</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Woonplaats</translation>
        </message>
        <message>
            <source>VOG register (no copies: dates and who saw the original)</source>
            <translation>VOG-register (geen kopieën: data en wie het origineel zag)</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Inzet</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>Werkgroepen</translation>
        </message>
        <message>
            <source>afternoon</source>
            <translation>middag</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>evening</source>
            <translation>avond</translation>
        </message>
        <message>
            <source>morning</source>
            <translation>ochtend</translation>
        </message>
        <message>
            <source>newsletter</source>
            <translation>nieuwsbrief</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>foto's</translation>
        </message>
        <message>
            <source>⚠ {reason}</source>
            <translation>⚠ {reason}</translation>
        </message>
    </context>
    <context>
        <name>VolunteerListModel</name>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>In a working group that requires a VOG, without a valid VOG</source>
            <translation>In een werkgroep waarvoor een VOG nodig is, zonder geldige VOG</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Woonplaats</translation>
        </message>
        <message>
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>Werkgroepen</translation>
        </message>
    </context>
    <context>
        <name>VolunteerReports</name>
        <message>
            <source>Active volunteers per working group, A4 to print.</source>
            <translation>Actieve vrijwilligers per werkgroep, A4 om af te drukken.</translation>
        </message>
        <message>
            <source>Every volunteer with every field, one row each.</source>
            <translation>Alle vrijwilligers met alle gegevens, één rij per persoon.</translation>
        </message>
        <message>
            <source>Phone list (PDF)</source>
            <translation>Telefoonlijst (PDF)</translation>
        </message>
        <message>
            <source>Volunteer list (Excel)</source>
            <translation>Vrijwilligerslijst (Excel)</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Vrijwilligers</translation>
        </message>
    </context>
    <context>
        <name>VolunteerSettingsTab</name>
        <message>
            <source> months</source>
            <translation> maanden</translation>
        </message>
        <message>
            <source> years</source>
            <translation> jaar</translation>
        </message>
        <message>
            <source>A VOG older than this is shown as expired; 60 days before, as expiring. Volunteers who stopped longer ago than the set months appear under Volunteers › VOG and privacy to be anonymised.</source>
            <translation>Een oudere VOG geldt als verlopen; 60 dagen ervoor als bijna verlopen. Vrijwilligers die langer geleden gestopt zijn dan het ingestelde aantal maanden staan onder Vrijwilligers › VOG en privacy om te anonimiseren.</translation>
        </message>
        <message>
            <source>Propose anonymisation after the end date</source>
            <translation>Anonimiseren voorstellen na de einddatum</translation>
        </message>
        <message>
            <source>Renew a VOG every</source>
            <translation>VOG vernieuwen elke</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Vrijwilligers</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>All working groups</source>
            <translation>Alle werkgroepen</translation>
        </message>
        <message>
            <source>Anonymise</source>
            <translation>Anonimiseren</translation>
        </message>
        <message>
            <source>Anonymise…</source>
            <translation>Anonimiseren…</translation>
        </message>
        <message>
            <source>Any VOG state</source>
            <translation>Elke VOG-status</translation>
        </message>
        <message>
            <source>Clear every personal detail of {name}? Hours and allowances stay, under a pseudonym. This cannot be undone.</source>
            <translation>Alle persoonsgegevens van {name} wissen? Uren en vergoedingen blijven bewaard onder een pseudoniem. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Delete {name}? This is only possible for someone without hours or allowances.</source>
            <translation>{name} verwijderen? Dat kan alleen voor iemand zonder uren of vergoedingen.</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Exporteren naar Excel…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Importeren uit Excel…</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>No volunteer matches this search.</source>
            <translation>Geen vrijwilliger gevonden met deze zoekopdracht.</translation>
        </message>
        <message>
            <source>No volunteers yet. Fill in the form on the right and choose Save, or bring your list in with Import from Excel… above.</source>
            <translation>Nog geen vrijwilligers. Vul rechts het formulier in en kies Opslaan, of haal uw lijst binnen met Importeren uit Excel… hierboven.</translation>
        </message>
        <message>
            <source>Person data…</source>
            <translation>Persoonsgegevens…</translation>
        </message>
        <message>
            <source>Phone list (PDF)…</source>
            <translation>Telefoonlijst (PDF)…</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mogelijk dubbel</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Search name, e-mail, phone or town…</source>
            <translation>Zoek op naam, e-mail, telefoon of woonplaats…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Stop…</source>
            <translation>Stoppen…</translation>
        </message>
        <message>
            <source>This person may already be registered:
{names}

Save anyway?</source>
            <translation>Deze persoon staat mogelijk al geregistreerd:
{names}

Toch opslaan?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <source>VOG and privacy</source>
            <translation>VOG en privacy</translation>
        </message>
        <message>
            <source>VOG needed, not valid</source>
            <translation>VOG nodig, niet geldig</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Vrijwilligers</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Werkgroep</translation>
        </message>
        <message>
            <source>Working groups and themes</source>
            <translation>Werkgroepen en thema's</translation>
        </message>
        <message>
            <source>You changed this volunteer. Save the changes?</source>
            <translation>U hebt deze vrijwilliger gewijzigd. Wijzigingen opslaan?</translation>
        </message>
        <message>
            <source>choose at least one centre</source>
            <translation>kies minstens één centrum</translation>
        </message>
        <message>
            <source>{name} is saved and no longer works for this centre, so is no longer listed here.</source>
            <translation>{name} is opgeslagen en werkt niet meer voor dit centrum; daarom staat deze vrijwilliger hier niet meer in de lijst.</translation>
        </message>
        <message>
            <source>{name} stops on (dd-mm-yyyy):</source>
            <translation>{name} stopt op (dd-mm-jjjj):</translation>
        </message>
        <message>
            <source>{n} volunteers</source>
            <translation>{n} vrijwilligers</translation>
        </message>
    </context>
</TS>
