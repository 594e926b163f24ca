<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="72"/>
        <source>Booking</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="72"/>
        <source>New booking</source>
        <translation>Nieuwe boeking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="84"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="88"/>
        <source>Renter</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="89"/>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="95"/>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="94"/>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="98"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="99"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="114"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="126"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="127"/>
        <source>set-up</source>
        <translation>opbouw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="129"/>
        <source>clean-up</source>
        <translation>afbouw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="131"/>
        <source>Buffers</source>
        <translation>Op- en afbouw</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="133"/>
        <source>option</source>
        <translation>optie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="134"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="136"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="137"/>
        <source>Expected participants</source>
        <translation>Verwachte deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="138"/>
        <source>Actual participants</source>
        <translation>Werkelijke deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="141"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="143"/>
        <source>Public (on the poster)</source>
        <translation>Openbaar (op de poster)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="144"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="145"/>
        <source>per hour</source>
        <translation>per uur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="146"/>
        <source>per day part</source>
        <translation>per dagdeel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="150"/>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="163"/>
        <source>Cancelled: %1</source>
        <translation>Geannuleerd: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="166"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="169"/>
        <source>Cancel booking…</source>
        <translation>Boeking annuleren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="171"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="221"/>
        <source>Part of a series: %1.</source>
        <translation>Hoort bij een reeks: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="223"/>
        <source>Moved from %1.</source>
        <translation>Verplaatst van %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="227"/>
        <source>Turn into a series</source>
        <translation>Maak er een reeks van</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="246"/>
        <source>Price: %1 (%2 × %3)</source>
        <translation>Prijs: %1 (%2 × %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="295"/>
        <source>Save booking</source>
        <translation>Boeking opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="321"/>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="324"/>
        <source>Cancel booking</source>
        <translation>Boeking annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/booking_dialog.py" line="324"/>
        <source>Reason for the cancellation:</source>
        <translation>Reden van de annulering:</translation>
    </message>
</context>
<context>
    <name>BookingScope</name>
    <message>
        <location filename="../../ui/pages/rooms/series_questions.py" line="48"/>
        <source>This booking is part of a series. Which dates?</source>
        <translation>Deze boeking hoort bij een reeks. Welke datums?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/series_questions.py" line="49"/>
        <source>Only this date</source>
        <translation>Alleen deze datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/series_questions.py" line="50"/>
        <source>This and the following dates</source>
        <translation>Deze en de volgende datums</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/series_questions.py" line="51"/>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="49"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="50"/>
        <source>Previous (← or Page Up)</source>
        <translation>Vorige (← of Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="51"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="53"/>
        <source>Today (Home or T)</source>
        <translation>Vandaag (Home of T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="56"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="57"/>
        <source>Next (→ or Page Down)</source>
        <translation>Volgende (→ of Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="65"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="65"/>
        <source>Week, all rooms</source>
        <translation>Week, alle zalen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="66"/>
        <source>Week, one room</source>
        <translation>Week, één zaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="66"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="80"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="83"/>
        <source>New booking…</source>
        <translation>Nieuwe boeking…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="95"/>
        <source>Solid: confirmed · dashed and pale: option · grey and struck through: cancelled · hatched: closed · light band: set-up and clean-up. Click an empty slot to book it.</source>
        <translation>Vol: bevestigd · gestreept en licht: optie · grijs en doorgestreept: geannuleerd · gearceerd: gesloten · lichte band: op- en afbouw. Klik op een leeg vak om het te boeken.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="190"/>
        <source>Week %1 · %2</source>
        <translation>Week %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="196"/>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <location filename="../../ui/pages/rooms/series_questions.py" line="22"/>
        <source>Some dates clash</source>
        <translation>Sommige datums botsen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/series_questions.py" line="24"/>
        <source>%1 of the %2 dates cannot be booked:</source>
        <translation>%1 van de %2 datums kunnen niet worden geboekt:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/rooms/series_questions.py" line="32"/>
        <source>Book the other %n dates</source>
        <translation>
            <numerusform>Boek de andere datum</numerusform>
            <numerusform>Boek de andere %n datums</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/series_questions.py" line="35"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ClosingDaysTab</name>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="42"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="47"/>
        <location filename="../../ui/pages/rooms/closing_days.py" line="72"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="48"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="49"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="50"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="50"/>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="50"/>
        <source>closure of the centre</source>
        <translation>sluiting van het buurthuis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="55"/>
        <source>Close the centre</source>
        <translation>Buurthuis sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="67"/>
        <source>e.g. summer closure</source>
        <translation>bijv. zomersluiting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="68"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="70"/>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="72"/>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="76"/>
        <source>Public holidays come from the Dutch calendar by themselves; Liberation Day every year is a setting.</source>
        <translation>Feestdagen komen vanzelf uit de Nederlandse kalender; Bevrijdingsdag elk jaar is een instelling.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="106"/>
        <source>Closing days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/closing_days.py" line="106"/>
        <source>A public holiday cannot be removed; switch Liberation Day off in Settings.</source>
        <translation>Een feestdag kunt u niet verwijderen; zet Bevrijdingsdag uit bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>FreeSearchTab</name>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="43"/>
        <location filename="../../ui/pages/rooms/free_search.py" line="79"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="47"/>
        <source> people or more</source>
        <translation> personen of meer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="48"/>
        <location filename="../../ui/pages/rooms/free_search.py" line="80"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="57"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="58"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="62"/>
        <source>Length (hours)</source>
        <translation>Duur (uren)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="63"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="67"/>
        <source>Buffers of the room and of other bookings are kept free. Double-click a result to book it.</source>
        <translation>De op- en afbouwtijd van de zaal en van andere boekingen blijft vrij. Dubbelklik op een resultaat om het te boeken.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="81"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="83"/>
        <source>Free from</source>
        <translation>Vrij vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="84"/>
        <source>Free until</source>
        <translation>Vrij tot</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/free_search.py" line="98"/>
        <source>any room</source>
        <translation>elke zaal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/rooms/free_search.py" line="115"/>
        <source>%n free slot(s)</source>
        <translation>
            <numerusform>%n vrij moment</numerusform>
            <numerusform>%n vrije momenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="44"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="45"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="56"/>
        <source>Make concept invoices</source>
        <translation>Conceptfacturen maken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="58"/>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="68"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="65"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="65"/>
        <source>(concept)</source>
        <translation>(concept)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="66"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="66"/>
        <source>credit invoice</source>
        <translation>creditfactuur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="66"/>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="67"/>
        <source>Renter</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="69"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="70"/>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="72"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="73"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="85"/>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="139"/>
        <source>Make final</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="87"/>
        <source>Credit…</source>
        <translation>Crediteren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="89"/>
        <source>Paid today</source>
        <translation>Vandaag betaald</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="91"/>
        <source>Delete concept</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="93"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="114"/>
        <source>%1 invoices, %2 concepts; %3 still to be paid.</source>
        <translation>%1 facturen, %2 concepten; nog te ontvangen %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="130"/>
        <source>%n concept invoice(s) made.</source>
        <translation>
            <numerusform>%n conceptfactuur gemaakt.</numerusform>
            <numerusform>%n conceptfacturen gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="140"/>
        <source>A final invoice gets its number and can no longer be changed. Continue?</source>
        <translation>Een definitieve factuur krijgt zijn nummer en kan daarna niet meer worden gewijzigd. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="145"/>
        <source>Credit invoice</source>
        <translation>Factuur crediteren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="145"/>
        <source>Why is the invoice credited?</source>
        <translation>Waarom wordt de factuur gecrediteerd?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/invoices_tab.py" line="165"/>
        <source>Save invoice</source>
        <translation>Factuur opslaan</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../ui/pages/rooms/calendar_view.py" line="235"/>
        <source>Month overview</source>
        <translation>Maandoverzicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/rooms/calendar_view.py" line="288"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ nog %n</numerusform>
            <numerusform>+ nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceBox</name>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="31"/>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="38"/>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="39"/>
        <source>monthly on the date</source>
        <translation>maandelijks op de datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="40"/>
        <source>monthly on a weekday (e.g. 2nd Tuesday)</source>
        <translation>maandelijks op een weekdag (bijv. 2e dinsdag)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="41"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="42"/>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="46"/>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="47"/>
        <source>Interval</source>
        <translation>Tussenpoos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="57"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="60"/>
        <source>1st</source>
        <translation>1e</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="60"/>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="60"/>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="60"/>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="60"/>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="62"/>
        <source>Which one</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="65"/>
        <source>until the date</source>
        <translation>tot en met de datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="66"/>
        <source>a number of times</source>
        <translation>een aantal keer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/recurrence_editor.py" line="81"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
</context>
<context>
    <name>RentersTab</name>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="76"/>
        <location filename="../../ui/pages/rooms/manage.py" line="89"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="77"/>
        <location filename="../../ui/pages/rooms/manage.py" line="90"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="78"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="79"/>
        <location filename="../../ui/pages/rooms/manage.py" line="98"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="85"/>
        <source>Renter</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="93"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="94"/>
        <source>neighbourhood group</source>
        <translation>buurtgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="94"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="94"/>
        <source>private person</source>
        <translation>particulier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="95"/>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="95"/>
        <source>working group of the centre</source>
        <translation>werkgroep van het buurthuis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="97"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="99"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="100"/>
        <source>Invoice to</source>
        <translation>Factuur aan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="101"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="102"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="103"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="104"/>
        <source>Invoice e-mail</source>
        <translation>E-mail voor facturen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="105"/>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="106"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="108"/>
        <source>New renter</source>
        <translation>Nieuwe huurder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="108"/>
        <source>Save renter</source>
        <translation>Huurder opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="120"/>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
</context>
<context>
    <name>RoomReports</name>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="31"/>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="40"/>
        <source>Week schedule</source>
        <translation>Weekrooster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="47"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="56"/>
        <source>Door sign</source>
        <translation>Deurbordje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="57"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="65"/>
        <source>Calendar file</source>
        <translation>Agendabestand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="72"/>
        <source>Occupancy</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="79"/>
        <source>Rental income</source>
        <translation>Huuropbrengst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="84"/>
        <source>Rooms and bookings</source>
        <translation>Zalen en boekingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="86"/>
        <source>Week schedule (PDF)</source>
        <translation>Weekrooster (pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="87"/>
        <source>This week across all rooms on A4 landscape, for the office wall.</source>
        <translation>Deze week van alle zalen op A4 liggend, voor aan de muur van het kantoor.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="89"/>
        <source>Poster &apos;This week at the community centre&apos; (PDF)</source>
        <translation>Poster &apos;Deze week in het buurthuis&apos; (pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="90"/>
        <source>The public activities of this week, for the foyer.</source>
        <translation>De openbare activiteiten van deze week, voor in de hal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="92"/>
        <source>Door sign (PDF)</source>
        <translation>Deurbordje (pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="93"/>
        <source>Today&apos;s bookings of one room, for its door.</source>
        <translation>De boekingen van vandaag van één zaal, voor op de deur.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="95"/>
        <source>Calendar file (iCalendar)</source>
        <translation>Agendabestand (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="96"/>
        <source>Every booking, for Outlook, Google Calendar or Apple Calendar.</source>
        <translation>Alle boekingen, voor Outlook, Google Agenda of Apple Agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="98"/>
        <source>Occupancy this year (Excel)</source>
        <translation>Bezetting dit jaar (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="99"/>
        <source>Per room per month: hours booked, hours open and the occupancy rate, with a chart.</source>
        <translation>Per zaal per maand: uren geboekt, uren open en de bezettingsgraad, met een grafiek.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="102"/>
        <source>Rental income this year (Excel)</source>
        <translation>Huuropbrengst dit jaar (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/reports.py" line="103"/>
        <source>Invoiced rent per renter and room.</source>
        <translation>Gefactureerde huur per huurder en zaal.</translation>
    </message>
</context>
<context>
    <name>RoomSettingsTab</name>
    <message>
        <location filename="../../ui/pages/rooms/settings_tab.py" line="24"/>
        <source>Renters pay this share of the commercial tariff, unless a room has a tariff of its own for their category.</source>
        <translation>Huurders betalen dit deel van het commerciële tarief, tenzij een zaal een eigen tarief voor hun categorie heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/settings_tab.py" line="34"/>
        <source>Closed on Liberation Day (5 May) every year</source>
        <translation>Elk jaar gesloten op Bevrijdingsdag (5 mei)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/settings_tab.py" line="36"/>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/settings_tab.py" line="40"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/settings_tab.py" line="41"/>
        <source>Payment term</source>
        <translation>Betaaltermijn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/settings_tab.py" line="42"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/settings_tab.py" line="72"/>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="238"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="239"/>
        <source>What is free?</source>
        <translation>Wat is er vrij?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="240"/>
        <source>Renters</source>
        <translation>Huurders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="241"/>
        <source>Rooms and tariffs</source>
        <translation>Zalen en tarieven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="242"/>
        <source>Closing days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/page.py" line="243"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="171"/>
        <location filename="../../ui/pages/rooms/manage.py" line="202"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="172"/>
        <location filename="../../ui/pages/rooms/manage.py" line="207"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="173"/>
        <location filename="../../ui/pages/rooms/manage.py" line="209"/>
        <source>Facilities</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="179"/>
        <source>Tariffs</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="181"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="182"/>
        <source>Per hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="183"/>
        <source>Per day part</source>
        <translation>Per dagdeel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="189"/>
        <location filename="../../ui/pages/rooms/manage.py" line="190"/>
        <source>from the percentage</source>
        <translation>volgens het percentage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="195"/>
        <source>Save tariffs</source>
        <translation>Tarieven opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="199"/>
        <source>Leave a category empty to use the commercial tariff times the category&apos;s percentage (Settings).</source>
        <translation>Laat een categorie leeg om het commerciële tarief maal het percentage van de categorie te gebruiken (Instellingen).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="206"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="210"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="211"/>
        <source>Set-up (min)</source>
        <translation>Opbouw (min)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="212"/>
        <source>Clean-up (min)</source>
        <translation>Afbouw (min)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="229"/>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="242"/>
        <source>Day parts</source>
        <translation>Dagdelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="243"/>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="245"/>
        <source>New room</source>
        <translation>Nieuwe zaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="245"/>
        <source>Save room</source>
        <translation>Zaal opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms/manage.py" line="322"/>
        <source>%1: write an amount like 12,50</source>
        <translation>%1: schrijf een bedrag als 12,50</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../ui/pages/rooms/calendar_view.py" line="56"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
</context>
</TS>
