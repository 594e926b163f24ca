<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AccountabilityPanel</name>
        <message>
            <source>({n} activities without a count)</source>
            <translation>({n} activiteiten zonder telling)</translation>
        </message>
        <message>
            <source>Activities held: {held} (planned {planned})</source>
            <translation>Gehouden activiteiten: {held} (gepland {planned})</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Werkelijk</translation>
        </message>
        <message>
            <source>Add cost</source>
            <translation>Kosten toevoegen</translation>
        </message>
        <message>
            <source>Allowance lines</source>
            <translation>Vergoedingsregels</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Booking series</source>
            <translation>Reeksen van boekingen</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Begroting</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Begrotingspost</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Check before printing: {warning}</source>
            <translation>Controleer vóór het afdrukken: {warning}</translation>
        </message>
        <message>
            <source>Choose an application.</source>
            <translation>Kies een aanvraag.</translation>
        </message>
        <message>
            <source>Costs and explanations are entered once the application is granted; links to activities and working groups can be made earlier.</source>
            <translation>Kosten en toelichtingen vult u in zodra de aanvraag is toegekend; activiteiten en werkgroepen kunt u al eerder koppelen.</translation>
        </message>
        <message>
            <source>Costs: budget {budget}, actual {actual}, difference {difference}</source>
            <translation>Kosten: begroot {budget}, werkelijk {actual}, verschil {difference}</translation>
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
            <source>Difference</source>
            <translation>Verschil</translation>
        </message>
        <message>
            <source>Explain this difference before the report goes out.</source>
            <translation>Licht dit verschil toe voordat de verantwoording de deur uit gaat.</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Figures to Excel…</source>
            <translation>Cijfers naar Excel…</translation>
        </message>
        <message>
            <source>Linked but not counted in the report:</source>
            <translation>Gekoppeld maar niet meegeteld in de verantwoording:</translation>
        </message>
        <message>
            <source>Participants: {participants} (expected {expected})</source>
            <translation>Deelnemers: {participants} (verwacht {expected})</translation>
        </message>
        <message>
            <source>Print report PDF…</source>
            <translation>Verantwoording als pdf…</translation>
        </message>
        <message>
            <source>Remove chosen cost</source>
            <translation>Gekozen kosten verwijderen</translation>
        </message>
        <message>
            <source>Report text</source>
            <translation>Verslagtekst</translation>
        </message>
        <message>
            <source>Save links and explanations</source>
            <translation>Koppelingen en toelichtingen opslaan</translation>
        </message>
        <message>
            <source>Single bookings</source>
            <translation>Losse boekingen</translation>
        </message>
        <message>
            <source>The activity report in your own words (what went well, what changed, what you learned).</source>
            <translation>Het activiteitenverslag in uw eigen woorden (wat ging goed, wat veranderde, wat heeft u geleerd).</translation>
        </message>
        <message>
            <source>This application is {state}: its accountability is closed.</source>
            <translation>Deze aanvraag is {state}: de verantwoording is gesloten.</translation>
        </message>
        <message>
            <source>Ticked allowance lines count as costs of:</source>
            <translation>Aangevinkte vergoedingen tellen als kosten van:</translation>
        </message>
        <message>
            <source>Volunteer hours: {hours} by {n} volunteers</source>
            <translation>Vrijwilligersuren: {hours} door {n} vrijwilligers</translation>
        </message>
        <message>
            <source>Working groups</source>
            <translation>Werkgroepen</translation>
        </message>
        <message>
            <source>Write the amount like 125,50 and the date like 22-11-2026.</source>
            <translation>Schrijf het bedrag als 125,50 en de datum als 22-11-2026.</translation>
        </message>
        <message>
            <source>what was paid (invoice, purchase)</source>
            <translation>wat is betaald (factuur, aankoop)</translation>
        </message>
    </context>
    <context>
        <name>AnnualPlanTab</name>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>A budget cannot be read; write it like 1.250,00.</source>
            <translation>Een budget is onleesbaar; schrijf het als 1.250,00.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Actie toevoegen</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Begroting</translation>
        </message>
        <message>
            <source>Funded by application</source>
            <translation>Gefinancierd door aanvraag</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Inleiding</translation>
        </message>
        <message>
            <source>No actions in this year's plan yet. Choose Add action.</source>
            <translation>Nog geen acties in het jaarplan van dit jaar. Kies Actie toevoegen.</translation>
        </message>
        <message>
            <source>No annual plan for {year} yet: write one and save it.</source>
            <translation>Nog geen jaarplan voor {year}: schrijf het en sla het op.</translation>
        </message>
        <message>
            <source>One row per action. Rows with the same theme or working group form one goal; a row without an action keeps a goal that has no actions yet.</source>
            <translation>Eén regel per actie. Regels met hetzelfde thema of dezelfde werkgroep vormen één doel; een regel zonder actie bewaart een doel dat nog geen acties heeft.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Actiehouder</translation>
        </message>
        <message>
            <source>Print PDF…</source>
            <translation>Pdf afdrukken…</translation>
        </message>
        <message>
            <source>Print annual plan</source>
            <translation>Jaarplan afdrukken</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Actie verwijderen</translation>
        </message>
        <message>
            <source>Save annual plan</source>
            <translation>Jaarplan opslaan</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Besteed</translation>
        </message>
        <message>
            <source>The actual costs of the linked application (entered costs and allowances), shared by budget when it funds several actions</source>
            <translation>De werkelijke kosten van de gekoppelde aanvraag (ingevoerde kosten en vergoedingen), naar begroting verdeeld als die meer acties financiert</translation>
        </message>
        <message>
            <source>Theme or working group</source>
            <translation>Thema of werkgroep</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Total budget: {amount}</source>
            <translation>Totale begroting: {amount}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Geschreven naar {path}</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>is onleesbaar</translation>
        </message>
        <message>
            <source>spent so far: {amount}</source>
            <translation>tot nu toe besteed: {amount}</translation>
        </message>
    </context>
    <context>
        <name>ApplicationEditor</name>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>Accounted for</source>
            <translation>Verantwoord</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Aim</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Back to concept</source>
            <translation>Terug naar concept</translation>
        </message>
        <message>
            <source>Before submitting: {checks}</source>
            <translation>Voor het indienen: {checks}</translation>
        </message>
        <message>
            <source>Budget and coverage</source>
            <translation>Begroting en dekking</translation>
        </message>
        <message>
            <source>Choose the funder first (add one on the Funders tab)</source>
            <translation>Kies eerst de subsidiegever (voeg er een toe op het tabblad Subsidiegevers)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documenten</translation>
        </message>
        <message>
            <source>Expected reach</source>
            <translation>Verwacht bereik</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Subsidiegever</translation>
        </message>
        <message>
            <source>Granted…</source>
            <translation>Toegekend…</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>Nieuwe aanvraag</translation>
        </message>
        <message>
            <source>No application chosen</source>
            <translation>Geen aanvraag gekozen</translation>
        </message>
        <message>
            <source>Only a concept can be edited.</source>
            <translation>Alleen een concept kan worden gewijzigd.</translation>
        </message>
        <message>
            <source>Only a concept can be edited; use “Back to concept” while the decision is pending.</source>
            <translation>Alleen een concept kan worden gewijzigd; gebruik “Terug naar concept” zolang het besluit nog niet genomen is.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Print PDF…</source>
            <translation>Pdf afdrukken…</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Rejected…</source>
            <translation>Afgewezen…</translation>
        </message>
        <message>
            <source>Requested amount</source>
            <translation>Gevraagd bedrag</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Settled…</source>
            <translation>Vastgesteld…</translation>
        </message>
        <message>
            <source>State: {state}</source>
            <translation>Status: {state}</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Indienen</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>Doelgroep</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Werkgroep</translation>
        </message>
        <message>
            <source>apply before {date}</source>
            <translation>aanvragen vóór {date}</translation>
        </message>
        <message>
            <source>at most {amount}</source>
            <translation>hoogstens {amount}</translation>
        </message>
        <message>
            <source>cannot be read; write amounts like 1.250,00 and dates like 22-11-2026</source>
            <translation>is onleesbaar; schrijf bedragen als 1.250,00 en datums als 22-11-2026</translation>
        </message>
        <message>
            <source>concept — not saved yet</source>
            <translation>concept — nog niet opgeslagen</translation>
        </message>
        <message>
            <source>granted {amount} on {date}</source>
            <translation>toegekend {amount} op {date}</translation>
        </message>
        <message>
            <source>in steps of {amount}</source>
            <translation>in stappen van {amount}</translation>
        </message>
        <message>
            <source>never pays for: {text}</source>
            <translation>betaalt nooit: {text}</translation>
        </message>
        <message>
            <source>next round {date}</source>
            <translation>volgende ronde {date}</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>deelnemers</translation>
        </message>
        <message>
            <source>report due {date}</source>
            <translation>verslag uiterlijk {date}</translation>
        </message>
        <message>
            <source>sessions,</source>
            <translation>bijeenkomsten,</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot en met</translation>
        </message>
        <message>
            <source>{message} (line {row})</source>
            <translation>{message} (regel {row})</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsTab</name>
        <message>
            <source>Accountability</source>
            <translation>Verantwoording</translation>
        </message>
        <message>
            <source>Accountability report</source>
            <translation>Verantwoording</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>Delete concept</source>
            <translation>Concept verwijderen</translation>
        </message>
        <message>
            <source>Delete the concept “{title}”?</source>
            <translation>Het concept “{title}” verwijderen?</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Subsidiegever</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Toegekend</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>Nieuwe aanvraag</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>Volgende datum</translation>
        </message>
        <message>
            <source>No applications yet. Add the funds you apply to on the Funders tab, then choose New application.</source>
            <translation>Nog geen aanvragen. Voeg op het tabblad Subsidiegevers toe bij wie u aanvraagt en kies dan Nieuwe aanvraag.</translation>
        </message>
        <message>
            <source>Print application</source>
            <translation>Aanvraag afdrukken</translation>
        </message>
        <message>
            <source>Print the report anyway?</source>
            <translation>De verantwoording toch afdrukken?</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Gevraagd</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <source>Show applications in state</source>
            <translation>Toon aanvragen met status</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Subsidy applications</source>
            <translation>Subsidieaanvragen</translation>
        </message>
        <message>
            <source>The application has changes that are not saved. Leave anyway?</source>
            <translation>De aanvraag heeft wijzigingen die niet zijn opgeslagen. Toch verlaten?</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Geschreven naar {path}</translation>
        </message>
    </context>
    <context>
        <name>BudgetCoverageTab</name>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Budget (costs)</source>
            <translation>Begroting (kosten)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Costs {budget} · coverage {coverage} (of which requested {requested})</source>
            <translation>Kosten {budget} · dekking {coverage} (waarvan gevraagd {requested})</translation>
        </message>
        <message>
            <source>Coverage plan (besides the amount requested)</source>
            <translation>Dekkingsplan (naast het gevraagde bedrag)</translation>
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
            <source>One of the amounts cannot be read; write it like 1.250,00.</source>
            <translation>Een van de bedragen is onleesbaar; schrijf het als 1.250,00.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>balanced</source>
            <translation>sluitend</translation>
        </message>
        <message>
            <source>difference {difference}</source>
            <translation>verschil {difference}</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Application granted</source>
            <translation>Aanvraag toegekend</translation>
        </message>
        <message>
            <source>Application rejected</source>
            <translation>Aanvraag afgewezen</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Voorwaarden</translation>
        </message>
        <message>
            <source>Date of the decision</source>
            <translation>Datum van het besluit</translation>
        </message>
        <message>
            <source>Final report due</source>
            <translation>Eindverslag uiterlijk</translation>
        </message>
        <message>
            <source>Grant settled</source>
            <translation>Subsidie vastgesteld</translation>
        </message>
        <message>
            <source>Interim report due</source>
            <translation>Tussentijds verslag uiterlijk</translation>
        </message>
        <message>
            <source>Reason given</source>
            <translation>Opgegeven reden</translation>
        </message>
        <message>
            <source>{text} cannot be read</source>
            <translation>{text} is onleesbaar</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Kept at</source>
            <translation>Bewaard in</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>The documents the funder asks for, whether they are ready, and where each is kept.</source>
            <translation>De documenten die de subsidiegever vraagt, of ze klaar zijn en waar ze bewaard worden.</translation>
        </message>
    </context>
    <context>
        <name>FundersTab</name>
        <message>
            <source>About the deadlines</source>
            <translation>Over de deadlines</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Application rounds (day-month)</source>
            <translation>Aanvraagrondes (dag-maand)</translation>
        </message>
        <message>
            <source>Apply weeks before the start</source>
            <translation>Aanvragen weken vóór de start</translation>
        </message>
        <message>
            <source>Auditor's statement from</source>
            <translation>Accountantsverklaring vanaf</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <source>Funders</source>
            <translation>Subsidiegevers</translation>
        </message>
        <message>
            <source>In steps of</source>
            <translation>In stappen van</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Maximum amount</source>
            <translation>Maximumbedrag</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Never pays for</source>
            <translation>Betaalt nooit voor</translation>
        </message>
        <message>
            <source>New funder</source>
            <translation>Nieuwe subsidiegever</translation>
        </message>
        <message>
            <source>No funders yet. Choose New funder and fill in their rules.</source>
            <translation>Nog geen subsidiegevers. Kies Nieuwe subsidiegever en vul hun regels in.</translation>
        </message>
        <message>
            <source>No report below</source>
            <translation>Geen verslag onder</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Required documents (one per line)</source>
            <translation>Gevraagde documenten (één per regel)</translation>
        </message>
        <message>
            <source>Save funder</source>
            <translation>Subsidiegever opslaan</translation>
        </message>
        <message>
            <source>Thresholds decide the report: below "no report" the grant is settled without one; above it an activity and financial report; from the auditor's amount also an auditor's statement.</source>
            <translation>De grenzen bepalen de verantwoording: onder "geen verslag" wordt de subsidie zonder verslag vastgesteld; daarboven een activiteitenverslag en een financieel verslag; vanaf het accountantsbedrag ook een accountantsverklaring.</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>any amount</source>
            <translation>elk bedrag</translation>
        </message>
        <message>
            <source>next round {date}</source>
            <translation>volgende ronde {date}</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>geen grens</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation>niet van toepassing</translation>
        </message>
        <message>
            <source>still applies for new applications</source>
            <translation>geldt nog voor nieuwe aanvragen</translation>
        </message>
        <message>
            <source>{name} (inactive)</source>
            <translation>{name} (niet actief)</translation>
        </message>
        <message>
            <source>{text} is not an amount</source>
            <translation>{text} is geen bedrag</translation>
        </message>
    </context>
    <context>
        <name>SubsidiesPage</name>
        <message>
            <source>Annual plan</source>
            <translation>Jaarplan</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Aanvragen</translation>
        </message>
        <message>
            <source>Funders</source>
            <translation>Subsidiegevers</translation>
        </message>
        <message>
            <source>Subsidies</source>
            <translation>Subsidies</translation>
        </message>
    </context>
    <context>
        <name>SubsidyExports</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Pdf-document (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SubsidyReports</name>
        <message>
            <source>Accountability figures (Excel)</source>
            <translation>Cijfers van de verantwoording (Excel)</translation>
        </message>
        <message>
            <source>Accountability report</source>
            <translation>Verantwoording</translation>
        </message>
        <message>
            <source>Accountability report (PDF)</source>
            <translation>Verantwoording (pdf)</translation>
        </message>
        <message>
            <source>Activities, participants, volunteer hours and budget against actual costs of a granted application.</source>
            <translation>Activiteiten, deelnemers, vrijwilligersuren en begroting tegenover werkelijke kosten van een toegekende aanvraag.</translation>
        </message>
        <message>
            <source>An application with letterhead, budget, coverage plan and signature block, to send to a fund.</source>
            <translation>Een aanvraag met briefhoofd, begroting, dekkingsplan en ondertekening, om naar een subsidiegever te sturen.</translation>
        </message>
        <message>
            <source>Annual plan</source>
            <translation>Jaarplan</translation>
        </message>
        <message>
            <source>Annual plan (PDF)</source>
            <translation>Jaarplan (pdf)</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Aanvraag</translation>
        </message>
        <message>
            <source>Application PDF</source>
            <translation>Aanvraag als pdf</translation>
        </message>
        <message>
            <source>Choose an application</source>
            <translation>Kies een aanvraag</translation>
        </message>
        <message>
            <source>Subsidies</source>
            <translation>Subsidies</translation>
        </message>
        <message>
            <source>Subsidy application (PDF)</source>
            <translation>Subsidieaanvraag (pdf)</translation>
        </message>
        <message>
            <source>The same figures as a workbook: budget and actuals, every cost, every activity.</source>
            <translation>Dezelfde cijfers als werkmap: begroting en realisatie, alle kosten, alle activiteiten.</translation>
        </message>
        <message>
            <source>Themes and working groups with their goals, actions, owners and budget.</source>
            <translation>Thema's en werkgroepen met hun doelen, acties, actiehouders en begroting.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
    </context>
    <context>
        <name>SubsidyTables</name>
        <message>
            <source>Add line</source>
            <translation>Regel toevoegen</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Regel verwijderen</translation>
        </message>
    </context>
</TS>
