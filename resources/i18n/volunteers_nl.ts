<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="35"/>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="49"/>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="36"/>
        <source>An Excel workbook (.xlsx) or a CSV file with one volunteer per row. A title above the headings is fine.</source>
        <translation>Een Excel-werkmap (.xlsx) of een CSV-bestand met één vrijwilliger per rij. Een titel boven de kolomkoppen mag.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="42"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="50"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="51"/>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="76"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="52"/>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="72"/>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="52"/>
        <source> (inactive)</source>
        <translation> (niet actief)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="53"/>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="109"/>
        <source>VOG</source>
        <translation>VOG</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="53"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="54"/>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="103"/>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="203"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="55"/>
        <source>Goals end</source>
        <translation>Doelen lopen af</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="75"/>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="106"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="77"/>
        <source>Goal 1</source>
        <translation>Doel 1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="78"/>
        <source>Goal 2</source>
        <translation>Doel 2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="79"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="80"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="82"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="83"/>
        <source>VOG required</source>
        <translation>VOG verplicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="84"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="86"/>
        <source>New group</source>
        <translation>Nieuwe werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="86"/>
        <source>New theme…</source>
        <translation>Nieuw thema…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="87"/>
        <source>Save group</source>
        <translation>Werkgroep opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="106"/>
        <source> (resident)</source>
        <translation> (bewoner)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="107"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="108"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="126"/>
        <source>Find a volunteer to add…</source>
        <translation>Zoek een vrijwilliger om toe te voegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="131"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="134"/>
        <source>Add resident…</source>
        <translation>Bewoner toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="137"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="145"/>
        <source>⚠ marks a volunteer who has no valid VOG while this group requires one.</source>
        <translation>⚠ betekent: deze vrijwilliger heeft geen geldige VOG, terwijl deze werkgroep er een vraagt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="155"/>
        <source>{date} (ended)</source>
        <translation>{date} (afgelopen)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="157"/>
        <source>{date} (ends soon)</source>
        <translation>{date} (loopt binnenkort af)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="166"/>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="190"/>
        <source>Members of {group}</source>
        <translation>Leden van {group}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="240"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="240"/>
        <source>Name of the theme:</source>
        <translation>Naam van het thema:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="260"/>
        <source>  ⚠ no valid VOG</source>
        <translation>  ⚠ geen geldige VOG</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="278"/>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="281"/>
        <source>Add resident</source>
        <translation>Bewoner toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="278"/>
        <source>Name of the resident:</source>
        <translation>Naam van de bewoner:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/groups_tab.py" line="281"/>
        <source>Phone or e-mail (optional):</source>
        <translation>Telefoon of e-mail (mag leeg):</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="141"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="151"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="167"/>
        <source>Import volunteers</source>
        <translation>Vrijwilligers importeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="215"/>
        <source>Importing volunteers…</source>
        <translation>Vrijwilligers importeren…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="65"/>
        <source>Check the columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="66"/>
        <source>The first rows of the file. Under each heading: how Wijkhuis reads that column. Correct it where it guessed wrong; “not imported” skips a column.</source>
        <translation>De eerste rijen van het bestand. Onder elke kolomkop staat hoe Wijkhuis die kolom leest. Verbeter het waar het verkeerd geraden is; met „niet importeren” wordt een kolom overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="82"/>
        <source>Sheet {sheet}: headings found on row {row}; {n} rows with data.</source>
        <translation>Blad {sheet}: kolomkoppen gevonden op rij {row}; {n} rijen met gegevens.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="88"/>
        <source>read as</source>
        <translation>lezen als</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="93"/>
        <source>not imported</source>
        <translation>niet importeren</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="115"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="125"/>
        <source>Import the valid rows and skip the refused ones</source>
        <translation>De goede rijen importeren en de afgekeurde overslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/import_wizard.py" line="133"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
</context>
<context>
    <name>VogTab</name>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="21"/>
        <source>VOGs to arrange</source>
        <translation>VOG&apos;s te regelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="26"/>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="44"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="27"/>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="28"/>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="28"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="29"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="31"/>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="33"/>
        <source>Issued on</source>
        <translation>Afgegeven op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="34"/>
        <source>Renewal due</source>
        <translation>Vernieuwen vóór</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="39"/>
        <source>Due for anonymisation</source>
        <translation>Aan de beurt voor anonimiseren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="45"/>
        <source>Stopped on</source>
        <translation>Gestopt op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="46"/>
        <source>Anonymise from</source>
        <translation>Anonimiseren vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="52"/>
        <source>Anonymise selected…</source>
        <translation>Geselecteerde anonimiseren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="85"/>
        <source>{needed} people need a VOG for their working group and have no valid one. A VOG is renewed every {years} years; those expiring within 60 days are listed too. Double-click to open.</source>
        <translation>{needed} mensen hebben een VOG nodig voor hun werkgroep en hebben geen geldige. Een VOG wordt elke {years} jaar vernieuwd; wie binnen 60 dagen verloopt staat er ook bij. Dubbelklik om te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/vog_tab.py" line="92"/>
        <source>People who stopped more than {months} months ago: their personal details are no longer needed.</source>
        <translation>Mensen die meer dan {months} maanden geleden gestopt zijn: hun persoonsgegevens zijn niet meer nodig.</translation>
    </message>
</context>
<context>
    <name>VolunteerActions</name>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="25"/>
        <source>Export volunteers</source>
        <translation>Vrijwilligers exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="26"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="31"/>
        <source>Writing the volunteer list…</source>
        <translation>Vrijwilligerslijst schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="33"/>
        <source>{n} volunteers written to {file}.</source>
        <translation>{n} vrijwilligers geschreven naar {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="39"/>
        <source>Phone list</source>
        <translation>Telefoonlijst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="40"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="45"/>
        <source>Writing the phone list…</source>
        <translation>Telefoonlijst schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="47"/>
        <source>Phone list of {n} volunteers written to {file}.</source>
        <translation>Telefoonlijst met {n} vrijwilligers geschreven naar {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="58"/>
        <source>Folder for the person&apos;s data</source>
        <translation>Map voor de persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="64"/>
        <source>Collecting the person&apos;s data…</source>
        <translation>Persoonsgegevens verzamelen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/actions.py" line="66"/>
        <source>Written: {json} and {pdf}. These hold personal data: hand them over safely.</source>
        <translation>Geschreven: {json} en {pdf}. Deze bevatten persoonsgegevens: geef ze veilig door.</translation>
    </message>
</context>
<context>
    <name>VolunteerForm</name>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="53"/>
        <location filename="../../ui/pages/volunteers/detail.py" line="220"/>
        <source>New volunteer</source>
        <translation>Nieuwe vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="66"/>
        <source>Contact details, date of birth and IBAN are hidden: your account may not see personal details.</source>
        <translation>Contactgegevens, geboortedatum en IBAN zijn verborgen: uw account mag geen persoonsgegevens zien.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="72"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="75"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="75"/>
        <source>Infix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="75"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="76"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="76"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="76"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="77"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="77"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="77"/>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="78"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="78"/>
        <source>Emergency contact</source>
        <translation>Contact bij nood</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="85"/>
        <source>Work</source>
        <translation>Inzet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="92"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="93"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="96"/>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="98"/>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="103"/>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="103"/>
        <source>afternoon</source>
        <translation>middag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="103"/>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="114"/>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="117"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="121"/>
        <source>photos</source>
        <translation>foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="123"/>
        <source>newsletter</source>
        <translation>nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="128"/>
        <source>Consent for</source>
        <translation>Toestemming voor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="129"/>
        <source>Photo consent given on</source>
        <translation>Toestemming foto&apos;s op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="130"/>
        <source>Newsletter consent given on</source>
        <translation>Toestemming nieuwsbrief op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="133"/>
        <source>VOG register (no copies: dates and who saw the original)</source>
        <translation>VOG-register (geen kopieën: data en wie het origineel zag)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="136"/>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="137"/>
        <source>Issued on</source>
        <translation>Afgegeven op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="138"/>
        <source>Original seen by</source>
        <translation>Origineel gezien door</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="139"/>
        <source>Seen on</source>
        <translation>Gezien op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="142"/>
        <source>Renewal due</source>
        <translation>Vernieuwen vóór</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="163"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="176"/>
        <source> (VOG required)</source>
        <translation> (VOG verplicht)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="225"/>
        <source> (anonymised)</source>
        <translation> (geanonimiseerd)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/detail.py" line="228"/>
        <source>⚠ {reason}</source>
        <translation>⚠ {reason}</translation>
    </message>
</context>
<context>
    <name>VolunteerListModel</name>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="36"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="37"/>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="39"/>
        <source>VOG</source>
        <translation>VOG</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="40"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="42"/>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="43"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/list_model.py" line="133"/>
        <source>In a working group that requires a VOG, without a valid VOG</source>
        <translation>In een werkgroep waarvoor een VOG nodig is, zonder geldige VOG</translation>
    </message>
</context>
<context>
    <name>VolunteerReports</name>
    <message>
        <location filename="../../ui/pages/volunteers/reports.py" line="16"/>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/reports.py" line="18"/>
        <source>Volunteer list (Excel)</source>
        <translation>Vrijwilligerslijst (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/reports.py" line="19"/>
        <source>Every volunteer with every field, one row each.</source>
        <translation>Alle vrijwilligers met alle gegevens, één rij per persoon.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/reports.py" line="21"/>
        <source>Phone list (PDF)</source>
        <translation>Telefoonlijst (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/reports.py" line="22"/>
        <source>Active volunteers per working group, A4 to print.</source>
        <translation>Actieve vrijwilligers per werkgroep, A4 om af te drukken.</translation>
    </message>
</context>
<context>
    <name>VolunteerSettingsTab</name>
    <message>
        <location filename="../../ui/pages/volunteers/settings_tab.py" line="27"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/settings_tab.py" line="31"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/settings_tab.py" line="32"/>
        <source>Renew a VOG every</source>
        <translation>VOG vernieuwen elke</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/settings_tab.py" line="33"/>
        <source>Propose anonymisation after the end date</source>
        <translation>Anonimiseren voorstellen na de einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/settings_tab.py" line="35"/>
        <source>A VOG older than this is shown as expired; 60 days before, as expiring. Volunteers who stopped longer ago than the set months appear under Volunteers › VOG and privacy to be anonymised.</source>
        <translation>Een oudere VOG geldt als verlopen; 60 dagen ervoor als bijna verlopen. Vrijwilligers die langer geleden gestopt zijn dan het ingestelde aantal maanden staan onder Vrijwilligers › VOG en privacy om te anonimiseren.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/settings_tab.py" line="39"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/settings_tab.py" line="66"/>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="52"/>
        <location filename="../../ui/pages/volunteers/page.py" line="157"/>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="54"/>
        <source>Import from Excel…</source>
        <translation>Importeren uit Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="58"/>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="60"/>
        <source>Phone list (PDF)…</source>
        <translation>Telefoonlijst (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="67"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="71"/>
        <source>VOG and privacy</source>
        <translation>VOG en privacy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="72"/>
        <source>Working groups and themes</source>
        <translation>Werkgroepen en thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="125"/>
        <source>Search name, e-mail, phone or town…</source>
        <translation>Zoek op naam, e-mail, telefoon of woonplaats…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="126"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="130"/>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="134"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="139"/>
        <source>VOG</source>
        <translation>VOG</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="140"/>
        <source>Any VOG state</source>
        <translation>Elke VOG-status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="141"/>
        <source>VOG needed, not valid</source>
        <translation>VOG nodig, niet geldig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="184"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="187"/>
        <source>Person data…</source>
        <translation>Persoonsgegevens…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="189"/>
        <source>Stop…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="190"/>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/changes.py" line="73"/>
        <location filename="../../ui/pages/volunteers/page.py" line="192"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="193"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="216"/>
        <source>All working groups</source>
        <translation>Alle werkgroepen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="267"/>
        <source>{n} volunteers</source>
        <translation>{n} vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="327"/>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="328"/>
        <source>This person may already be registered:
{names}

Save anyway?</source>
        <translation>Deze persoon staat mogelijk al geregistreerd:
{names}

Toch opslaan?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="340"/>
        <source>Some fields need attention (see below).</source>
        <translation>Sommige velden kloppen nog niet (zie hieronder).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="355"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/page.py" line="355"/>
        <source>You changed this volunteer. Save the changes?</source>
        <translation>U hebt deze vrijwilliger gewijzigd. Wijzigingen opslaan?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/changes.py" line="28"/>
        <location filename="../../ui/pages/volunteers/changes.py" line="37"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/changes.py" line="29"/>
        <source>{name} stops on (dd-mm-yyyy):</source>
        <translation>{name} stopt op (dd-mm-jjjj):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/changes.py" line="50"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/changes.py" line="51"/>
        <source>Clear every personal detail of {name}? Hours and allowances stay, under a pseudonym. This cannot be undone.</source>
        <translation>Alle persoonsgegevens van {name} wissen? Uren en vergoedingen blijven bewaard onder een pseudoniem. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers/changes.py" line="73"/>
        <source>Delete {name}? This is only possible for someone without hours or allowances.</source>
        <translation>{name} verwijderen? Dat kan alleen voor iemand zonder uren of vergoedingen.</translation>
    </message>
</context>
</TS>
