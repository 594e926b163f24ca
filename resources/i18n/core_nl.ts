<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AddCentreDialog</name>
        <message>
            <source>Add centre</source>
            <translation>Centrum toevoegen</translation>
        </message>
        <message>
            <source>Address, bank account, contact and logo follow in the Centres tab.</source>
            <translation>Adres, bankrekening, contactpersoon en logo vult u daarna in op het tabblad Centra.</translation>
        </message>
        <message>
            <source>Name of the centre</source>
            <translation>Naam van het centrum</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Plaats</translation>
        </message>
    </context>
    <context>
        <name>CentreTab</name>
        <message>
            <source>8 digits</source>
            <translation>8 cijfers</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <source>Choose logo</source>
            <translation>Logo kiezen</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation>Logo kiezen…</translation>
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
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>KvK number</source>
            <translation>KvK-nummer</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Name of the centre</source>
            <translation>Naam van het centrum</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Geen logo</translation>
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
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Straat en huisnummer</translation>
        </message>
        <message>
            <source>These details appear on every letter, invoice and report.</source>
            <translation>Deze gegevens staan op elke brief, factuur en rapportage.</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
    </context>
    <context>
        <name>CentresTab</name>
        <message>
            <source>Add centre…</source>
            <translation>Centrum toevoegen…</translation>
        </message>
        <message>
            <source>Centres</source>
            <translation>Centra</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>The centres of the organisation. An administrator of the whole organisation adds centres and changes their details.</source>
            <translation>De centra van de organisatie. Een beheerder van de hele organisatie voegt centra toe en wijzigt hun gegevens.</translation>
        </message>
        <message>
            <source>The centres of the organisation. Each keeps its own rooms, bookings, invoices and allowances.</source>
            <translation>De centra van de organisatie. Elk centrum heeft zijn eigen zalen, boekingen, facturen en vergoedingen.</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>You changed the details of {name}. Save the changes?</source>
            <translation>U hebt de gegevens van {name} gewijzigd. Wilt u de wijzigingen opslaan?</translation>
        </message>
    </context>
    <context>
        <name>Colours</name>
        <message>
            <source>Other colour…</source>
            <translation>Andere kleur…</translation>
        </message>
        <message>
            <source>Room colour</source>
            <translation>Kleur van de zaal</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>blauw</translation>
        </message>
        <message>
            <source>brown</source>
            <translation>bruin</translation>
        </message>
        <message>
            <source>green</source>
            <translation>groen</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>grijs</translation>
        </message>
        <message>
            <source>light green</source>
            <translation>lichtgroen</translation>
        </message>
        <message>
            <source>like %1</source>
            <translation>zoals %1</translation>
        </message>
        <message>
            <source>lilac</source>
            <translation>lila</translation>
        </message>
        <message>
            <source>no colour</source>
            <translation>geen kleur</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>oranje</translation>
        </message>
        <message>
            <source>pink</source>
            <translation>roze</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>paars</translation>
        </message>
        <message>
            <source>red</source>
            <translation>rood</translation>
        </message>
        <message>
            <source>sea green</source>
            <translation>zeegroen</translation>
        </message>
        <message>
            <source>turquoise</source>
            <translation>turquoise</translation>
        </message>
        <message>
            <source>yellow</source>
            <translation>geel</translation>
        </message>
    </context>
    <context>
        <name>Form</name>
        <message>
            <source>Some fields need attention; they are marked.</source>
            <translation>Enkele velden vragen aandacht; ze zijn gemarkeerd.</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>De nieuwe taal wordt gebruikt vanaf de volgende start.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Checking…</source>
            <translation>Controleren…</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Inloggen</translation>
        </message>
        <message>
            <source>Log in with your own account to continue.</source>
            <translation>Log in met uw eigen account om verder te gaan.</translation>
        </message>
        <message>
            <source>Log in — Wijkhuis</source>
            <translation>Inloggen — Wijkhuis</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Centre</source>
            <translation>Centrum</translation>
        </message>
        <message>
            <source>Data on this computer</source>
            <translation>Gegevens op deze computer</translation>
        </message>
        <message>
            <source>Logged in as {name} ({role})</source>
            <translation>Ingelogd als {name} ({role})</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <source>Opening Wijkhuis…</source>
            <translation>Wijkhuis wordt geopend…</translation>
        </message>
        <message>
            <source>Shared data on %1</source>
            <translation>Gedeelde gegevens op %1</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>de server</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Administration</source>
            <translation>Beheer</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Bezig met tellen…</translation>
        </message>
        <message>
            <source>Open {page}</source>
            <translation>{page} openen</translation>
        </message>
        <message>
            <source>Overview — {centre}</source>
            <translation>Overzicht — {centre}</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Allowances</source>
            <translation>Vergoedingen</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <source>Rooms &amp; bookings</source>
            <translation>Zalen &amp; boekingen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Subsidies</source>
            <translation>Subsidies</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Vrijwilligers</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This part of Wijkhuis is not available yet. It comes in a next version.</source>
            <translation>Dit onderdeel van Wijkhuis is er nog niet. Het komt in een volgende versie.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Every list and document Wijkhuis makes, per part of the program. Files open in Excel or a PDF reader; nothing is sent anywhere.</source>
            <translation>Alle lijsten en documenten die Wijkhuis maakt, per onderdeel. De bestanden openen in Excel of een pdf-lezer; er wordt niets verstuurd.</translation>
        </message>
        <message>
            <source>No reports are available yet.</source>
            <translation>Er zijn nog geen rapporten beschikbaar.</translation>
        </message>
        <message>
            <source>Reports and exports</source>
            <translation>Rapporten en exports</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>administrator</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coördinator</translation>
        </message>
        <message>
            <source>read only</source>
            <translation>alleen lezen</translation>
        </message>
        <message>
            <source>treasurer</source>
            <translation>penningmeester</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>These settings hold for every centre of the organisation; an administrator of the whole organisation changes them.</source>
            <translation>Deze instellingen gelden voor alle centra van de organisatie; een beheerder van de hele organisatie wijzigt ze.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Centre</source>
            <translation>Centrum</translation>
        </message>
        <message>
            <source>Centres</source>
            <translation>Centra</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Weergave</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>You changed the centre's details. Save the changes?</source>
            <translation>U hebt de gegevens van het centrum gewijzigd. Wilt u de wijzigingen opslaan?</translation>
        </message>
    </context>
    <context>
        <name>SetupChecklist</name>
        <message>
            <source>Getting started</source>
            <translation>Aan de slag</translation>
        </message>
        <message>
            <source>done</source>
            <translation>klaar</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Something went wrong that should not have. Nothing was saved half-way. Please pass on the details below to whoever maintains Wijkhuis.</source>
            <extracomment>When set (by `wijkhuis smoke`, which has no one to click OK), errors are collected here instead of being shown in a message box.</extracomment>
            <translation>Er ging iets mis wat niet had mogen gebeuren. Er is niets half opgeslagen. Geef de details hieronder door aan degene die Wijkhuis onderhoudt.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Building demo data…</source>
            <translation>Voorbeeldgegevens worden aangemaakt…</translation>
        </message>
        <message>
            <source>Just looking around? Demo data fills a database with a made-up centre, volunteers, rooms and subsidies; log in as beheerder, coordinator or penningmeester with password demo.</source>
            <translation>Eerst rondkijken? Met voorbeeldgegevens krijgt u een database met een verzonnen buurthuis, vrijwilligers, zalen en subsidies; log in als beheerder, coordinator of penningmeester met wachtwoord demo.</translation>
        </message>
        <message>
            <source>Name of the centre</source>
            <translation>Naam van het centrum</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Wachtwoord nogmaals</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Inrichten</translation>
        </message>
        <message>
            <source>Set up your centre: its name and the first administrator's account. You can add the other details and accounts later under Settings.</source>
            <translation>Richt uw centrum in: de naam en het account van de eerste beheerder. De overige gegevens en accounts voegt u later toe onder Instellingen.</translation>
        </message>
        <message>
            <source>Try it with demo data</source>
            <translation>Uitproberen met voorbeeldgegevens</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <source>Welcome to Wijkhuis</source>
            <translation>Welkom bij Wijkhuis</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
        <message>
            <source>at least 8 characters</source>
            <translation>minstens 8 tekens</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>is verplicht</translation>
        </message>
    </context>
</TS>
