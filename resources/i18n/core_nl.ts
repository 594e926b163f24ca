<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CentreTab</name>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="46"/>
        <source>These details appear on every letter, invoice and report.</source>
        <translation>Deze gegevens staan op elke brief, factuur en rapportage.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="59"/>
        <source>Name of the centre</source>
        <translation>Naam van het centrum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="59"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="60"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="60"/>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="60"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="61"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="61"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="61"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="62"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="62"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="62"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="70"/>
        <source>8 digits</source>
        <translation>8 cijfers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="77"/>
        <location filename="../../ui/pages/settings/centre_tab.py" line="160"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="81"/>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="88"/>
        <location filename="../../ui/pages/settings/centre_tab.py" line="179"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="95"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="129"/>
        <source>Some fields need attention (see below).</source>
        <translation>Enkele velden zijn niet goed ingevuld (zie hieronder).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="170"/>
        <source>Choose logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/centre_tab.py" line="170"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="34"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="35"/>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="20"/>
        <source>Log in — Wijkhuis</source>
        <translation>Inloggen — Wijkhuis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="27"/>
        <source>Log in with your own account to continue.</source>
        <translation>Log in met uw eigen account om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="32"/>
        <location filename="../../ui/dialogs/login.py" line="37"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="35"/>
        <location filename="../../ui/dialogs/login.py" line="38"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="45"/>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Opening Wijkhuis…</source>
        <translation>Wijkhuis wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Logged in as {name} ({role})</source>
        <translation>Ingelogd als {name} ({role})</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview/page.py" line="107"/>
        <source>Overview — {centre}</source>
        <translation>Overzicht — {centre}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview/page.py" line="113"/>
        <location filename="../../ui/pages/overview/page.py" line="127"/>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview/page.py" line="169"/>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview/page.py" line="177"/>
        <source>Open {page}</source>
        <translation>{page} openen</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="24"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="25"/>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="26"/>
        <source>Allowances</source>
        <translation>Vergoedingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="27"/>
        <source>Rooms &amp; bookings</source>
        <translation>Zalen &amp; boekingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="28"/>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="29"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="30"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="17"/>
        <source>This part of Wijkhuis is not available yet. It comes in a next version.</source>
        <translation>Dit onderdeel van Wijkhuis is er nog niet. Het komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports/page.py" line="41"/>
        <source>Reports and exports</source>
        <translation>Rapporten en exports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports/page.py" line="42"/>
        <source>Every list and document Wijkhuis makes, per part of the program. Files open in Excel or a PDF reader; nothing is sent anywhere.</source>
        <translation>Alle lijsten en documenten die Wijkhuis maakt, per onderdeel. De bestanden openen in Excel of een pdf-lezer; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports/page.py" line="58"/>
        <source>No reports are available yet.</source>
        <translation>Er zijn nog geen rapporten beschikbaar.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>treasurer</source>
        <translation>penningmeester</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>read only</source>
        <translation>alleen lezen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="48"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="52"/>
        <source>Centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="53"/>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="73"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="74"/>
        <source>You changed the centre&apos;s details. Save the changes?</source>
        <translation>U hebt de gegevens van het centrum gewijzigd. Wilt u de wijzigingen opslaan?</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="77"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="162"/>
        <source>Something went wrong that should not have. Nothing was saved half-way. Please pass on the details below to whoever maintains Wijkhuis.</source>
        <extracomment>When set (by `wijkhuis smoke`, which has no one to click OK), errors are collected here instead of being shown in a message box.</extracomment>
        <translation>Er ging iets mis wat niet had mogen gebeuren. Er is niets half opgeslagen. Geef de details hieronder door aan degene die Wijkhuis onderhoudt.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="34"/>
        <location filename="../../ui/dialogs/welcome.py" line="39"/>
        <source>Welcome to Wijkhuis</source>
        <translation>Welkom bij Wijkhuis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="42"/>
        <source>Set up your centre: its name and the first administrator&apos;s account. You can add the other details and accounts later under Settings.</source>
        <translation>Richt uw centrum in: de naam en het account van de eerste beheerder. De overige gegevens en accounts voegt u later toe onder Instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="51"/>
        <source>Name of the centre</source>
        <translation>Naam van het centrum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="52"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="53"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="54"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="55"/>
        <source>Password again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="58"/>
        <source>at least 8 characters</source>
        <translation>minstens 8 tekens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="66"/>
        <source>Just looking around? Demo data fills a database with a made-up centre, volunteers, rooms and subsidies; log in as beheerder, coordinator or penningmeester with password demo.</source>
        <translation>Eerst rondkijken? Met voorbeeldgegevens krijgt u een database met een verzonnen buurthuis, vrijwilligers, zalen en subsidies; log in als beheerder, coordinator of penningmeester met wachtwoord demo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="73"/>
        <source>Try it with demo data</source>
        <translation>Uitproberen met voorbeeldgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="76"/>
        <source>Set up</source>
        <translation>Inrichten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="114"/>
        <source>Building demo data…</source>
        <translation>Voorbeeldgegevens worden aangemaakt…</translation>
    </message>
</context>
</TS>
