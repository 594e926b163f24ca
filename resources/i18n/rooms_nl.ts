<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>BookingDialog</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Actual participants</source>
            <translation>Werkelijke deelnemers</translation>
        </message>
        <message>
            <source>And %1 more.</source>
            <translation>En nog %1.</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Boeking</translation>
        </message>
        <message>
            <source>Buffers</source>
            <translation>Op- en afbouw</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Boeking annuleren</translation>
        </message>
        <message>
            <source>Cancel booking…</source>
            <translation>Boeking annuleren…</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>Geannuleerd: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>District calendar</source>
            <translation>Wijkagenda</translation>
        </message>
        <message>
            <source>Expected participants</source>
            <translation>Verwachte deelnemers</translation>
        </message>
        <message>
            <source>Moved from %1.</source>
            <translation>Verplaatst van %1.</translation>
        </message>
        <message>
            <source>New booking</source>
            <translation>Nieuwe boeking</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>On the poster of the week and in the district week of every centre. Another centre's public activity on the same evening is pointed out below as soon as you tick this.</source>
            <translation>Op de affiche van de week en in de wijkweek van alle centra. Heeft een ander centrum dezelfde avond een openbare activiteit, dan ziet u dat hieronder zodra u dit aanvinkt.</translation>
        </message>
        <message>
            <source>Part of a series: %1.</source>
            <translation>Hoort bij een reeks: %1.</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prijs</translation>
        </message>
        <message>
            <source>Price: %1 (%2 × %3)</source>
            <translation>Prijs: %1 (%2 × %3)</translation>
        </message>
        <message>
            <source>Public activity (district calendar)</source>
            <translation>Openbare activiteit (wijkagenda)</translation>
        </message>
        <message>
            <source>Reason for the cancellation:</source>
            <translation>Reden van de annulering:</translation>
        </message>
        <message>
            <source>Renter</source>
            <translation>Huurder</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Zaal</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Save booking</source>
            <translation>Boeking opslaan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The booking is saved. Note:</source>
            <translation>De boeking is opgeslagen. Let op:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Turn into a series</source>
            <translation>Maak er een reeks van</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Werkgroep</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>clean-up</source>
            <translation>afbouw</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bevestigd</translation>
        </message>
        <message>
            <source>option</source>
            <translation>optie</translation>
        </message>
        <message>
            <source>per day part</source>
            <translation>per dagdeel</translation>
        </message>
        <message>
            <source>per hour</source>
            <translation>per uur</translation>
        </message>
        <message>
            <source>set-up</source>
            <translation>opbouw</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— geen —</translation>
        </message>
    </context>
    <context>
        <name>BookingScope</name>
        <message>
            <source>All dates</source>
            <translation>Alle datums</translation>
        </message>
        <message>
            <source>Only this date</source>
            <translation>Alleen deze datum</translation>
        </message>
        <message>
            <source>This and the following dates</source>
            <translation>Deze en de volgende datums</translation>
        </message>
        <message>
            <source>This booking is part of a series. Which dates?</source>
            <translation>Deze boeking hoort bij een reeks. Welke datums?</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <source>%1 closed</source>
            <translation>%1 dicht</translation>
        </message>
        <message>
            <source>Add a room first</source>
            <translation>Voeg eerst een zaal toe</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>New booking…</source>
            <translation>Nieuwe boeking…</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <source>Next (→ or Page Down)</source>
            <translation>Volgende (→ of Page Down)</translation>
        </message>
        <message>
            <source>No rooms yet. Add your rooms on the Rooms and tariffs tab; then click an empty slot here to book.</source>
            <translation>Nog geen zalen. Voeg uw zalen toe op het tabblad Zalen en tarieven; klik daarna hier op een leeg vak om te boeken.</translation>
        </message>
        <message>
            <source>Only a coordinator or an administrator books rooms</source>
            <translation>Alleen een coördinator of beheerder boekt zalen</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Vorige</translation>
        </message>
        <message>
            <source>Previous (← or Page Up)</source>
            <translation>Vorige (← of Page Up)</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Zaal</translation>
        </message>
        <message>
            <source>Solid: confirmed · dashed and pale: option · grey and struck through: cancelled · hatched: closed · light band: set-up and clean-up. Click an empty slot to book it.</source>
            <translation>Vol: bevestigd · gestreept en licht: optie · grijs en doorgestreept: geannuleerd · gearceerd: gesloten · lichte band: op- en afbouw. Klik op een leeg vak om het te boeken.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Today (Home or T)</source>
            <translation>Vandaag (Home of T)</translation>
        </message>
        <message>
            <source>Week %1 · %2</source>
            <translation>Week %1 · %2</translation>
        </message>
        <message>
            <source>Week %1: %2 – %3</source>
            <translation>Week %1: %2 – %3</translation>
        </message>
        <message>
            <source>Week, all rooms</source>
            <translation>Week, alle zalen</translation>
        </message>
        <message>
            <source>Week, one room</source>
            <translation>Week, één zaal</translation>
        </message>
    </context>
    <context>
        <name>ClashDialog</name>
        <message>
            <source>%1 of the %2 dates cannot be booked:</source>
            <translation>%1 van de %2 datums kunnen niet worden geboekt:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message numerus="yes">
            <source>Book the other %n dates</source>
            <translation>
                <numerusform>Boek de andere datum</numerusform>
                <numerusform>Boek de andere %n datums</numerusform>
            </translation>
        </message>
        <message>
            <source>Some dates clash</source>
            <translation>Sommige datums botsen</translation>
        </message>
    </context>
    <context>
        <name>ClosingDaysTab</name>
        <message>
            <source>A public holiday cannot be removed; switch Liberation Day off in Settings.</source>
            <translation>Een feestdag kunt u niet verwijderen; zet Bevrijdingsdag uit bij Instellingen.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Booking cancelled: %1</source>
            <translation>Boeking geannuleerd: %1</translation>
        </message>
        <message>
            <source>Close the centre or one room</source>
            <translation>Het centrum of één zaal sluiten</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Dicht</translation>
        </message>
        <message>
            <source>Closing days</source>
            <translation>Sluitingsdagen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Invoice %1 holds a booking that is now cancelled. Ask the treasurer to make a credit invoice.</source>
            <translation>Op factuur %1 staat een boeking die nu geannuleerd is. Vraag de penningmeester een creditfactuur te maken.</translation>
        </message>
        <message>
            <source>Invoice %1 holds a booking that is now cancelled. Make a credit invoice for it now?</source>
            <translation>Op factuur %1 staat een boeking die nu geannuleerd is. Nu een creditfactuur maken?</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>No closures of your own this year. Add one below: the summer weeks, a renovation, or the maintenance of one room.</source>
            <translation>Dit jaar nog geen eigen sluitingen. Voeg er hieronder een toe: de zomerweken, een verbouwing of het onderhoud van één zaal.</translation>
        </message>
        <message>
            <source>Only a coordinator or an administrator manages closing days</source>
            <translation>Alleen een coördinator of beheerder beheert sluitingsdagen</translation>
        </message>
        <message>
            <source>Public holidays come from the Dutch calendar by themselves; Liberation Day every year is a setting.</source>
            <translation>Feestdagen komen vanzelf uit de Nederlandse kalender; Bevrijdingsdag elk jaar is een instelling.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>Selectie verwijderen</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Wijzigingen opslaan</translation>
        </message>
        <message>
            <source>Select one of your own closures in the list first</source>
            <translation>Kies eerst een eigen sluiting in de lijst</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>e.g. summer closure</source>
            <translation>bijv. zomersluiting</translation>
        </message>
        <message>
            <source>own closure</source>
            <translation>eigen sluiting</translation>
        </message>
        <message>
            <source>public holiday</source>
            <translation>feestdag</translation>
        </message>
        <message>
            <source>to</source>
            <translation>t/m</translation>
        </message>
        <message>
            <source>whole centre</source>
            <translation>hele centrum</translation>
        </message>
    </context>
    <context>
        <name>ClosureHitsDialog</name>
        <message numerus="yes">
            <source>%n booking(s) fall on these days. Checked bookings are cancelled with the reason below (a series keeps its other dates); unchecked bookings stay booked and the closure leaves them out.</source>
            <translation>
                <numerusform>Er valt %n boeking op deze dagen. Een aangevinkte boeking wordt geannuleerd met de reden hieronder (een reeks houdt haar andere data); een niet-aangevinkte boeking blijft staan en de sluiting laat haar buiten beschouwing.</numerusform>
                <numerusform>Er vallen %n boekingen op deze dagen. Aangevinkte boekingen worden geannuleerd met de reden hieronder (een reeks houdt haar andere data); niet-aangevinkte boekingen blijven staan en de sluiting laat ze buiten beschouwing.</numerusform>
            </translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Bookings on the closed days</source>
            <translation>Boekingen op de gesloten dagen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message numerus="yes">
            <source>Close and cancel %n booking(s)</source>
            <translation>
                <numerusform>Sluiten en %n boeking annuleren</numerusform>
                <numerusform>Sluiten en %n boekingen annuleren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Close and keep all %n booking(s)</source>
            <translation>
                <numerusform>Sluiten en %n boeking laten staan</numerusform>
                <numerusform>Sluiten en alle %n boekingen laten staan</numerusform>
            </translation>
        </message>
        <message>
            <source>Close, cancel %1 and keep %2</source>
            <translation>Sluiten, %1 annuleren en %2 laten staan</translation>
        </message>
        <message>
            <source>Give a reason for the cancellation first</source>
            <translation>Geef eerst een reden voor de annulering</translation>
        </message>
        <message>
            <source>Give a reason for the cancellation.</source>
            <translation>Geef een reden voor de annulering.</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Factuur</translation>
        </message>
        <message>
            <source>Reason for the cancellation (the renter sees it)</source>
            <translation>Reden van de annulering (de huurder ziet die)</translation>
        </message>
        <message>
            <source>Renter</source>
            <translation>Huurder</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>Wanneer en waar</translation>
        </message>
        <message>
            <source>cancel</source>
            <translation>annuleren</translation>
        </message>
        <message>
            <source>invoice %1 (final)</source>
            <translation>factuur %1 (definitief)</translation>
        </message>
        <message>
            <source>not invoiced</source>
            <translation>niet gefactureerd</translation>
        </message>
        <message>
            <source>on a concept invoice</source>
            <translation>op een conceptfactuur</translation>
        </message>
    </context>
    <context>
        <name>DistrictWeekTab</name>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centrum</translation>
        </message>
        <message>
            <source>Day and time</source>
            <translation>Dag en tijd</translation>
        </message>
        <message>
            <source>District week</source>
            <translation>Wijkweek</translation>
        </message>
        <message>
            <source>Every booking of every centre of the organisation, per day.</source>
            <translation>Alle boekingen van alle centra van de organisatie, per dag.</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Volgende week</translation>
        </message>
        <message>
            <source>No public activities in this week.</source>
            <translation>Geen openbare activiteiten in deze week.</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Vorige week</translation>
        </message>
        <message>
            <source>Print (PDF)…</source>
            <translation>Afdrukken (pdf)…</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Zaal</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Opgeslagen als %1</translation>
        </message>
        <message>
            <source>The public activities of every centre of the organisation, per day: plan an evening where the neighbourhood is not expected elsewhere.</source>
            <translation>De openbare activiteiten van alle centra van de organisatie, per dag: plan een avond waarop de buurt niet ergens anders verwacht wordt.</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Week %1: %2 – %3</source>
            <translation>Week %1: %2 – %3</translation>
        </message>
    </context>
    <context>
        <name>FreeSearchTab</name>
        <message>
            <source> people or more</source>
            <translation> personen of meer</translation>
        </message>
        <message numerus="yes">
            <source>%n free slot(s)</source>
            <translation>
                <numerusform>%n vrij moment</numerusform>
                <numerusform>%n vrije momenten</numerusform>
            </translation>
        </message>
        <message>
            <source>Buffers of the room and of other bookings are kept free. Double-click a result to book it.</source>
            <translation>De op- en afbouwtijd van de zaal en van andere boekingen blijft vrij. Dubbelklik op een resultaat om het te boeken.</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capaciteit</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Free from</source>
            <translation>Vrij vanaf</translation>
        </message>
        <message>
            <source>Free until</source>
            <translation>Vrij tot</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Length (hours)</source>
            <translation>Duur (uren)</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Zaal</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>any room</source>
            <translation>elke zaal</translation>
        </message>
    </context>
    <context>
        <name>InvoicesTab</name>
        <message>
            <source>%1 invoices, %2 concepts; %3 still to be paid.</source>
            <translation>%1 facturen, %2 concepten; nog te ontvangen %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n concept invoice(s) made.</source>
            <translation>
                <numerusform>%n conceptfactuur gemaakt.</numerusform>
                <numerusform>%n conceptfacturen gemaakt.</numerusform>
            </translation>
        </message>
        <message>
            <source>(concept)</source>
            <translation>(concept)</translation>
        </message>
        <message>
            <source>A final invoice gets its number and can no longer be changed. Continue?</source>
            <translation>Een definitieve factuur krijgt zijn nummer en kan daarna niet meer worden gewijzigd. Doorgaan?</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Credit invoice</source>
            <translation>Factuur crediteren</translation>
        </message>
        <message>
            <source>Credit…</source>
            <translation>Crediteren…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Delete concept</source>
            <translation>Concept verwijderen</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Make concept invoices</source>
            <translation>Conceptfacturen maken</translation>
        </message>
        <message>
            <source>Make final</source>
            <translation>Definitief maken</translation>
        </message>
        <message>
            <source>Making concept invoices…</source>
            <translation>Conceptfacturen maken…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>No invoices in this period. Make the concepts for a period above; the centre's details (Settings → Centre) are on every invoice.</source>
            <translation>Geen facturen in deze periode. Maak hierboven de concepten voor een periode; de gegevens van het centrum (Instellingen → Centrum) staan op elke factuur.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Only a concept can be deleted; a final invoice is credited</source>
            <translation>Alleen een concept kan worden verwijderd; een definitieve factuur wordt gecrediteerd</translation>
        </message>
        <message>
            <source>Only a concept can be made final</source>
            <translation>Alleen een concept kan definitief worden gemaakt</translation>
        </message>
        <message>
            <source>Only a final invoice can be credited</source>
            <translation>Alleen een definitieve factuur kan worden gecrediteerd</translation>
        </message>
        <message>
            <source>Only a final invoice that is not yet paid</source>
            <translation>Alleen een definitieve factuur die nog niet betaald is</translation>
        </message>
        <message>
            <source>Only bookings up to today</source>
            <translation>Alleen boekingen tot en met vandaag</translation>
        </message>
        <message>
            <source>Only the treasurer or an administrator handles invoices</source>
            <translation>Alleen de penningmeester of beheerder handelt facturen af</translation>
        </message>
        <message>
            <source>Otherwise later bookings in the period are billed in advance (the invoice says so).</source>
            <translation>Anders worden latere boekingen in de periode vooraf gefactureerd (dat staat op de factuur).</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <source>Paid today</source>
            <translation>Vandaag betaald</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <source>Renter</source>
            <translation>Huurder</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Opslaan als pdf…</translation>
        </message>
        <message>
            <source>Save invoice</source>
            <translation>Factuur opslaan</translation>
        </message>
        <message>
            <source>Select an invoice in the list first</source>
            <translation>Kies eerst een factuur in de lijst</translation>
        </message>
        <message>
            <source>Why is the invoice credited?</source>
            <translation>Waarom wordt de factuur gecrediteerd?</translation>
        </message>
        <message>
            <source>credit invoice</source>
            <translation>creditfactuur</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>factuur</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message numerus="yes">
            <source>+ %n more</source>
            <translation>
                <numerusform>+ nog %n</numerusform>
                <numerusform>+ nog %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Month overview</source>
            <translation>Maandoverzicht</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceBox</name>
        <message>
            <source>1st</source>
            <translation>1e</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>2e</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>3e</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>4e</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Eindigt</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Hoe vaak</translation>
        </message>
        <message>
            <source>Interval</source>
            <translation>Tussenpoos</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Op</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Herhalen</translation>
        </message>
        <message>
            <source>Which one</source>
            <translation>Welke</translation>
        </message>
        <message>
            <source>a number of times</source>
            <translation>een aantal keer</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>dagelijks</translation>
        </message>
        <message>
            <source>every </source>
            <translation>elke </translation>
        </message>
        <message>
            <source>last</source>
            <translation>laatste</translation>
        </message>
        <message>
            <source>monthly on a weekday (e.g. 2nd Tuesday)</source>
            <translation>maandelijks op een weekdag (bijv. 2e dinsdag)</translation>
        </message>
        <message>
            <source>monthly on the date</source>
            <translation>maandelijks op de datum</translation>
        </message>
        <message>
            <source>until the date</source>
            <translation>tot en met de datum</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>wekelijks</translation>
        </message>
    </context>
    <context>
        <name>RentersTab</name>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contactpersoon</translation>
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
            <source>Invoice e-mail</source>
            <translation>E-mail voor facturen</translation>
        </message>
        <message>
            <source>Invoice to</source>
            <translation>Factuur aan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>New renter</source>
            <translation>Nieuwe huurder</translation>
        </message>
        <message>
            <source>No renters yet. Fill in the form with the groups and people who rent your rooms and choose Save renter.</source>
            <translation>Nog geen huurders. Vul het formulier in met de groepen en mensen die uw zalen huren en kies Huurder opslaan.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Renter</source>
            <translation>Huurder</translation>
        </message>
        <message>
            <source>Save renter</source>
            <translation>Huurder opslaan</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Werkgroep</translation>
        </message>
        <message>
            <source>company</source>
            <translation>bedrijf</translation>
        </message>
        <message>
            <source>neighbourhood group</source>
            <translation>buurtgroep</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisatie</translation>
        </message>
        <message>
            <source>private person</source>
            <translation>particulier</translation>
        </message>
        <message>
            <source>working group of the centre</source>
            <translation>werkgroep van het buurthuis</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— geen —</translation>
        </message>
    </context>
    <context>
        <name>RoomReports</name>
        <message>
            <source>Calendar file</source>
            <translation>Agendabestand</translation>
        </message>
        <message>
            <source>Calendar file (iCalendar)</source>
            <translation>Agendabestand (iCalendar)</translation>
        </message>
        <message>
            <source>District figures</source>
            <translation>Wijkcijfers</translation>
        </message>
        <message>
            <source>District figures this year (Excel)</source>
            <translation>Wijkcijfers dit jaar (Excel)</translation>
        </message>
        <message>
            <source>District week</source>
            <translation>Wijkweek</translation>
        </message>
        <message>
            <source>District week (PDF)</source>
            <translation>Wijkweek (pdf)</translation>
        </message>
        <message>
            <source>Door sign</source>
            <translation>Deurbordje</translation>
        </message>
        <message>
            <source>Door sign (PDF)</source>
            <translation>Deurbordje (pdf)</translation>
        </message>
        <message>
            <source>Every booking, for Outlook, Google Calendar or Apple Calendar.</source>
            <translation>Alle boekingen, voor Outlook, Google Agenda of Apple Agenda.</translation>
        </message>
        <message>
            <source>Every centre on its own sheet (hours booked per room, allowances paid, subsidy budgets) and a sheet with the totals.</source>
            <translation>Elk centrum op een eigen blad (uren geboekt per zaal, uitbetaalde vergoedingen, subsidiebegrotingen) en een blad met de totalen.</translation>
        </message>
        <message>
            <source>Invoiced rent per renter and room.</source>
            <translation>Gefactureerde huur per huurder en zaal.</translation>
        </message>
        <message>
            <source>Occupancy</source>
            <translation>Bezetting</translation>
        </message>
        <message>
            <source>Occupancy this year (Excel)</source>
            <translation>Bezetting dit jaar (Excel)</translation>
        </message>
        <message>
            <source>Per room per month: hours booked, hours open and the occupancy rate, with a chart.</source>
            <translation>Per zaal per maand: uren geboekt, uren open en de bezettingsgraad, met een grafiek.</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>Poster 'This week at the community centre' (PDF)</source>
            <translation>Poster 'Deze week in het buurthuis' (pdf)</translation>
        </message>
        <message>
            <source>Rental income</source>
            <translation>Huuropbrengst</translation>
        </message>
        <message>
            <source>Rental income this year (Excel)</source>
            <translation>Huuropbrengst dit jaar (Excel)</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Zaal</translation>
        </message>
        <message>
            <source>Rooms and bookings</source>
            <translation>Zalen en boekingen</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Opgeslagen als %1</translation>
        </message>
        <message>
            <source>The public activities of every centre this week, per day.</source>
            <translation>De openbare activiteiten van alle centra deze week, per dag.</translation>
        </message>
        <message>
            <source>The public activities of this week, for the foyer.</source>
            <translation>De openbare activiteiten van deze week, voor in de hal.</translation>
        </message>
        <message>
            <source>This week across all rooms on A4 landscape, for the office wall.</source>
            <translation>Deze week van alle zalen op A4 liggend, voor aan de muur van het kantoor.</translation>
        </message>
        <message>
            <source>Today's bookings of one room, for its door.</source>
            <translation>De boekingen van vandaag van één zaal, voor op de deur.</translation>
        </message>
        <message>
            <source>Week schedule</source>
            <translation>Weekrooster</translation>
        </message>
        <message>
            <source>Week schedule (PDF)</source>
            <translation>Weekrooster (pdf)</translation>
        </message>
    </context>
    <context>
        <name>RoomSettingsTab</name>
        <message>
            <source> days</source>
            <translation> dagen</translation>
        </message>
        <message>
            <source>Closed on Liberation Day (5 May) every year</source>
            <translation>Elk jaar gesloten op Bevrijdingsdag (5 mei)</translation>
        </message>
        <message>
            <source>Liberation Day</source>
            <translation>Bevrijdingsdag</translation>
        </message>
        <message>
            <source>Payment term</source>
            <translation>Betaaltermijn</translation>
        </message>
        <message>
            <source>Renters pay this share of the commercial tariff, unless a room has a tariff of its own for their category.</source>
            <translation>Huurders betalen dit deel van het commerciële tarief, tenzij een zaal een eigen tarief voor hun categorie heeft.</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Zalen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>VAT number on invoices</source>
            <translation>Btw-nummer op facturen</translation>
        </message>
        <message>
            <source>empty: exempt from VAT</source>
            <translation>leeg: vrijgesteld van btw</translation>
        </message>
    </context>
    <context>
        <name>RoomsPage</name>
        <message>
            <source>Calendar</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Closing days</source>
            <translation>Sluitingsdagen</translation>
        </message>
        <message>
            <source>District week</source>
            <translation>Wijkweek</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Facturen</translation>
        </message>
        <message>
            <source>Renters</source>
            <translation>Huurders</translation>
        </message>
        <message>
            <source>Rooms &amp; bookings</source>
            <translation>Zalen &amp; boekingen</translation>
        </message>
        <message>
            <source>Rooms and tariffs</source>
            <translation>Zalen en tarieven</translation>
        </message>
        <message>
            <source>What is free?</source>
            <translation>Wat is er vrij?</translation>
        </message>
    </context>
    <context>
        <name>RoomsTab</name>
        <message>
            <source>%1: write an amount like 12,50</source>
            <translation>%1: schrijf een bedrag als 12,50</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capaciteit</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Clean-up (min)</source>
            <translation>Afbouw (min)</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kleur</translation>
        </message>
        <message>
            <source>Day parts</source>
            <translation>Dagdelen</translation>
        </message>
        <message>
            <source>Empty: the commercial tariff times this category's percentage (Settings)</source>
            <translation>Leeg: het commerciële tarief maal het percentage van deze categorie (Instellingen)</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>Voorzieningen</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In gebruik</translation>
        </message>
        <message>
            <source>Leave a category empty to use the commercial tariff times the category's percentage (Settings).</source>
            <translation>Laat een categorie leeg om het commerciële tarief maal het percentage van de categorie te gebruiken (Instellingen).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>New room</source>
            <translation>Nieuwe zaal</translation>
        </message>
        <message>
            <source>No rooms yet. Fill in the form on the right and choose Save room; then give the room its tariffs.</source>
            <translation>Nog geen zalen. Vul rechts het formulier in en kies Zaal opslaan; geef de zaal daarna haar tarieven.</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Openingstijden</translation>
        </message>
        <message>
            <source>Per day part</source>
            <translation>Per dagdeel</translation>
        </message>
        <message>
            <source>Per hour</source>
            <translation>Per uur</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Zaal</translation>
        </message>
        <message>
            <source>Save room</source>
            <translation>Zaal opslaan</translation>
        </message>
        <message>
            <source>Save tariffs</source>
            <translation>Tarieven opslaan</translation>
        </message>
        <message>
            <source>Save the new room first; then you can give it tariffs.</source>
            <translation>Sla de nieuwe zaal eerst op; daarna kunt u de tarieven invullen.</translation>
        </message>
        <message>
            <source>Set-up (min)</source>
            <translation>Opbouw (min)</translation>
        </message>
        <message>
            <source>Tariffs</source>
            <translation>Tarieven</translation>
        </message>
        <message>
            <source>percentage</source>
            <translation>percentage</translation>
        </message>
    </context>
    <context>
        <name>TimeGrid</name>
        <message>
            <source>Calendar</source>
            <translation>Agenda</translation>
        </message>
    </context>
</TS>
