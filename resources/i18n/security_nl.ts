<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Account {name}</source>
            <translation>Account {name}</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centrum</translation>
        </message>
        <message>
            <source>First password</source>
            <translation>Eerste wachtwoord</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Volledige naam</translation>
        </message>
        <message>
            <source>May log in</source>
            <translation>Mag inloggen</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Nieuw account</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>Whole organisation</source>
            <translation>Hele organisatie</translation>
        </message>
    </context>
    <context>
        <name>AccountsTab</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Centrum</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Wijzigen…</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Uitschakelen</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Inschakelen</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Volledige naam</translation>
        </message>
        <message>
            <source>Idle minutes</source>
            <translation>Minuten zonder gebruik</translation>
        </message>
        <message>
            <source>Last login</source>
            <translation>Laatst ingelogd</translation>
        </message>
        <message>
            <source>Lock the window after this many idle minutes (0 = never):</source>
            <translation>Vergrendel het venster na zoveel minuten zonder gebruik (0 = nooit):</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>Nieuw account…</translation>
        </message>
        <message>
            <source>New password for {name} (at least 8 characters; ask them to change it):</source>
            <translation>Nieuw wachtwoord voor {name} (minstens 8 tekens; vraag om het daarna zelf te wijzigen):</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Nieuw wachtwoord instellen</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Nieuw wachtwoord instellen…</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The new password for {name} is set.</source>
            <translation>Het nieuwe wachtwoord voor {name} is ingesteld.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <source>Who may use Wijkhuis and in which role. Accounts are disabled, never deleted, so that their names stay in the audit trail.</source>
            <translation>Wie Wijkhuis mag gebruiken en in welke rol. Accounts worden uitgeschakeld, nooit verwijderd, zodat hun naam in het logboek blijft staan.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actief</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>uitgeschakeld</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>(all)</source>
            <translation>(alle)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handeling</translation>
        </message>
        <message>
            <source>After:</source>
            <translation>Na:</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Logboek</translation>
        </message>
        <message>
            <source>Before and after</source>
            <translation>Voor en na</translation>
        </message>
        <message>
            <source>Before:</source>
            <translation>Voor:</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <source>Every change, every look at a volunteer's personal details and every export, with who and when. The trail cannot be changed or emptied.</source>
            <translation>Elke wijziging, elke keer dat iemand persoonsgegevens van een vrijwilliger bekeek en elke export, met wie en wanneer. Het logboek kan niet worden gewijzigd of gewist.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Logboek exporteren</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Exporteren naar Excel…</translation>
        </message>
        <message>
            <source>Exporting the audit trail…</source>
            <translation>Logboek wordt geëxporteerd…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Vanaf</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Vanaf datum</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Record number</source>
            <translation>Nummer van het gegeven</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Soort gegeven</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Until date</source>
            <translation>Tot en met datum</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nummer</translation>
        </message>
        <message>
            <source>{count} entries written to {path}</source>
            <translation>{count} regels opgeslagen in {path}</translation>
        </message>
        <message>
            <source>{total} entries</source>
            <translation>{total} regels</translation>
        </message>
        <message>
            <source>{total} entries; the newest {shown} are shown. Narrow the filter or export to Excel.</source>
            <translation>{total} regels; de nieuwste {shown} staan hier. Verfijn het filter of exporteer naar Excel.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>before an update</source>
            <translation>voor een update</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>dagelijks</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>met de hand gemaakt</translation>
        </message>
        <message>
            <source>other</source>
            <translation>overig</translation>
        </message>
    </context>
    <context>
        <name>BackupsTab</name>
        <message>
            <source>Back up now</source>
            <translation>Nu een reservekopie maken</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Map voor reservekopieën</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Reservekopieën</translation>
        </message>
        <message>
            <source>Centre: {name}</source>
            <translation>Centrum: {name}</translation>
        </message>
        <message>
            <source>Choose a backup to see what it holds.</source>
            <translation>Kies een reservekopie om te zien wat erin staat.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Map kiezen…</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopie</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Made on {when}</source>
            <translation>Gemaakt op {when}</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Reservekopie maken…</translation>
        </message>
        <message>
            <source>Replace ALL current data with this backup?

{summary}

A copy of the current data is kept first. Wijkhuis closes afterwards; start it again.</source>
            <translation>ALLE huidige gegevens vervangen door deze reservekopie?

{summary}

Eerst wordt een kopie van de huidige gegevens bewaard. Daarna sluit Wijkhuis; start het opnieuw.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <source>Restore from another file</source>
            <translation>Terugzetten uit een ander bestand</translation>
        </message>
        <message>
            <source>Restore from another file…</source>
            <translation>Terugzetten uit een ander bestand…</translation>
        </message>
        <message>
            <source>Restore this backup…</source>
            <translation>Deze reservekopie terugzetten…</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Reservekopie terugzetten…</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>The backup is restored. The data you had before is kept in {kept}.

Wijkhuis closes now; start it again.</source>
            <translation>De reservekopie is teruggezet. De gegevens van vóór het terugzetten staan in {kept}.

Wijkhuis sluit nu; start het opnieuw.</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server: it is backed up on the server (pg_dump), not by Wijkhuis.</source>
            <translation>Deze database staat op een PostgreSQL-server: reservekopieën worden op de server gemaakt (pg_dump), niet door Wijkhuis.</translation>
        </message>
        <message>
            <source>Wijkhuis backups (*.sqlite)</source>
            <translation>Reservekopieën van Wijkhuis (*.sqlite)</translation>
        </message>
        <message>
            <source>Wijkhuis copies the database at the first start of each day and before every update, and keeps 7 daily and 4 weekly copies. Choose a folder on a USB stick or a network drive, so that a copy survives when this computer does not.</source>
            <translation>Wijkhuis maakt een kopie van de database bij de eerste start van elke dag en voor elke update, en bewaart 7 dagelijkse en 4 wekelijkse kopieën. Kies een map op een USB-stick of netwerkschijf, zodat er een kopie overblijft als deze computer het begeeft.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseTab</name>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Transfer to a server…</source>
            <translation>Overzetten naar een server…</translation>
        </message>
        <message>
            <source>When several computers or centres must work on one data set, move the data to a PostgreSQL server: ask for an empty database there, then transfer.</source>
            <translation>Als meerdere computers of centra met één gegevensbestand moeten werken, zet de gegevens dan over naar een PostgreSQL-server: vraag daar een lege database aan en zet daarna over.</translation>
        </message>
        <message>
            <source>Where the data is</source>
            <translation>Waar de gegevens staan</translation>
        </message>
        <message>
            <source>a PostgreSQL server</source>
            <translation>een PostgreSQL-server</translation>
        </message>
        <message>
            <source>a file on this computer (SQLite)</source>
            <translation>een bestand op deze computer (SQLite)</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>That is not your password.</source>
            <translation>Dat is niet uw wachtwoord.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <source>Checking…</source>
            <translation>Controleren…</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>Wijkhuis is locked</source>
            <translation>Wijkhuis is vergrendeld</translation>
        </message>
        <message>
            <source>{name}, type your password to continue. Your unsaved work is kept.</source>
            <translation>{name}, typ uw wachtwoord om verder te gaan. Wat u nog niet had opgeslagen, blijft bewaard.</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Wachtwoord wijzigen</translation>
        </message>
        <message>
            <source>Choose a password of at least 8 characters.</source>
            <translation>Kies een wachtwoord van minstens 8 tekens.</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Huidig wachtwoord</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <source>Repeat the new password</source>
            <translation>Herhaal het nieuwe wachtwoord</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Administrator</source>
            <translation>Beheerder</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coördinator</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Alleen lezen</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Penningmeester</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Logboek</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Reservekopieën</translation>
        </message>
        <message>
            <source>Change password…</source>
            <translation>Wachtwoord wijzigen…</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Vergrendelen</translation>
        </message>
        <message>
            <source>Lock the window until you type your password again</source>
            <translation>Vergrendel het venster tot u uw wachtwoord opnieuw typt</translation>
        </message>
    </context>
    <context>
        <name>Stale</name>
        <message>
            <source>Keep my text</source>
            <translation>Mijn tekst houden</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Opnieuw laden</translation>
        </message>
        <message>
            <source>Reload now? What you typed is then replaced by the saved version; choose Keep to copy your text first.</source>
            <translation>Nu opnieuw laden? Wat u typte, wordt dan vervangen door de opgeslagen versie; kies "Mijn tekst houden" om uw tekst eerst te kopiëren.</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Cancelled: nothing was written to the server.</source>
            <translation>Afgebroken: er is niets naar de server geschreven.</translation>
        </message>
        <message>
            <source>Copies all data of this database into an empty PostgreSQL database on a server, so that several computers can work on one data set. This database stays as it is.</source>
            <translation>Kopieert alle gegevens van deze database naar een lege PostgreSQL-database op een server, zodat meerdere computers met één gegevensbestand kunnen werken. Deze database blijft zoals hij is.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Poort</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <source>The connection works. {where} is an empty Wijkhuis database: ready to transfer.</source>
            <translation>De verbinding werkt. {where} is een lege Wijkhuis-database: klaar om over te zetten.</translation>
        </message>
        <message>
            <source>The connection works. {where} is empty; the transfer creates the tables.</source>
            <translation>De verbinding werkt. {where} is leeg; bij het overzetten worden de tabellen gemaakt.</translation>
        </message>
        <message>
            <source>The transfer failed; nothing was kept.</source>
            <translation>Het overzetten is mislukt; er is niets bewaard.</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Overzetten</translation>
        </message>
        <message>
            <source>Transfer to a server</source>
            <translation>Overzetten naar een server</translation>
        </message>
        <message>
            <source>Transferring the data</source>
            <translation>De gegevens overzetten</translation>
        </message>
        <message>
            <source>Transferring…</source>
            <translation>Bezig met overzetten…</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <source>{rows} rows in {tables} tables are now also in {where}; the counts match.

To work on the server from now on, start Wijkhuis on every computer with
--database-url {where} (the password as well), or set WIJKHUIS_DATABASE_URL.</source>
            <translation>{rows} rijen in {tables} tabellen staan nu ook in {where}; de aantallen kloppen.

Om voortaan op de server te werken, start u Wijkhuis op elke computer met
--database-url {where} (met het wachtwoord erbij), of stelt u WIJKHUIS_DATABASE_URL in.</translation>
        </message>
    </context>
</TS>
