<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AllowanceExports</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>Export allowances</source>
            <translation>Vergoedingen exporteren</translation>
        </message>
        <message>
            <source>Exporting allowances…</source>
            <translation>Vergoedingen exporteren…</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing year statements…</source>
            <translation>Jaaroverzichten schrijven…</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Geschreven naar {path}</translation>
        </message>
        <message>
            <source>Year statements</source>
            <translation>Jaaroverzichten</translation>
        </message>
    </context>
    <context>
        <name>AllowanceLines</name>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Overschrijding</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Bon</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>corrects line {id}</source>
            <translation>corrigeert regel {id}</translation>
        </message>
    </context>
    <context>
        <name>AllowanceReports</name>
        <message>
            <source>A year statement of the volunteer allowance per volunteer on the letterhead, one per page.</source>
            <translation>Een jaaroverzicht vrijwilligersvergoeding per vrijwilliger op briefpapier, één per pagina.</translation>
        </message>
        <message>
            <source>Allowance overview {year} (Excel)</source>
            <translation>Overzicht vergoedingen {year} (Excel)</translation>
        </message>
        <message>
            <source>Allowances</source>
            <translation>Vergoedingen</translation>
        </message>
        <message>
            <source>Invoices not (fully) paid and allowance payments the bank has not confirmed or has returned, after the last bank statement.</source>
            <translation>Facturen die niet (helemaal) betaald zijn en vergoedingen die de bank nog niet heeft bevestigd of heeft teruggeboekt, na het laatste bankafschrift.</translation>
        </message>
        <message>
            <source>One row per volunteer with months, year total, other organisations, room left and overrides; a second sheet with every line.</source>
            <translation>Eén rij per vrijwilliger met de maanden, het jaartotaal, andere organisaties, de ruimte die over is en overschrijdingen; een tweede blad met alle regels.</translation>
        </message>
        <message>
            <source>Open items (Excel)</source>
            <translation>Openstaande posten (Excel)</translation>
        </message>
        <message>
            <source>Year statements {year} (PDF)</source>
            <translation>Jaaroverzichten {year} (PDF)</translation>
        </message>
    </context>
    <context>
        <name>AllowancesPage</name>
        <message>
            <source>Adding up the year…</source>
            <translation>Het jaar wordt opgeteld…</translation>
        </message>
        <message>
            <source>Adding up {year}…</source>
            <translation>{year} wordt opgeteld…</translation>
        </message>
        <message>
            <source>Allowances and expense claims</source>
            <translation>Vergoedingen en declaraties</translation>
        </message>
        <message>
            <source>Approval queue</source>
            <translation>Goedkeuren</translation>
        </message>
        <message>
            <source>Arrangement</source>
            <translation>Regeling</translation>
        </message>
        <message>
            <source>Bank and open items</source>
            <translation>Bank en openstaande posten</translation>
        </message>
        <message>
            <source>Fixed amounts for this month</source>
            <translation>Vaste bedragen voor deze maand</translation>
        </message>
        <message>
            <source>IBAN {iban}</source>
            <translation>IBAN {iban}</translation>
        </message>
        <message>
            <source>No volunteer matches this search.</source>
            <translation>Geen vrijwilliger gevonden met deze zoekopdracht.</translation>
        </message>
        <message>
            <source>No volunteers yet. Add them on the Volunteers page first.</source>
            <translation>Nog geen vrijwilligers. Voeg ze eerst toe op de pagina Vrijwilligers.</translation>
        </message>
        <message>
            <source>Overview to Excel…</source>
            <translation>Overzicht naar Excel…</translation>
        </message>
        <message>
            <source>Payment run</source>
            <translation>Betaalrun</translation>
        </message>
        <message>
            <source>Refused: {list}</source>
            <translation>Geweigerd: {list}</translation>
        </message>
        <message>
            <source>Room left</source>
            <translation>Ruimte over</translation>
        </message>
        <message>
            <source>Search by name…</source>
            <translation>Zoek op naam…</translation>
        </message>
        <message>
            <source>Search volunteers</source>
            <translation>Vrijwilligers zoeken</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signaal</translation>
        </message>
        <message>
            <source>VOG: {note}</source>
            <translation>VOG: {note}</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Vrijwilligers</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Year statements (PDF)…</source>
            <translation>Jaaroverzichten (PDF)…</translation>
        </message>
        <message>
            <source>Year total</source>
            <translation>Jaartotaal</translation>
        </message>
        <message>
            <source>Year total and room left count every line that is not rejected (also concept and submitted), to guard the limits. The year statement and the Excel overview count approved and paid lines only.</source>
            <translation>Jaartotaal en ruimte over tellen alle regels die niet zijn afgewezen (ook concept en ingediend), om de grenzen te bewaken. De jaaropgave en het Excel-overzicht tellen alleen goedgekeurde en betaalde regels.</translation>
        </message>
        <message>
            <source>a limit was overridden this year</source>
            <translation>dit jaar is een grens overschreden</translation>
        </message>
        <message>
            <source>near a limit</source>
            <translation>dicht bij een grens</translation>
        </message>
        <message>
            <source>no valid IBAN</source>
            <translation>geen geldig IBAN</translation>
        </message>
        <message>
            <source>over a limit</source>
            <translation>boven een grens</translation>
        </message>
        <message>
            <source>override</source>
            <translation>overschreden met toestemming</translation>
        </message>
        <message>
            <source>{n} fixed amounts entered for {month}.</source>
            <translation>{n} vaste bedragen ingevoerd voor {month}.</translation>
        </message>
        <message>
            <source>{n} volunteers · {waiting} lines waiting for approval · {flagged} near or over a limit</source>
            <translation>{n} vrijwilligers · {waiting} regels wachten op goedkeuring · {flagged} dicht bij of boven een grens</translation>
        </message>
        <message>
            <source>{n} waiting</source>
            <translation>{n} wachtend</translation>
        </message>
    </context>
    <context>
        <name>ApprovalTab</name>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Approve selected</source>
            <translation>Selectie goedkeuren</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Ingevoerd door</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Nothing waits for approval. Submitted lines appear here.</source>
            <translation>Niets wacht op goedkeuring. Ingediende regels verschijnen hier.</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Overschrijding</translation>
        </message>
        <message>
            <source>Reason for rejecting:</source>
            <translation>Reden van afwijzing:</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Bon</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Afwijzen</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Afwijzen…</translation>
        </message>
        <message>
            <source>Show receipt</source>
            <translation>Bon bekijken</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>{n} lines waiting for approval, together {total}.</source>
            <translation>{n} regels wachten op goedkeuring, samen {total}.</translation>
        </message>
    </context>
    <context>
        <name>ArrangementBox</name>
        <message>
            <source>Amount per hour</source>
            <translation>Bedrag per uur</translation>
        </message>
        <message>
            <source>Arrangement</source>
            <translation>Regeling</translation>
        </message>
        <message>
            <source>Check the amounts (for example 150,00).</source>
            <translation>Controleer de bedragen (bijvoorbeeld 150,00).</translation>
        </message>
        <message>
            <source>Counted in the month it is received.</source>
            <translation>Geteld in de maand waarin het is ontvangen.</translation>
        </message>
        <message>
            <source>Fixed amount per month</source>
            <translation>Vast bedrag per maand</translation>
        </message>
        <message>
            <source>January to December, separated by ;</source>
            <translation>januari tot en met december, gescheiden door ;</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Only a year figure is known: counted as {amount} a month (December {last}).</source>
            <translation>Alleen een jaarbedrag is bekend: geteld als {amount} per maand (december {last}).</translation>
        </message>
        <message>
            <source>Or per month (12 amounts)</source>
            <translation>Of per maand (12 bedragen)</translation>
        </message>
        <message>
            <source>Overridden: {reason} ({who})</source>
            <translation>Overschreden: {reason} ({who})</translation>
        </message>
        <message>
            <source>Override the limit</source>
            <translation>Grens overschrijden</translation>
        </message>
        <message>
            <source>Reason for overriding:</source>
            <translation>Reden van de overschrijding:</translation>
        </message>
        <message>
            <source>Received from other organisations this year</source>
            <translation>Dit jaar ontvangen van andere organisaties</translation>
        </message>
        <message>
            <source>Save arrangement</source>
            <translation>Regeling opslaan</translation>
        </message>
        <message>
            <source>write amounts such as 100,00</source>
            <translation>schrijf bedragen als 100,00</translation>
        </message>
    </context>
    <context>
        <name>BankTab</name>
        <message>
            <source>Allowance payments not confirmed by the bank</source>
            <translation>Vergoedingen nog niet bevestigd door de bank</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Bank statement</source>
            <translation>Bankafschrift</translation>
        </message>
        <message>
            <source>Bank statement, CAMT.053 or MT940 (*.xml *.sta *.940 *.mt940 *.txt);;All files (*)</source>
            <translation>Bankafschrift, CAMT.053 of MT940 (*.xml *.sta *.940 *.mt940 *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Geboekt</translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>Geannuleerd: er is niets ingelezen.</translation>
        </message>
        <message>
            <source>Choose a payment under 'Not recognised' first.</source>
            <translation>Kies eerst een betaling onder 'Niet herkend'.</translation>
        </message>
        <message>
            <source>Choose an invoice first.</source>
            <translation>Kies eerst een factuur.</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Dagen te laat</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>Factuurnummer</translation>
        </message>
        <message>
            <source>Link to this invoice</source>
            <translation>Koppelen aan deze factuur</translation>
        </message>
        <message>
            <source>Not recognised</source>
            <translation>Niet herkend</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Open invoices</source>
            <translation>Openstaande facturen</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Openstaande posten</translation>
        </message>
        <message>
            <source>Open items to Excel…</source>
            <translation>Openstaande posten naar Excel…</translation>
        </message>
        <message>
            <source>Open items written to {path}</source>
            <translation>Openstaande posten geschreven naar {path}</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <source>Payment run</source>
            <translation>Betaalrun</translation>
        </message>
        <message>
            <source>Read bank statement</source>
            <translation>Bankafschrift inlezen</translation>
        </message>
        <message>
            <source>Read bank statement…</source>
            <translation>Bankafschrift inlezen…</translation>
        </message>
        <message>
            <source>Reading bank statement…</source>
            <translation>Bankafschrift inlezen…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Reminder letter</source>
            <translation>Herinneringsbrief</translation>
        </message>
        <message>
            <source>Reminder letter (PDF)…</source>
            <translation>Herinneringsbrief (PDF)…</translation>
        </message>
        <message>
            <source>Reminder written to {path}</source>
            <translation>Herinnering geschreven naar {path}</translation>
        </message>
        <message>
            <source>Renter</source>
            <translation>Huurder</translation>
        </message>
        <message>
            <source>The statement as downloaded from the bank: CAMT.053 (XML) or MT940</source>
            <translation>Het afschrift zoals u het bij de bank downloadt: CAMT.053 (XML) of MT940</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Choose a volunteer on the left first</source>
            <translation>Kies eerst links een vrijwilliger</translation>
        </message>
        <message>
            <source>Choose a volunteer on the left.</source>
            <translation>Kies links een vrijwilliger.</translation>
        </message>
        <message>
            <source>Choose the receipt</source>
            <translation>Kies de bon</translation>
        </message>
        <message>
            <source>Date worked</source>
            <translation>Datum gewerkt</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Kilometres</source>
            <translation>Kilometers</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>New line</source>
            <translation>Nieuwe regel</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>Geen bon</translation>
        </message>
        <message>
            <source>Override the limit (treasurer)</source>
            <translation>Grens overschrijden (penningmeester)</translation>
        </message>
        <message>
            <source>Reason for overriding the limit</source>
            <translation>Reden voor het overschrijden van de grens</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Bon</translation>
        </message>
        <message>
            <source>Receipts (*.png *.jpg *.jpeg *.pdf)</source>
            <translation>Bonnen (*.png *.jpg *.jpeg *.pdf)</translation>
        </message>
        <message>
            <source>Receipt…</source>
            <translation>Bon…</translation>
        </message>
        <message>
            <source>Room left in {month}: {month_room} · this year: {year_room}</source>
            <translation>Ruimte over in {month}: {month_room} · dit jaar: {year_room}</translation>
        </message>
        <message>
            <source>Save line</source>
            <translation>Regel opslaan</translation>
        </message>
        <message>
            <source>Submit for approval now</source>
            <translation>Nu indienen ter goedkeuring</translation>
        </message>
        <message>
            <source>Why is the limit exceeded? (kept in the audit trail)</source>
            <translation>Waarom wordt de grens overschreden? (wordt vastgelegd in het logboek)</translation>
        </message>
        <message>
            <source>fill in a number, like 2,5</source>
            <translation>vul een getal in, zoals 2,5</translation>
        </message>
        <message>
            <source>real costs of a receipts-only volunteer: no maximum</source>
            <translation>werkelijke kosten van een vrijwilliger met alleen declaraties: geen maximum</translation>
        </message>
        <message>
            <source>this line: {amount}</source>
            <translation>deze regel: {amount}</translation>
        </message>
    </context>
    <context>
        <name>HoursBox</name>
        <message>
            <source>(no working group)</source>
            <translation>(geen werkgroep)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Hours worked</source>
            <translation>Gewerkte uren</translation>
        </message>
        <message>
            <source>Save hours</source>
            <translation>Uren opslaan</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <source>Saved; allowance {amount}.</source>
            <translation>Opgeslagen; vergoeding {amount}.</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Werkgroep</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>geen getal</translation>
        </message>
    </context>
    <context>
        <name>LimitsTab</name>
        <message>
            <source>Add or correct a year</source>
            <translation>Een jaar toevoegen of corrigeren</translation>
        </message>
        <message>
            <source>Allowance limits</source>
            <translation>Vergoedingsgrenzen</translation>
        </message>
        <message>
            <source>Figures still to be confirmed</source>
            <translation>Bedragen nog te bevestigen</translation>
        </message>
        <message>
            <source>Save limits</source>
            <translation>Grenzen opslaan</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>The tax-free limits of the volunteer allowance per year. The checks use these figures; check each source when you add or change a year.</source>
            <translation>De onbelaste grenzen van de vrijwilligersvergoeding per jaar. De controles gebruiken deze bedragen; controleer elke bron als u een jaar toevoegt of wijzigt.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>source (website, date)</source>
            <translation>bron (website, datum)</translation>
        </message>
        <message>
            <source>to confirm</source>
            <translation>nog te bevestigen</translation>
        </message>
    </context>
    <context>
        <name>PaymentTab</name>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Bank accepted: mark as paid</source>
            <translation>Bank heeft geaccepteerd: markeer als betaald</translation>
        </message>
        <message>
            <source>Bank file written</source>
            <translation>Bankbestand gemaakt</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Cancel batch</source>
            <translation>Batch annuleren</translation>
        </message>
        <message>
            <source>Cancel batch {id}? Its lines can then be paid in a next run.</source>
            <translation>Batch {id} annuleren? De regels kunnen dan in een volgende run worden betaald.</translation>
        </message>
        <message>
            <source>Choose a payment run in the list first.</source>
            <translation>Kies eerst een betaalrun in de lijst.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Did the bank accept batch {id} ({total})? All its lines become paid.</source>
            <translation>Heeft de bank batch {id} ({total}) geaccepteerd? Alle regels worden dan betaald.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Niet opgenomen</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Regels</translation>
        </message>
        <message>
            <source>Making the bank file…</source>
            <translation>Bankbestand maken…</translation>
        </message>
        <message>
            <source>Mark as paid</source>
            <translation>Markeren als betaald</translation>
        </message>
        <message>
            <source>No payment runs yet.</source>
            <translation>Nog geen betaalruns.</translation>
        </message>
        <message>
            <source>Not in this run (fix their IBAN first): {names}</source>
            <translation>Niet in deze run (eerst het IBAN in orde maken): {names}</translation>
        </message>
        <message>
            <source>Not paid because</source>
            <translation>Niet betaald omdat</translation>
        </message>
        <message>
            <source>Nothing to pay: approved lines that are not yet paid appear here.</source>
            <translation>Niets te betalen: goedgekeurde regels die nog niet betaald zijn verschijnen hier.</translation>
        </message>
        <message>
            <source>Only lines worked up to</source>
            <translation>Alleen regels gewerkt tot en met</translation>
        </message>
        <message>
            <source>Only the treasurer or an administrator pays.</source>
            <translation>Alleen de penningmeester of een beheerder betaalt.</translation>
        </message>
        <message>
            <source>Payment batches</source>
            <translation>Betaalbatches</translation>
        </message>
        <message>
            <source>SEPA file (*.xml)</source>
            <translation>SEPA-bestand (*.xml)</translation>
        </message>
        <message>
            <source>SEPA format</source>
            <translation>SEPA-formaat</translation>
        </message>
        <message>
            <source>Save the bank file</source>
            <translation>Bankbestand opslaan</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>This run is {state}.</source>
            <translation>Deze betaalrun is {state}.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Overboekingen</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>Write bank file…</source>
            <translation>Bankbestand maken…</translation>
        </message>
        <message>
            <source>pain.001.001.03 (all Dutch banks)</source>
            <translation>pain.001.001.03 (alle Nederlandse banken)</translation>
        </message>
        <message>
            <source>pain.001.001.09 (ING, ABN AMRO)</source>
            <translation>pain.001.001.09 (ING, ABN AMRO)</translation>
        </message>
        <message>
            <source>{n} transfers, {total}. Upload the file to the bank, then mark the batch as paid here.</source>
            <translation>{n} overboekingen, {total}. Lever het bestand aan bij de bank en markeer de batch daarna hier als betaald.</translation>
        </message>
        <message>
            <source>{n} volunteers to pay, together {total}.</source>
            <translation>{n} vrijwilligers te betalen, samen {total}.</translation>
        </message>
    </context>
    <context>
        <name>VolunteerPanel</name>
        <message>
            <source>A paid or rejected line cannot be rejected</source>
            <translation>Een betaalde of afgewezen regel kan niet worden afgewezen</translation>
        </message>
        <message>
            <source>A receipt can only be added to a draft or submitted line</source>
            <translation>Een bon kan alleen bij een concept- of ingediende regel</translation>
        </message>
        <message>
            <source>A rejected line cannot be corrected; enter a new line</source>
            <translation>Een afgewezen regel kan niet worden gecorrigeerd; voer een nieuwe regel in</translation>
        </message>
        <message>
            <source>Arrangement</source>
            <translation>Regeling</translation>
        </message>
        <message>
            <source>Attach receipt…</source>
            <translation>Bon toevoegen…</translation>
        </message>
        <message>
            <source>Choose a volunteer</source>
            <translation>Kies een vrijwilliger</translation>
        </message>
        <message>
            <source>Choose the receipt</source>
            <translation>Kies de bon</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Corrigeren</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Corrigeren…</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Concept verwijderen</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>New line</source>
            <translation>Nieuwe regel</translation>
        </message>
        <message>
            <source>Only a draft line can be deleted</source>
            <translation>Alleen een conceptregel kan worden verwijderd</translation>
        </message>
        <message>
            <source>Only a draft line can be submitted</source>
            <translation>Alleen een conceptregel kan worden ingediend</translation>
        </message>
        <message>
            <source>Reason for rejecting:</source>
            <translation>Reden van afwijzing:</translation>
        </message>
        <message>
            <source>Reason for the correction:</source>
            <translation>Reden van de correctie:</translation>
        </message>
        <message>
            <source>Receipts (*.png *.jpg *.jpeg *.pdf)</source>
            <translation>Bonnen (*.png *.jpg *.jpeg *.pdf)</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Afwijzen</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Afwijzen…</translation>
        </message>
        <message>
            <source>Select a line in the list first</source>
            <translation>Kies eerst een regel in de lijst</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Indienen</translation>
        </message>
        <message>
            <source>The right amount:</source>
            <translation>Het juiste bedrag:</translation>
        </message>
        <message>
            <source>Your role may not do this</source>
            <translation>Uw rol mag dit niet</translation>
        </message>
        <message>
            <source>{text} is not an amount.</source>
            <translation>{text} is geen bedrag.</translation>
        </message>
    </context>
</TS>
