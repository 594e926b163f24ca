<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountabilityPanel</name>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="55"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="55"/>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="81"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="55"/>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="55"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="55"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="56"/>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="69"/>
        <source>what was paid (invoice, purchase)</source>
        <translation>wat is betaald (factuur, aankoop)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="73"/>
        <source>Add cost</source>
        <translation>Kosten toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="81"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="81"/>
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="82"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="89"/>
        <source>Remove chosen cost</source>
        <translation>Gekozen kosten verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="98"/>
        <source>Working groups</source>
        <translation>Werkgroepen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="98"/>
        <source>Booking series</source>
        <translation>Reeksen van boekingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="99"/>
        <source>Single bookings</source>
        <translation>Losse boekingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="99"/>
        <source>Allowance lines</source>
        <translation>Vergoedingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="108"/>
        <source>Ticked allowance lines count as costs of:</source>
        <translation>Aangevinkte vergoedingen tellen als kosten van:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="115"/>
        <source>The activity report in your own words (what went well, what changed, what you learned).</source>
        <translation>Het activiteitenverslag in uw eigen woorden (wat ging goed, wat veranderde, wat heeft u geleerd).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="119"/>
        <source>Report text</source>
        <translation>Verslagtekst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="128"/>
        <source>Save links and explanations</source>
        <translation>Koppelingen en toelichtingen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="131"/>
        <source>Print report PDF…</source>
        <translation>Verantwoording als pdf…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="134"/>
        <source>Figures to Excel…</source>
        <translation>Cijfers naar Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="148"/>
        <source>Choose an application.</source>
        <translation>Kies een aanvraag.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="190"/>
        <source>Costs and explanations are entered once the application is granted; links to activities and working groups can be made earlier.</source>
        <translation>Kosten en toelichtingen vult u in zodra de aanvraag is toegekend; activiteiten en werkgroepen kunt u al eerder koppelen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="192"/>
        <source>This application is {state}: its accountability is closed.</source>
        <translation>Deze aanvraag is {state}: de verantwoording is gesloten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="199"/>
        <source>({n} activities without a count)</source>
        <translation>({n} activiteiten zonder telling)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="201"/>
        <source>Activities held: {held} (planned {planned})</source>
        <translation>Gehouden activiteiten: {held} (gepland {planned})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="203"/>
        <source>Participants: {participants} (expected {expected})</source>
        <translation>Deelnemers: {participants} (verwacht {expected})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="205"/>
        <source>Volunteer hours: {hours} by {n} volunteers</source>
        <translation>Vrijwilligersuren: {hours} door {n} vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="207"/>
        <source>Costs: budget {budget}, actual {actual}, difference {difference}</source>
        <translation>Kosten: begroot {budget}, werkelijk {actual}, verschil {difference}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="226"/>
        <source>Explain this difference before the report goes out.</source>
        <translation>Licht dit verschil toe voordat de verantwoording de deur uit gaat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/accountability_panel.py" line="276"/>
        <source>Write the amount like 125,50 and the date like 22-11-2026.</source>
        <translation>Schrijf het bedrag als 125,50 en de datum als 22-11-2026.</translation>
    </message>
</context>
<context>
    <name>AnnualPlanTab</name>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="40"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="56"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="57"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="60"/>
        <source>One row per action. Rows with the same theme or working group form one goal; a row without an action keeps a goal that has no actions yet.</source>
        <translation>Eén regel per actie. Regels met hetzelfde thema of dezelfde werkgroep vormen één doel; een regel zonder actie bewaart een doel dat nog geen acties heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="65"/>
        <source>Theme or working group</source>
        <translation>Thema of werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="65"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="65"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="65"/>
        <source>Owner</source>
        <translation>Actiehouder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="65"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="66"/>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="66"/>
        <source>Funded by application</source>
        <translation>Gefinancierd door aanvraag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="77"/>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="80"/>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="83"/>
        <source>Save annual plan</source>
        <translation>Jaarplan opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="86"/>
        <source>Print PDF…</source>
        <translation>Pdf afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="116"/>
        <source>No annual plan for {year} yet: write one and save it.</source>
        <translation>Nog geen jaarplan voor {year}: schrijf het en sla het op.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="133"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="153"/>
        <source>A budget cannot be read; write it like 1.250,00.</source>
        <translation>Een budget is onleesbaar; schrijf het als 1.250,00.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="155"/>
        <source>Total budget: {amount}</source>
        <translation>Totale begroting: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="167"/>
        <source>cannot be read</source>
        <translation>is onleesbaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="188"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="193"/>
        <source>Print annual plan</source>
        <translation>Jaarplan afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/annual_plan_tab.py" line="195"/>
        <source>Written to {path}</source>
        <translation>Geschreven naar {path}</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="62"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="65"/>
        <source>Print PDF…</source>
        <translation>Pdf afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="73"/>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="73"/>
        <source>Back to concept</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="73"/>
        <source>Granted…</source>
        <translation>Toegekend…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="74"/>
        <source>Rejected…</source>
        <translation>Afgewezen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="74"/>
        <source>Accounted for</source>
        <translation>Verantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="74"/>
        <source>Settled…</source>
        <translation>Vastgesteld…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="91"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="92"/>
        <source>Funder</source>
        <translation>Subsidiegever</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="97"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="98"/>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="107"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="110"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="111"/>
        <source>Aim</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="112"/>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="113"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="114"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="125"/>
        <source>sessions,</source>
        <translation>bijeenkomsten,</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="127"/>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="129"/>
        <source>Expected reach</source>
        <translation>Verwacht bereik</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="130"/>
        <source>Requested amount</source>
        <translation>Gevraagd bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="132"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="133"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="145"/>
        <source>Budget and coverage</source>
        <translation>Begroting en dekking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="150"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="174"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="185"/>
        <source>New application</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="186"/>
        <source>concept — not saved yet</source>
        <translation>concept — nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="216"/>
        <source>No application chosen</source>
        <translation>Geen aanvraag gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="225"/>
        <source>State: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="227"/>
        <source>apply before {date}</source>
        <translation>aanvragen vóór {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="229"/>
        <source>granted {amount} on {date}</source>
        <translation>toegekend {amount} op {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="232"/>
        <source>report due {date}</source>
        <translation>verslag uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="237"/>
        <source>Before submitting: {checks}</source>
        <translation>Voor het indienen: {checks}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="239"/>
        <source>Only a concept can be edited; use “Back to concept” while the decision is pending.</source>
        <translation>Alleen een concept kan worden gewijzigd; gebruik “Terug naar concept” zolang het besluit nog niet genomen is.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="241"/>
        <source>Only a concept can be edited.</source>
        <translation>Alleen een concept kan worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="280"/>
        <source>at most {amount}</source>
        <translation>hoogstens {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="282"/>
        <source>in steps of {amount}</source>
        <translation>in stappen van {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="284"/>
        <source>next round {date}</source>
        <translation>volgende ronde {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="286"/>
        <source>never pays for: {text}</source>
        <translation>betaalt nooit: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="296"/>
        <source>cannot be read; write amounts like 1.250,00 and dates like 22-11-2026</source>
        <translation>is onleesbaar; schrijf bedragen als 1.250,00 en datums als 22-11-2026</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/editor.py" line="322"/>
        <source>{message} (line {row})</source>
        <translation>{message} (regel {row})</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="37"/>
        <source>Show applications in state</source>
        <translation>Toon aanvragen met status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="38"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="42"/>
        <source>New application</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="46"/>
        <location filename="../../ui/pages/subsidies/applications.py" line="170"/>
        <source>Delete concept</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="51"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="61"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="62"/>
        <source>Funder</source>
        <translation>Subsidiegever</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="63"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="64"/>
        <source>Requested</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="66"/>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="68"/>
        <source>Next date</source>
        <translation>Volgende datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="79"/>
        <source>Subsidy applications</source>
        <translation>Subsidieaanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="95"/>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="151"/>
        <source>Unsaved changes</source>
        <translation>Niet opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="152"/>
        <source>The application has changes that are not saved. Leave anyway?</source>
        <translation>De aanvraag heeft wijzigingen die niet zijn opgeslagen. Toch verlaten?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="164"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="171"/>
        <source>Delete the concept “{title}”?</source>
        <translation>Het concept “{title}” verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="211"/>
        <source>Print application</source>
        <translation>Aanvraag afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="213"/>
        <location filename="../../ui/pages/subsidies/applications.py" line="224"/>
        <source>Written to {path}</source>
        <translation>Geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/applications.py" line="221"/>
        <source>Accountability report</source>
        <translation>Verantwoording</translation>
    </message>
</context>
<context>
    <name>BudgetCoverageTab</name>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="78"/>
        <source>Budget (costs)</source>
        <translation>Begroting (kosten)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="79"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="79"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="79"/>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="85"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="83"/>
        <source>Coverage plan (besides the amount requested)</source>
        <translation>Dekkingsplan (naast het gevraagde bedrag)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="84"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="84"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="154"/>
        <source>One of the amounts cannot be read; write it like 1.250,00.</source>
        <translation>Een van de bedragen is onleesbaar; schrijf het als 1.250,00.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="158"/>
        <source>Costs {budget} · coverage {coverage} (of which requested {requested})</source>
        <translation>Kosten {budget} · dekking {coverage} (waarvan gevraagd {requested})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="162"/>
        <source>balanced</source>
        <translation>sluitend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="164"/>
        <source>difference {difference}</source>
        <translation>verschil {difference}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="27"/>
        <source>Application granted</source>
        <translation>Aanvraag toegekend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="27"/>
        <source>Application rejected</source>
        <translation>Aanvraag afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="28"/>
        <source>Grant settled</source>
        <translation>Subsidie vastgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="42"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="46"/>
        <source>Date of the decision</source>
        <translation>Datum van het besluit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="50"/>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="51"/>
        <source>Interim report due</source>
        <translation>Tussentijds verslag uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="52"/>
        <source>Final report due</source>
        <translation>Eindverslag uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="57"/>
        <source>Reason given</source>
        <translation>Opgegeven reden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/decision.py" line="75"/>
        <source>{text} cannot be read</source>
        <translation>{text} is onleesbaar</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="182"/>
        <source>The documents the funder asks for, whether they are ready, and where each is kept.</source>
        <translation>De documenten die de subsidiegever vraagt, of ze klaar zijn en waar ze bewaard worden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="183"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="183"/>
        <source>Kept at</source>
        <translation>Bewaard in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="183"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>FundersTab</name>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="37"/>
        <source>Funders</source>
        <translation>Subsidiegevers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="40"/>
        <source>New funder</source>
        <translation>Nieuwe subsidiegever</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="57"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="59"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="60"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="61"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="62"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="63"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="64"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="65"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="66"/>
        <source>Application rounds (day-month)</source>
        <translation>Aanvraagrondes (dag-maand)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="70"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="71"/>
        <source>Apply weeks before the start</source>
        <translation>Aanvragen weken vóór de start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="72"/>
        <source>About the deadlines</source>
        <translation>Over de deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="73"/>
        <source>Maximum amount</source>
        <translation>Maximumbedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="74"/>
        <source>In steps of</source>
        <translation>In stappen van</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="75"/>
        <source>Never pays for</source>
        <translation>Betaalt nooit voor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="77"/>
        <source>Required documents (one per line)</source>
        <translation>Gevraagde documenten (één per regel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="80"/>
        <source>No report below</source>
        <translation>Geen verslag onder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="81"/>
        <source>Auditor&apos;s statement from</source>
        <translation>Accountantsverklaring vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="83"/>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="84"/>
        <source>any amount</source>
        <translation>elk bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="85"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="87"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="87"/>
        <source>still applies for new applications</source>
        <translation>geldt nog voor nieuwe aanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="90"/>
        <source>Thresholds decide the report: below &quot;no report&quot; the grant is settled without one; above it an activity and financial report; from the auditor&apos;s amount also an auditor&apos;s statement.</source>
        <translation>De grenzen bepalen de verantwoording: onder &quot;geen verslag&quot; wordt de subsidie zonder verslag vastgesteld; daarboven een activiteitenverslag en een financieel verslag; vanaf het accountantsbedrag ook een accountantsverklaring.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="94"/>
        <source>Save funder</source>
        <translation>Subsidiegever opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="113"/>
        <source>{name} (inactive)</source>
        <translation>{name} (niet actief)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="115"/>
        <source>next round {date}</source>
        <translation>volgende ronde {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="165"/>
        <source>{text} is not an amount</source>
        <translation>{text} is geen bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/funders.py" line="196"/>
        <source>Please correct the marked fields.</source>
        <translation>Verbeter de gemarkeerde velden.</translation>
    </message>
</context>
<context>
    <name>SubsidiesPage</name>
    <message>
        <location filename="../../ui/pages/subsidies/page.py" line="22"/>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/page.py" line="28"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/page.py" line="29"/>
        <source>Funders</source>
        <translation>Subsidiegevers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/page.py" line="30"/>
        <source>Annual plan</source>
        <translation>Jaarplan</translation>
    </message>
</context>
<context>
    <name>SubsidyExports</name>
    <message>
        <location filename="../../ui/pages/subsidies/exports.py" line="37"/>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/exports.py" line="41"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SubsidyReports</name>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="23"/>
        <source>Choose an application</source>
        <translation>Kies een aanvraag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="23"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="31"/>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="36"/>
        <source>Application PDF</source>
        <translation>Aanvraag als pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="45"/>
        <source>Accountability report</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="52"/>
        <location filename="../../ui/pages/subsidies/reports.py" line="54"/>
        <source>Annual plan</source>
        <translation>Jaarplan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="52"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="58"/>
        <source>Subsidy application (PDF)</source>
        <translation>Subsidieaanvraag (pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="59"/>
        <source>An application with letterhead, budget, coverage plan and signature block, to send to a fund.</source>
        <translation>Een aanvraag met briefhoofd, begroting, dekkingsplan en ondertekening, om naar een fonds te sturen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="61"/>
        <source>Accountability report (PDF)</source>
        <translation>Verantwoording (pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="62"/>
        <source>Activities, participants, volunteer hours and budget against actual costs of a granted application.</source>
        <translation>Activiteiten, deelnemers, vrijwilligersuren en begroting tegenover werkelijke kosten van een toegekende aanvraag.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="64"/>
        <source>Accountability figures (Excel)</source>
        <translation>Cijfers van de verantwoording (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="65"/>
        <source>The same figures as a workbook: budget and actuals, every cost, every activity.</source>
        <translation>Dezelfde cijfers als werkmap: begroting en realisatie, alle kosten, alle activiteiten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="67"/>
        <source>Annual plan (PDF)</source>
        <translation>Jaarplan (pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/reports.py" line="68"/>
        <source>Themes and working groups with their goals, actions, owners and budget.</source>
        <translation>Thema&apos;s en werkgroepen met hun doelen, acties, actiehouders en begroting.</translation>
    </message>
</context>
<context>
    <name>SubsidyTables</name>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="38"/>
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/subsidies/line_tables.py" line="41"/>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
</context>
</TS>
