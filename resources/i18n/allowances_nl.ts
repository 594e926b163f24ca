<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AllowanceExports</name>
    <message>
        <location filename="../../ui/pages/allowances/exports.py" line="18"/>
        <source>Export allowances</source>
        <translation>Vergoedingen exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/exports.py" line="19"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/exports.py" line="27"/>
        <source>Exporting allowances…</source>
        <translation>Vergoedingen exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/exports.py" line="33"/>
        <source>Year statements</source>
        <translation>Jaaroverzichten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/exports.py" line="34"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/exports.py" line="43"/>
        <source>Writing year statements…</source>
        <translation>Jaaroverzichten schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/exports.py" line="47"/>
        <source>Written to {path}</source>
        <translation>Geschreven naar {path}</translation>
    </message>
</context>
<context>
    <name>AllowanceLines</name>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="49"/>
        <source>corrects line {id}</source>
        <translation>corrigeert regel {id}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="55"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="56"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="57"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="58"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="59"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="61"/>
        <source>Receipt</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="62"/>
        <source>Override</source>
        <translation>Overschrijding</translation>
    </message>
</context>
<context>
    <name>AllowanceReports</name>
    <message>
        <location filename="../../ui/pages/allowances/reports.py" line="22"/>
        <source>Allowances</source>
        <translation>Vergoedingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/reports.py" line="23"/>
        <source>Allowance overview {year} (Excel)</source>
        <translation>Overzicht vergoedingen {year} (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/reports.py" line="24"/>
        <source>One row per volunteer with months, year total, other organisations, room left and overrides; a second sheet with every line.</source>
        <translation>Eén rij per vrijwilliger met de maanden, het jaartotaal, andere organisaties, de ruimte die over is en overschrijdingen; een tweede blad met alle regels.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/reports.py" line="28"/>
        <source>Year statements {year} (PDF)</source>
        <translation>Jaaroverzichten {year} (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/reports.py" line="29"/>
        <source>A year statement of the volunteer allowance per volunteer on the letterhead, one per page.</source>
        <translation>Een jaaroverzicht vrijwilligersvergoeding per vrijwilliger op briefpapier, één per pagina.</translation>
    </message>
</context>
<context>
    <name>AllowancesPage</name>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="50"/>
        <source>Allowances and expense claims</source>
        <translation>Vergoedingen en declaraties</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="52"/>
        <location filename="../../ui/pages/allowances/page.py" line="55"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="58"/>
        <source>Overview to Excel…</source>
        <translation>Overzicht naar Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="60"/>
        <source>Year statements (PDF)…</source>
        <translation>Jaaroverzichten (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="71"/>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="73"/>
        <source>Approval queue</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="75"/>
        <source>Payment run</source>
        <translation>Betaalrun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="99"/>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="100"/>
        <source>Search volunteers</source>
        <translation>Vrijwilligers zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="103"/>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="104"/>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="105"/>
        <source>Year total</source>
        <translation>Jaartotaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="107"/>
        <source>Room left</source>
        <translation>Ruimte over</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="109"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="134"/>
        <source>Fixed amounts for this month</source>
        <translation>Vaste bedragen voor deze maand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="169"/>
        <source>over a limit</source>
        <translation>boven een grens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="171"/>
        <source>override</source>
        <translation>overschreden met toestemming</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="173"/>
        <source>near a limit</source>
        <translation>dicht bij een grens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="175"/>
        <source>{n} waiting</source>
        <translation>{n} wachtend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="207"/>
        <source>{n} volunteers · {waiting} lines waiting for approval · {flagged} near or over a limit</source>
        <translation>{n} vrijwilligers · {waiting} regels wachten op goedkeuring · {flagged} dicht bij of boven een grens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="235"/>
        <source>{n} fixed amounts entered for {month}.</source>
        <translation>{n} vaste bedragen ingevoerd voor {month}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="238"/>
        <source>Refused: {list}</source>
        <translation>Geweigerd: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="255"/>
        <source>IBAN {iban}</source>
        <translation>IBAN {iban}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="255"/>
        <source>no valid IBAN</source>
        <translation>geen geldig IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="257"/>
        <source>VOG: {note}</source>
        <translation>VOG: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/page.py" line="259"/>
        <source>a limit was overridden this year</source>
        <translation>dit jaar is een grens overschreden</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="45"/>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="46"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="47"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="48"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="50"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="51"/>
        <source>Receipt</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="52"/>
        <source>Override</source>
        <translation>Overschrijding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="53"/>
        <source>Entered by</source>
        <translation>Ingevoerd door</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="66"/>
        <source>Approve selected</source>
        <translation>Selectie goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="71"/>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="75"/>
        <source>Show receipt</source>
        <translation>Bon bekijken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="89"/>
        <source>{n} lines waiting for approval, together {total}.</source>
        <translation>{n} regels wachten op goedkeuring, samen {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="121"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/approval_tab.py" line="121"/>
        <source>Reason for rejecting:</source>
        <translation>Reden van afwijzing:</translation>
    </message>
</context>
<context>
    <name>ArrangementBox</name>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="73"/>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="81"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="83"/>
        <source>Fixed amount per month</source>
        <translation>Vast bedrag per maand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="85"/>
        <source>Amount per hour</source>
        <translation>Bedrag per uur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="87"/>
        <source>Received from other organisations this year</source>
        <translation>Dit jaar ontvangen van andere organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="92"/>
        <source>Save arrangement</source>
        <translation>Regeling opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="105"/>
        <source>Overridden: {reason} ({who})</source>
        <translation>Overschreden: {reason} ({who})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="129"/>
        <source>Check the amounts (for example 150,00).</source>
        <translation>Controleer de bedragen (bijvoorbeeld 150,00).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="133"/>
        <source>Override the limit</source>
        <translation>Grens overschrijden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="134"/>
        <source>Reason for overriding:</source>
        <translation>Reden van de overschrijding:</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="58"/>
        <source>New line</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="71"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="75"/>
        <source>Date worked</source>
        <translation>Datum gewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="78"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="80"/>
        <source>Kilometres</source>
        <translation>Kilometers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="83"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="85"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="89"/>
        <location filename="../../ui/pages/allowances/entry_form.py" line="216"/>
        <source>No receipt</source>
        <translation>Geen bon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="91"/>
        <source>Receipt…</source>
        <translation>Bon…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="96"/>
        <source>Receipt</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="97"/>
        <source>Submit for approval now</source>
        <translation>Nu indienen ter goedkeuring</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="111"/>
        <source>Override the limit (treasurer)</source>
        <translation>Grens overschrijden (penningmeester)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="115"/>
        <source>Reason for overriding the limit</source>
        <translation>Reden voor het overschrijden van de grens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="116"/>
        <source>Why is the limit exceeded? (kept in the audit trail)</source>
        <translation>Waarom wordt de grens overschreden? (wordt vastgelegd in het logboek)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="119"/>
        <source>Save line</source>
        <translation>Regel opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="167"/>
        <source>Choose a volunteer on the left.</source>
        <translation>Kies links een vrijwilliger.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="178"/>
        <source>Room left in {month}: {month_room} · this year: {year_room}</source>
        <translation>Ruimte over in {month}: {month_room} · dit jaar: {year_room}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="182"/>
        <source>this line: {amount}</source>
        <translation>deze regel: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="184"/>
        <source>real costs of a receipts-only volunteer: no maximum</source>
        <translation>werkelijke kosten van een vrijwilliger met alleen declaraties: geen maximum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="198"/>
        <source>Some fields need attention (see above).</source>
        <translation>Sommige velden hebben aandacht nodig (zie hierboven).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="247"/>
        <source>Choose the receipt</source>
        <translation>Kies de bon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/entry_form.py" line="247"/>
        <source>Receipts (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Bonnen (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
</context>
<context>
    <name>HoursBox</name>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="152"/>
        <source>Hours worked</source>
        <translation>Gewerkte uren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="160"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="162"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="164"/>
        <source>(no working group)</source>
        <translation>(geen werkgroep)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="172"/>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="174"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="179"/>
        <source>Save hours</source>
        <translation>Uren opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="192"/>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="209"/>
        <source>Saved; allowance {amount}.</source>
        <translation>Opgeslagen; vergoeding {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="210"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>LimitsTab</name>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="44"/>
        <source>The tax-free limits of the volunteer allowance per year. The checks use these figures; check each source when you add or change a year.</source>
        <translation>De onbelaste grenzen van de vrijwilligersvergoeding per jaar. De controles gebruiken deze bedragen; controleer elke bron als u een jaar toevoegt of wijzigt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="51"/>
        <source>Add or correct a year</source>
        <translation>Een jaar toevoegen of corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="56"/>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="94"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="69"/>
        <source>source (website, date)</source>
        <translation>bron (website, datum)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="75"/>
        <source>Figures still to be confirmed</source>
        <translation>Bedragen nog te bevestigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="81"/>
        <source>Save limits</source>
        <translation>Grenzen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="94"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="102"/>
        <source>to confirm</source>
        <translation>nog te bevestigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="140"/>
        <source>Some figures need attention (see above).</source>
        <translation>Sommige bedragen hebben aandacht nodig (zie hierboven).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/settings_tab.py" line="152"/>
        <source>Allowance limits</source>
        <translation>Vergoedingsgrenzen</translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="50"/>
        <source>Only lines worked up to</source>
        <translation>Alleen regels gewerkt tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="58"/>
        <source>SEPA format</source>
        <translation>SEPA-formaat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="59"/>
        <source>pain.001.001.03 (all Dutch banks)</source>
        <translation>pain.001.001.03 (alle Nederlandse banken)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="60"/>
        <source>pain.001.001.09 (ING, ABN AMRO)</source>
        <translation>pain.001.001.09 (ING, ABN AMRO)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="63"/>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="105"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="68"/>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="69"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="70"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="71"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="72"/>
        <source>Not paid because</source>
        <translation>Niet betaald omdat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="89"/>
        <source>Write bank file…</source>
        <translation>Bankbestand maken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="98"/>
        <source>Payment batches</source>
        <translation>Betaalbatches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="100"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="101"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="102"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="103"/>
        <source>Transfers</source>
        <translation>Overboekingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="104"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="106"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="107"/>
        <source>Left out</source>
        <translation>Niet opgenomen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="117"/>
        <source>Bank accepted: mark as paid</source>
        <translation>Bank heeft geaccepteerd: markeer als betaald</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="121"/>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="211"/>
        <source>Cancel batch</source>
        <translation>Batch annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="147"/>
        <source>{n} volunteers to pay, together {total}.</source>
        <translation>{n} vrijwilligers te betalen, samen {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="151"/>
        <source>Not in this run (fix their IBAN first): {names}</source>
        <translation>Niet in deze run (eerst het IBAN in orde maken): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="193"/>
        <source>Save the bank file</source>
        <translation>Bankbestand opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="194"/>
        <source>SEPA file (*.xml)</source>
        <translation>SEPA-bestand (*.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="198"/>
        <source>Bank file written</source>
        <translation>Bankbestand gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="199"/>
        <source>{n} transfers, {total}. Upload the file to the bank, then mark the batch as paid here.</source>
        <translation>{n} overboekingen, {total}. Lever het bestand aan bij de bank en markeer de batch daarna hier als betaald.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="204"/>
        <source>Mark as paid</source>
        <translation>Markeren als betaald</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="205"/>
        <source>Did the bank accept batch {id} ({total})? All its lines become paid.</source>
        <translation>Heeft de bank batch {id} ({total}) geaccepteerd? Alle regels worden dan betaald.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/payment_tab.py" line="212"/>
        <source>Cancel batch {id}? Its lines can then be paid in a next run.</source>
        <translation>Batch {id} annuleren? De regels kunnen dan in een volgende run worden betaald.</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="224"/>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="274"/>
        <source>Choose a volunteer</source>
        <translation>Kies een vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="245"/>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="246"/>
        <source>Attach receipt…</source>
        <translation>Bon toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="247"/>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="248"/>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="249"/>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="255"/>
        <source>New line</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="256"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="257"/>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="337"/>
        <source>Choose the receipt</source>
        <translation>Kies de bon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="338"/>
        <source>Receipts (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Bonnen (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="345"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="345"/>
        <source>Reason for rejecting:</source>
        <translation>Reden van afwijzing:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="353"/>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="357"/>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="363"/>
        <source>Correct</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="353"/>
        <source>The right amount:</source>
        <translation>Het juiste bedrag:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="357"/>
        <source>Reason for the correction:</source>
        <translation>Reden van de correctie:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/allowances/volunteer_panel.py" line="363"/>
        <source>{text} is not an amount.</source>
        <translation>{text} is geen bedrag.</translation>
    </message>
</context>
</TS>
