<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="59"/>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="59"/>
        <source>Account {name}</source>
        <translation>Account {name}</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="70"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="72"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="77"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="79"/>
        <source>May log in</source>
        <translation>Mag inloggen</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="82"/>
        <source>First password</source>
        <translation>Eerste wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="85"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="123"/>
        <source>Who may use Wijkhuis and in which role. Accounts are disabled, never deleted, so that their names stay in the audit trail.</source>
        <translation>Wie Wijkhuis mag gebruiken en in welke rol. Accounts worden uitgeschakeld, nooit verwijderd, zodat hun naam in het logboek blijft staan.</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="130"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="131"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="132"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="133"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="133"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="135"/>
        <source>Last login</source>
        <translation>Laatst ingelogd</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="140"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="150"/>
        <source>New account…</source>
        <translation>Nieuw account…</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="151"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="152"/>
        <location filename="../../ui/security/accounts_tab.py" line="200"/>
        <source>Disable</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="153"/>
        <source>Reset password…</source>
        <translation>Nieuw wachtwoord instellen…</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="160"/>
        <source>Lock the window after this many idle minutes (0 = never):</source>
        <translation>Vergrendel het venster na zoveel minuten zonder gebruik (0 = nooit):</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="163"/>
        <source>Idle minutes</source>
        <translation>Minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="166"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="200"/>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="245"/>
        <source>Reset password</source>
        <translation>Nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="246"/>
        <source>New password for {name} (at least 8 characters; ask them to change it):</source>
        <translation>Nieuw wachtwoord voor {name} (minstens 8 tekens; vraag om het daarna zelf te wijzigen):</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="256"/>
        <source>The new password for {name} is set.</source>
        <translation>Het nieuwe wachtwoord voor {name} is ingesteld.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../ui/security/labels.py" line="9"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="10"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="11"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="12"/>
        <source>status changed</source>
        <translation>status gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="13"/>
        <source>viewed personal details</source>
        <translation>persoonsgegevens bekeken</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="14"/>
        <source>exported</source>
        <translation>geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="15"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="16"/>
        <source>logged in</source>
        <translation>ingelogd</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="17"/>
        <source>wrong password</source>
        <translation>verkeerd wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="18"/>
        <source>changed own password</source>
        <translation>eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="19"/>
        <source>password reset</source>
        <translation>nieuw wachtwoord ingesteld</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="20"/>
        <source>backup made</source>
        <translation>reservekopie gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="21"/>
        <source>backup restored</source>
        <translation>reservekopie teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="25"/>
        <source>Centre</source>
        <translation>Centrum</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="26"/>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="27"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="28"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="29"/>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="30"/>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="31"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="32"/>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="33"/>
        <source>Working group member</source>
        <translation>Lid van werkgroep</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="34"/>
        <source>Allowance line</source>
        <translation>Vergoedingsregel</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="35"/>
        <source>Payment run</source>
        <translation>Betaalronde</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="36"/>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="37"/>
        <source>Booking</source>
        <translation>Boeking</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="38"/>
        <source>Booking series</source>
        <translation>Reeks boekingen</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="39"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="40"/>
        <source>Renter</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="41"/>
        <source>Funder</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location filename="../../ui/security/labels.py" line="42"/>
        <source>Subsidy application</source>
        <translation>Subsidieaanvraag</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="46"/>
        <source>Every change, every look at a volunteer&apos;s personal details and every export, with who and when. The trail cannot be changed or emptied.</source>
        <translation>Elke wijziging, elke keer dat iemand persoonsgegevens van een vrijwilliger bekeek en elke export, met wie en wanneer. Het logboek kan niet worden gewijzigd of gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="53"/>
        <location filename="../../ui/security/audit_tab.py" line="77"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="54"/>
        <source>Record type</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="55"/>
        <location filename="../../ui/security/audit_tab.py" line="81"/>
        <location filename="../../ui/security/audit_tab.py" line="100"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="58"/>
        <source>Record number</source>
        <translation>Nummer van het gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="59"/>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="61"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="63"/>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="64"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="66"/>
        <source>Until date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="69"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="73"/>
        <source>Export to Excel…</source>
        <translation>Exporteren naar Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="77"/>
        <location filename="../../ui/security/audit_tab.py" line="101"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="98"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="99"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="102"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="106"/>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="117"/>
        <source>Before and after</source>
        <translation>Voor en na</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="152"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="181"/>
        <source>{total} entries; the newest {shown} are shown. Narrow the filter or export to Excel.</source>
        <translation>{total} regels; de nieuwste {shown} staan hier. Verfijn het filter of exporteer naar Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="184"/>
        <source>{total} entries</source>
        <translation>{total} regels</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="200"/>
        <source>Before:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="202"/>
        <source>After:</source>
        <translation>Na:</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="207"/>
        <source>Export the audit trail</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="207"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="219"/>
        <source>{count} entries written to {path}</source>
        <translation>{count} regels opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_tab.py" line="223"/>
        <source>Exporting the audit trail…</source>
        <translation>Logboek wordt geëxporteerd…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="37"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="38"/>
        <source>before an update</source>
        <translation>voor een update</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="39"/>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="40"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="57"/>
        <source>Wijkhuis copies the database at the first start of each day and before every update, and keeps 7 daily and 4 weekly copies. Choose a folder on a USB stick or a network drive, so that a copy survives when this computer does not.</source>
        <translation>Wijkhuis maakt een kopie van de database bij de eerste start van elke dag en voor elke update, en bewaart 7 dagelijkse en 4 wekelijkse kopieën. Kies een map op een USB-stick of netwerkschijf, zodat er een kopie overblijft als deze computer het begeeft.</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="69"/>
        <location filename="../../ui/security/backups_tab.py" line="72"/>
        <location filename="../../ui/security/backups_tab.py" line="147"/>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="75"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="76"/>
        <source>Back up now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="84"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="85"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="86"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="88"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="92"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="107"/>
        <source>Restore this backup…</source>
        <translation>Deze reservekopie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="108"/>
        <source>Restore from another file…</source>
        <translation>Terugzetten uit een ander bestand…</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="121"/>
        <source>This database is on a PostgreSQL server: it is backed up on the server (pg_dump), not by Wijkhuis.</source>
        <translation>Deze database staat op een PostgreSQL-server: reservekopieën worden op de server gemaakt (pg_dump), niet door Wijkhuis.</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="183"/>
        <source>Choose a backup to see what it holds.</source>
        <translation>Kies een reservekopie om te zien wat erin staat.</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="194"/>
        <source>Made on {when}</source>
        <translation>Gemaakt op {when}</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="195"/>
        <source>Centre: {name}</source>
        <translation>Centrum: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="203"/>
        <source>Restore from another file</source>
        <translation>Terugzetten uit een ander bestand</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="203"/>
        <source>Wijkhuis backups (*.sqlite)</source>
        <translation>Reservekopieën van Wijkhuis (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="214"/>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="215"/>
        <source>Replace ALL current data with this backup?

{summary}

A copy of the current data is kept first. Wijkhuis closes afterwards; start it again.</source>
        <translation>ALLE huidige gegevens vervangen door deze reservekopie?

{summary}

Eerst wordt een kopie van de huidige gegevens bewaard. Daarna sluit Wijkhuis; start het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/security/backups_tab.py" line="236"/>
        <source>The backup is restored. The data you had before is kept in {kept}.

Wijkhuis closes now; start it again.</source>
        <translation>De reservekopie is teruggezet. De gegevens van vóór het terugzetten staan in {kept}.

Wijkhuis sluit nu; start het opnieuw.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/security/idle_lock.py" line="144"/>
        <source>That is not your password.</source>
        <translation>Dat is niet uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../ui/security/idle_lock.py" line="58"/>
        <source>Wijkhuis is locked</source>
        <translation>Wijkhuis is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../ui/security/idle_lock.py" line="64"/>
        <source>{name}, type your password to continue. Your unsaved work is kept.</source>
        <translation>{name}, typ uw wachtwoord om verder te gaan. Wat u nog niet had opgeslagen, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/security/idle_lock.py" line="71"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/security/idle_lock.py" line="76"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="21"/>
        <location filename="../../ui/security/password_dialog.py" line="36"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="24"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Kies een wachtwoord van minstens 8 tekens.</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="30"/>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="31"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/security/password_dialog.py" line="32"/>
        <source>Repeat the new password</source>
        <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="39"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="40"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="41"/>
        <source>Treasurer</source>
        <translation>Penningmeester</translation>
    </message>
    <message>
        <location filename="../../ui/security/accounts_tab.py" line="42"/>
        <source>Read only</source>
        <translation>Alleen lezen</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../ui/security/__init__.py" line="27"/>
        <source>Change password…</source>
        <translation>Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="31"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="34"/>
        <source>Lock the window until you type your password again</source>
        <translation>Vergrendel het venster tot u uw wachtwoord opnieuw typt</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="45"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="49"/>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../ui/security/__init__.py" line="53"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
</context>
<context>
    <name>Stale</name>
    <message>
        <location filename="../../ui/security/stale.py" line="15"/>
        <source>Reload now? What you typed is then replaced by the saved version; choose Keep to copy your text first.</source>
        <translation>Nu opnieuw laden? Wat u typte, wordt dan vervangen door de opgeslagen versie; kies &quot;Mijn tekst houden&quot; om uw tekst eerst te kopiëren.</translation>
    </message>
    <message>
        <location filename="../../ui/security/stale.py" line="26"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../ui/security/stale.py" line="28"/>
        <source>Keep my text</source>
        <translation>Mijn tekst houden</translation>
    </message>
</context>
</TS>
