<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessScopes</name>
    <message>
        <source>read orders</source>
        <translation>Bestellungen lesen</translation>
    </message>
    <message>
        <source>read what the shop ships itself</source>
        <translation>lesen, was der Shop selbst versendet</translation>
    </message>
    <message>
        <source>fulfil orders and add tracking</source>
        <translation>Bestellungen versenden und Sendungsnummern hinzufügen</translation>
    </message>
    <message>
        <source>see what fulfillment services ship</source>
        <translation>sehen, was Fulfillment-Dienstleister versenden</translation>
    </message>
    <message>
        <source>read stock levels</source>
        <translation>Bestände lesen</translation>
    </message>
    <message>
        <source>read the shop&apos;s locations</source>
        <translation>die Standorte des Shops lesen</translation>
    </message>
    <message>
        <source>see whether an item sells on when out of stock</source>
        <translation>prüfen, ob ein Artikel ausverkauft weiter verkauft wird</translation>
    </message>
    <message>
        <source>keep reading open orders older than 60 days, such as backorders and pre-orders</source>
        <translation>offene Bestellungen lesen, die älter als 60 Tage sind, etwa Rückstände und Vorbestellungen</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>Packing at %1, %2 s</source>
        <extracomment>%1 is a station (&quot;Station 2 (Anna)&quot;), %2 how many seconds it has had the order</extracomment>
        <translation>Wird an %1 gepackt, %2 s</translation>
    </message>
    <message>
        <source>Packing at %1, %2 min</source>
        <extracomment>%1 is a station (&quot;Station 2 (Anna)&quot;), %2 how many minutes it has had the order</extracomment>
        <translation>Wird an %1 gepackt, %2 Min.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n order(s)</source>
        <translation>
            <numerusform>Synchronisiert: %n Bestellung</numerusform>
            <numerusform>Synchronisiert: %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s.</source>
        <translation>in %1 s.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only orders whose name, customer, email, SKU or tracking number contains this text.</source>
        <translation>Nur Bestellungen, deren Bestellnummer, Kunde, E-Mail, SKU oder Sendungsnummer diesen Text enthält.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Give one command, not %1. See --help.</source>
        <translation>Geben Sie nur einen Befehl an, nicht %1. Siehe --help.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“. Verwenden Sie table, csv oder json.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) could not be sent yet and wait in the outbox.</source>
        <translation>
            <numerusform>%n Vorgang konnte noch nicht gesendet werden und wartet im Postausgang.</numerusform>
            <numerusform>%n Vorgänge konnten noch nicht gesendet werden und warten im Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: table, csv or json (tracking: table or json).</source>
        <translation>Ausgabeformat: table, csv oder json (tracking: table oder json).</translation>
    </message>
    <message>
        <source>A tracking number for the order being fulfilled; repeat it for several parcels.</source>
        <translation>Eine Sendungsnummer für die zu versendende Bestellung; bei mehreren Paketen mehrfach angeben.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>The carrier, as Shopify names it (detected from the number when left out).</source>
        <translation>Der Versanddienstleister, wie Shopify ihn nennt (wird aus der Nummer erkannt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tell the customer by email that the order shipped.</source>
        <translation>Den Kunden per E-Mail benachrichtigen, dass die Bestellung versandt wurde.</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Geben Sie genau eine CSV-Datei zum Importieren an.</translation>
    </message>
    <message>
        <source>stock: only oversold items, those at risk or worse (at-risk), or all.</source>
        <translation>stock: nur überverkaufte Artikel (oversold), gefährdete und schlimmere (at-risk) oder alle (all).</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Only open orders with this fulfillment status, such as unfulfilled or partially-fulfilled; or archived, cancelled or all.</source>
        <translation>Nur offene Bestellungen mit diesem Versandstatus, etwa unfulfilled oder partially-fulfilled; oder archived, cancelled oder all.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: all, unfulfilled, partially-fulfilled, fulfilled, on-hold, scheduled, in-progress, pending-fulfillment, request-declined, restocked, open, archived, cancelled.</source>
        <translation>Unbekannter Status „%1“. Verwenden Sie einen dieser Werte: all, unfulfilled, partially-fulfilled, fulfilled, on-hold, scheduled, in-progress, pending-fulfillment, request-declined, restocked, open, archived, cancelled.</translation>
    </message>
    <message>
        <source>Unknown risk &quot;%1&quot;. Use oversold, at-risk or all.</source>
        <translation>Unbekanntes Risiko „%1“. Verwenden Sie oversold, at-risk oder all.</translation>
    </message>
    <message>
        <source>No shop to sync with: give --shop with --token-env (or --client-id), or --demo.</source>
        <translation>Kein Shop zum Synchronisieren: Geben Sie --shop mit --token-env (oder --client-id) an oder --demo.</translation>
    </message>
    <message numerus="yes">
        <source>Customer details hidden in %n order(s): the app has no access to protected customer data. Orders sync and ship as usual; to see names, emails and addresses, request access to protected customer data for the app in Shopify, then sync again.</source>
        <translation>
            <numerusform>Kundendaten in %n Bestellung ausgeblendet: Die App hat keinen Zugriff auf geschützte Kundendaten. Bestellungen werden wie gewohnt synchronisiert und versandt; um Namen, E-Mail-Adressen und Anschriften zu sehen, beantragen Sie in Shopify den Zugriff auf geschützte Kundendaten für die App und synchronisieren Sie dann erneut.</numerusform>
            <numerusform>Kundendaten in %n Bestellungen ausgeblendet: Die App hat keinen Zugriff auf geschützte Kundendaten. Bestellungen werden wie gewohnt synchronisiert und versandt; um Namen, E-Mail-Adressen und Anschriften zu sehen, beantragen Sie in Shopify den Zugriff auf geschützte Kundendaten für die App und synchronisieren Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) older than 60 days are no longer shown by Shopify and were kept as last read. Give the app the read_all_orders scope to keep reading them.</source>
        <translation>
            <numerusform>%n offene Bestellung, die älter als 60 Tage ist, zeigt Shopify nicht mehr; sie wurde so behalten, wie sie zuletzt gelesen wurde. Geben Sie der App den Zugriffsbereich read_all_orders, um sie weiter zu lesen.</numerusform>
            <numerusform>%n offene Bestellungen, die älter als 60 Tage sind, zeigt Shopify nicht mehr; sie wurden so behalten, wie sie zuletzt gelesen wurden. Geben Sie der App den Zugriffsbereich read_all_orders, um sie weiter zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also print the log (requests, errors with their technical detail) on stderr.</source>
        <translation>Auch das Protokoll (Anfragen, Fehler mit ihren technischen Details) auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>%1 syncs this shop for every station; this store follows its syncs. Nothing was synced here.</source>
        <translation>%1 synchronisiert diesen Shop für alle Stationen; dieser Speicher folgt dessen Synchronisierungen. Hier wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>%1 syncs this shop for every station; working on the orders as it last stored them.</source>
        <translation>%1 synchronisiert diesen Shop für alle Stationen; es wird mit den Bestellungen gearbeitet, wie sie zuletzt gespeichert wurden.</translation>
    </message>
    <message>
        <source>This station&apos;s name, recorded with what it fulfils and shown to other stations (default: as saved in the window&apos;s preferences, else the computer&apos;s name).</source>
        <translation>Der Name dieser Station, festgehalten mit dem, was sie versendet, und anderen Stationen angezeigt (Standard: wie in den Einstellungen des Fensters gespeichert, sonst der Name des Computers).</translation>
    </message>
    <message>
        <source>Who packs at this station, recorded with what it fulfils (default: as saved in the window; an empty name records none).</source>
        <translation>Wer an dieser Station packt, festgehalten mit dem, was sie versendet (Standard: wie im Fenster gespeichert; ein leerer Name hält niemanden fest).</translation>
    </message>
    <message>
        <source>fulfil: also fulfil orders another station is packing, taking them over from it.</source>
        <translation>fulfil: auch Bestellungen versenden, die eine andere Station packt, und sie von ihr übernehmen.</translation>
    </message>
    <message>
        <source>Smidig&apos;s order desk from the command line.

Commands:
  sync                 send waiting actions, then fetch every order into the local store
  orders               list orders from the local store (with --demo: from the demo store)
  fulfil ORDER...      fulfil orders (#1001, 1001 or an order id), optionally with tracking
  import-tracking FILE apply a CSV file of order, tracking number and optional company
  tracking NUMBER...   check tracking numbers: carrier, check digit and tracking link
  stock                stock per SKU and location with the open orders&apos; demand and the oversell risk
  print slips ORDER... --pdf FILE       packing slips with the orders&apos; barcodes
  print pick-list ORDER... --pdf FILE   what to take from the shelves, by location and SKU
  print command-sheet --pdf FILE        pack mode&apos;s commands as barcodes
  (print: --status or --search instead of ORDER... chooses the orders)</source>
        <translation>Die Bestellzentrale von Smidig auf der Kommandozeile.

Befehle:
  sync                  wartende Vorgänge senden, dann alle Bestellungen in die lokale Datenbank holen
  orders                Bestellungen aus der lokalen Datenbank auflisten (mit --demo: aus dem Demo-Shop)
  fulfil BESTELLUNG...  Bestellungen versenden (#1001, 1001 oder eine Bestell-ID), optional mit Sendungsnummer
  import-tracking DATEI CSV-Datei mit Bestellung, Sendungsnummer und optional Versanddienstleister anwenden
  tracking NUMMER...    Sendungsnummern prüfen: Versanddienstleister, Prüfziffer und Tracking-Link
  stock                 Bestand je SKU und Standort mit dem Bedarf der offenen Bestellungen und dem Überverkaufsrisiko
  print slips BESTELLUNG... --pdf DATEI      Packzettel mit den Strichcodes der Bestellungen
  print pick-list BESTELLUNG... --pdf DATEI  was aus den Regalen zu nehmen ist, je Standort und SKU
  print command-sheet --pdf DATEI            die Befehle des Packmodus als Strichcodes
  (print: --status oder --search statt BESTELLUNG... wählt die Bestellungen)</translation>
    </message>
    <message>
        <source>print: the PDF file to write.</source>
        <translation>print: die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>print: the paper, a4, letter, a6 or 4x6 (default: as saved in the window&apos;s Print Settings, else a4).</source>
        <translation>print: das Papier, a4, letter, a6 oder 4x6 (Standard: wie in den Druckeinstellungen des Fensters gespeichert, sonst a4).</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>sync, orders, fulfil, import-tracking, tracking, stock or print</source>
        <translation>sync, orders, fulfil, import-tracking, tracking, stock oder print</translation>
    </message>
    <message>
        <source>Say what to do: sync, orders, fulfil, import-tracking, tracking, stock or print. See --help.</source>
        <translation>Geben Sie an, was zu tun ist: sync, orders, fulfil, import-tracking, tracking, stock oder print. Siehe --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are sync, orders, fulfil, import-tracking, tracking, stock and print.</source>
        <translation>Unbekannter Befehl „%1“. Die Befehle sind sync, orders, fulfil, import-tracking, tracking, stock und print.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The demo store could not start: %1</source>
        <translation>Der Demo-Shop konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Say which shop to use with --shop (and its token with --token-env), or use --demo, or give a local store with --database.</source>
        <translation>Geben Sie den Shop mit --shop an (und sein Token mit --token-env), verwenden Sie --demo oder geben Sie mit --database eine lokale Datenbank an.</translation>
    </message>
</context>
<context>
    <name>CommandSheetRenderer</name>
    <message>
        <source>Fulfil the order on the table with what was counted.</source>
        <translation>Die Bestellung auf dem Tisch mit dem Gezählten versenden.</translation>
    </message>
    <message>
        <source>Put the order aside unpacked and take the next one.</source>
        <translation>Die Bestellung ungepackt zurückstellen und die nächste nehmen.</translation>
    </message>
    <message>
        <source>Take back the last count, or the fulfilment just made.</source>
        <translation>Die letzte Zählung oder den gerade erfolgten Versand zurücknehmen.</translation>
    </message>
    <message>
        <source>Open the next order to pack.</source>
        <translation>Die nächste zu packende Bestellung öffnen.</translation>
    </message>
    <message>
        <source>Print the order&apos;s packing slip again.</source>
        <translation>Den Packzettel der Bestellung erneut drucken.</translation>
    </message>
    <message>
        <source>Pack mode commands</source>
        <translation>Befehle des Packmodus</translation>
    </message>
    <message>
        <source>Scan a code to give its command at the packing station.</source>
        <translation>Scannen Sie einen Code, um seinen Befehl am Packplatz zu geben.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a Shop</source>
        <translation>Shop verbinden</translation>
    </message>
    <message>
        <source>Smidig reads the shop&apos;s orders and fulfills them through an app installed in the shop. Enter the shop&apos;s address and how the app signs in, then test the connection.</source>
        <translation>Smidig liest die Bestellungen des Shops und versendet sie über eine im Shop installierte App. Geben Sie die Adresse des Shops ein und wie sich die App anmeldet, und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <source>my-shop.myshopify.com</source>
        <translation>my-shop.myshopify.com</translation>
    </message>
    <message>
        <source>Shop &amp;address:</source>
        <translation>Shop-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Keep the secret:</source>
        <translation>Geheimen Schlüssel aufbewahren:</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Store</source>
        <translation>Demo-Shop aus&amp;probieren</translation>
    </message>
    <message>
        <source>Open Smidig on a made-up shop that runs on this computer, to try everything safely</source>
        <translation>Smidig mit einem erfundenen Shop öffnen, der auf diesem Computer läuft, um alles gefahrlos auszuprobieren</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A&amp;ccess token</source>
        <translation>Zu&amp;griffstoken</translation>
    </message>
    <message>
        <source>An Admin API access token of a custom app made in the shop&apos;s admin</source>
        <translation>Ein Admin-API-Zugriffstoken einer benutzerdefinierten App, die im Adminbereich des Shops erstellt wurde</translation>
    </message>
    <message>
        <source>C&amp;lient ID and secret</source>
        <translation>&amp;Client-ID und geheimer Schlüssel</translation>
    </message>
    <message>
        <source>The client credentials of an app made in Shopify&apos;s Dev Dashboard</source>
        <translation>Die Client-Anmeldedaten einer App, die im Dev Dashboard von Shopify erstellt wurde</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>shpat_...</source>
        <translation>shpat_...</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>G&amp;eheimer Client-Schlüssel:</translation>
    </message>
    <message>
        <source>In the system &amp;keychain (recommended)</source>
        <translation>Im &amp;Schlüsselbund des Systems (empfohlen)</translation>
    </message>
    <message>
        <source>In a &amp;file only you can read</source>
        <translation>In einer &amp;Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>For this &amp;session only</source>
        <translation>&amp;Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the shop for its name and the access the app has, without changing anything</source>
        <translation>Den Shop nach seinem Namen und den Zugriffsrechten der App fragen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <extracomment>%1 is the shop&apos;s address as normalised, such as my-shop.myshopify.com</extracomment>
        <translation>Verbindet mit %1</translation>
    </message>
    <message>
        <source>The Admin API access token of a custom app made in the shop&apos;s admin (Settings &gt; Apps and sales channels &gt; Develop apps). It starts with shpat_.</source>
        <translation>Das Admin-API-Zugriffstoken einer benutzerdefinierten App, die im Adminbereich des Shops erstellt wurde (Einstellungen &gt; Apps und Vertriebskanäle &gt; Apps entwickeln). Es beginnt mit shpat_.</translation>
    </message>
    <message>
        <source>The client ID and secret of an app made in Shopify&apos;s Dev Dashboard and installed in the shop. Smidig exchanges them for access tokens, which expire, and renews them itself.</source>
        <translation>Client-ID und geheimer Schlüssel einer App, die im Dev Dashboard von Shopify erstellt und im Shop installiert wurde. Smidig tauscht sie gegen Zugriffstokens ein, die ablaufen, und erneuert diese selbst.</translation>
    </message>
    <message>
        <source>The system keeps the secret encrypted and unlocks it when you sign in.</source>
        <translation>Das System bewahrt den geheimen Schlüssel verschlüsselt auf und entsperrt ihn, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>The secret is saved unencrypted: anyone who can sign in as you, or read your backups, can use the shop with it.</source>
        <translation>Der geheime Schlüssel wird unverschlüsselt gespeichert: Wer sich als Sie anmelden oder Ihre Sicherungen lesen kann, kann damit auf den Shop zugreifen.</translation>
    </message>
    <message>
        <source>Smidig forgets the secret when it closes and asks for it at the next start.</source>
        <translation>Smidig vergisst den geheimen Schlüssel beim Beenden und fragt beim nächsten Start danach.</translation>
    </message>
    <message>
        <source>C&amp;onnect Anyway</source>
        <translation>Trotzdem ver&amp;binden</translation>
    </message>
    <message>
        <source>Enter a valid shop address first</source>
        <translation>Geben Sie zuerst eine gültige Shop-Adresse ein</translation>
    </message>
    <message>
        <source>Enter the access token first</source>
        <translation>Geben Sie zuerst das Zugriffstoken ein</translation>
    </message>
    <message>
        <source>Enter the client ID and secret first</source>
        <translation>Geben Sie zuerst Client-ID und geheimen Schlüssel ein</translation>
    </message>
    <message>
        <source>The test failed: Smidig connects anyway, but syncing fails until the problem is solved (Ctrl+Return)</source>
        <translation>Der Test ist fehlgeschlagen: Smidig verbindet trotzdem, aber die Synchronisierung schlägt fehl, bis das Problem behoben ist (Strg+Return)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Return</translation>
    </message>
    <message>
        <source>Asking %1...</source>
        <translation>Anfrage an %1...</translation>
    </message>
    <message>
        <source>Connected to %1 (%2), but the app lacks access Smidig needs:</source>
        <extracomment>%1 is the shop&apos;s name, %2 its myshopify address</extracomment>
        <translation>Verbunden mit %1 (%2), aber der App fehlen Zugriffsrechte, die Smidig braucht:</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <extracomment>A missing access scope: %1 what it allows (&quot;read stock levels&quot;), %2 Shopify&apos;s name for it</extracomment>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Give the app these access scopes in Shopify, then test again.</source>
        <translation>Erteilen Sie der App diese Zugriffsbereiche in Shopify und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2). The app has all the access Smidig needs.</source>
        <translation>Verbunden mit %1 (%2). Die App hat alle Zugriffsrechte, die Smidig braucht.</translation>
    </message>
    <message>
        <source>Optional, not granted:</source>
        <translation>Optional, nicht erteilt:</translation>
    </message>
    <message>
        <source>This computer&apos;s own file</source>
        <translation>Die eigene Datei dieses Computers</translation>
    </message>
    <message>
        <source>Orde&amp;r database:</source>
        <translation>Bestel&amp;ldatenbank:</translation>
    </message>
    <message>
        <source>The orders are kept on this computer. To share them with other packing stations, give the address of a PostgreSQL database: postgresql://user@host/database.</source>
        <translation>Die Bestellungen werden auf diesem Computer gespeichert. Um sie mit anderen Packplätzen zu teilen, geben Sie die Adresse einer PostgreSQL-Datenbank an: postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>Shares the orders with the other stations in the database %1 on %2.</source>
        <extracomment>%1 is the database&apos;s name, %2 the server, such as db.lager.example:5432</extracomment>
        <translation>Teilt die Bestellungen mit den anderen Stationen in der Datenbank %1 auf %2.</translation>
    </message>
    <message>
        <source>Keeps the orders in this file on this computer.</source>
        <translation>Speichert die Bestellungen in dieser Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Correct the order database&apos;s address first</source>
        <translation>Korrigieren Sie zuerst die Adresse der Bestelldatenbank</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The shop: my-shop, my-shop.myshopify.com or https://... (http only for loopback addresses).</source>
        <translation>Der Shop: my-shop, my-shop.myshopify.com oder https://... (http nur für Loopback-Adressen).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Read the Admin API access token from this environment variable (default %1).</source>
        <translation>Das Admin-API-Zugriffstoken aus dieser Umgebungsvariable lesen (Standard: %1).</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Use the built-in demo store instead of a real shop.</source>
        <translation>Den eingebauten Demo-Shop statt eines echten Shops verwenden.</translation>
    </message>
    <message>
        <source>Choose either --demo or --shop, not both.</source>
        <translation>Wählen Sie entweder --demo oder --shop, nicht beides.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no access token.</source>
        <translation>Die Umgebungsvariable %1 enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Sign in with the client-credentials grant of an app made in the Dev Dashboard, with this client id.</source>
        <translation>Mit dem Client-Credentials-Grant einer im Dev Dashboard erstellten App und dieser Client-ID anmelden.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the client secret from this environment variable (default %1).</source>
        <translation>Den geheimen Client-Schlüssel aus dieser Umgebungsvariable lesen (Standard: %1).</translation>
    </message>
    <message>
        <source>Read the access token (or, with --client-id, the client secret) from the first line of standard input.</source>
        <translation>Das Zugriffstoken (oder mit --client-id den geheimen Client-Schlüssel) aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Standard input held no secret.</source>
        <translation>Die Standardeingabe enthielt keinen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no client secret.</source>
        <translation>Die Umgebungsvariable %1 enthält keinen geheimen Client-Schlüssel.</translation>
    </message>
    <message>
        <source>Keep the orders in this file, or in the PostgreSQL database several stations share (postgresql://user@host/database), instead of the default file.</source>
        <translation>Die Bestellungen in dieser Datei speichern oder in der PostgreSQL-Datenbank, die sich mehrere Stationen teilen (postgresql://benutzer@host/datenbank), statt in der Standarddatei.</translation>
    </message>
    <message>
        <source>file or address</source>
        <translation>Datei oder Adresse</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>Not set</source>
        <extracomment>No shop country chosen: only the carrier names for every country are offered first</extracomment>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country in the list: %1 is its name, %2 its ISO code (&quot;Denmark (DK)&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>The demo store could not start: %1</source>
        <translation>Der Demo-Shop konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo-Shop</translation>
    </message>
</context>
<context>
    <name>EditTrackingDialog</name>
    <message>
        <source>&amp;Notify customer</source>
        <translation>&amp;Kunden benachrichtigen</translation>
    </message>
    <message>
        <source>Edit Tracking of %1</source>
        <extracomment>%1 is a shipment, such as #1001-F1</extracomment>
        <translation>Sendungsverfolgung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Shopify replaces the shipment&apos;s tracking with what is here. Enter goes to the next number, + adds another parcel.</source>
        <translation>Shopify ersetzt die Tracking-Angaben der Sendung durch das, was hier steht. Mit Enter geht es zur nächsten Nummer, mit + kommt ein weiteres Paket hinzu.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Shopify emails the customer that the tracking changed.</source>
        <translation>Shopify teilt dem Kunden per E-Mail mit, dass sich die Sendungsverfolgung geändert hat.</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Return</translation>
    </message>
    <message>
        <source>Remove Tracking</source>
        <translation>Sendungsverfolgung entfernen</translation>
    </message>
    <message>
        <source>Update Tracking Anyway</source>
        <translation>Sendungsverfolgung trotzdem aktualisieren</translation>
    </message>
    <message>
        <source>Update Tracking</source>
        <translation>Sendungsverfolgung aktualisieren</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>the file %1, readable only by you</source>
        <translation>die Datei %1, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>%1 can be read by other users; it is not used</source>
        <translation>%1 kann von anderen Benutzern gelesen werden; die Datei wird nicht verwendet</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>FulfilCommand</name>
    <message>
        <source>Tracking number &quot;%1&quot;: %2</source>
        <translation>Sendungsnummer „%1“: %2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Shopify&apos;s tracking companies.</source>
        <translation>„%1“ steht nicht in Shopifys Liste der Versanddienstleister.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Shopify&apos;s tracking companies. Did you mean: %2?</source>
        <translation>„%1“ steht nicht in Shopifys Liste der Versanddienstleister. Meinten Sie: %2?</translation>
    </message>
    <message>
        <source>Say which orders to fulfil, such as #1001 or 1001.</source>
        <translation>Geben Sie an, welche Bestellungen versandt werden sollen, etwa #1001 oder 1001.</translation>
    </message>
    <message>
        <source>Tracking numbers belong to one order: give one order with --tracking, or use import-tracking.</source>
        <translation>Sendungsnummern gehören zu einer Bestellung: Geben Sie mit --tracking nur eine Bestellung an oder verwenden Sie import-tracking.</translation>
    </message>
    <message>
        <source>%1: no such order in the shop.</source>
        <translation>%1: Diese Bestellung gibt es im Shop nicht.</translation>
    </message>
    <message>
        <source>%1: not fulfilled: %2</source>
        <translation>%1: nicht versandt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: fulfilled (%n item(s) from %2)</source>
        <translation>
            <numerusform>%1: versandt (%n Artikel von %2)</numerusform>
            <numerusform>%1: versandt (%n Artikel von %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: not sent yet: %2</source>
        <translation>%1: noch nicht gesendet: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait in the outbox; smidig-cli sync sends them when the shop answers.</source>
        <translation>
            <numerusform>%n Vorgang wartet im Postausgang; smidig-cli sync sendet ihn, sobald der Shop antwortet.</numerusform>
            <numerusform>%n Vorgänge warten im Postausgang; smidig-cli sync sendet sie, sobald der Shop antwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: fulfilled (%n item(s))</source>
        <translation>
            <numerusform>%1: versandt (%n Artikel)</numerusform>
            <numerusform>%1: versandt (%n Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: no tracking links are sent: Shopify needs a link for every number or for none, and Smidig knows no tracking page of %1 for some of them.</source>
        <extracomment>%1 is a carrier outside Shopify&apos;s list</extracomment>
        <translation>Warnung: Es werden keine Sendungsverfolgungslinks gesendet: Shopify braucht einen Link für jede Nummer oder für keine, und Smidig kennt für einige davon keine Verfolgungsseite von %1.</translation>
    </message>
    <message>
        <source>%1: skipped: being packed at %2 (for %3 s); --take-over fulfils it anyway.</source>
        <extracomment>%1 is an order, %2 a station such as &quot;Station 2 (Anna)&quot;, %3 seconds</extracomment>
        <translation>%1: übersprungen: wird an %2 gepackt (seit %3 s); --take-over versendet sie trotzdem.</translation>
    </message>
    <message>
        <source>%1: taken over from %2.</source>
        <extracomment>%1 is an order, %2 a station such as &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>%1: von %2 übernommen.</translation>
    </message>
</context>
<context>
    <name>FulfillDialog</name>
    <message>
        <source>Fulfill %1</source>
        <extracomment>%1 is an order, such as #1001</extracomment>
        <translation>%1 versenden</translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n Order(s)</source>
        <translation>
            <numerusform>%n Bestellung versenden</numerusform>
            <numerusform>%n Bestellungen versenden</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these orders can be fulfilled now.</source>
        <translation>Keine dieser Bestellungen kann jetzt versandt werden.</translation>
    </message>
    <message>
        <source>%1 in %2 with %3 will be marked as fulfilled in Shopify.</source>
        <extracomment>%1 orders, %2 shipments, %3 items, each already counted (&quot;3 orders&quot;)</extracomment>
        <translation>Smidig markiert in Shopify %1 in %2 (%3) als versandt.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n Sendung</numerusform>
            <numerusform>%n Sendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking Numbers</source>
        <translation>Sendungsnummern</translation>
    </message>
    <message>
        <source>Optional. Scan or type each shipment&apos;s number: Enter goes to the next shipment, + adds another parcel to the same shipment. The carrier is detected from the number; choose another if Smidig got it wrong.</source>
        <translation>Optional. Scannen Sie die Nummer jeder Sendung oder geben Sie sie ein: Mit Enter geht es zur nächsten Sendung, mit + kommt ein weiteres Paket zur selben Sendung hinzu. Der Versanddienstleister wird aus der Nummer erkannt; wählen Sie einen anderen, falls Smidig sich geirrt hat.</translation>
    </message>
    <message>
        <source>&amp;Notify customer</source>
        <translation>&amp;Kunden benachrichtigen</translation>
    </message>
    <message>
        <source>Shopify emails the customer a shipping confirmation with the tracking links.</source>
        <translation>Shopify sendet dem Kunden eine Versandbestätigung mit den Tracking-Links per E-Mail.</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Return</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Not Fulfilled (%n order(s))</source>
        <translation>
            <numerusform>Nicht versandt (%n Bestellung)</numerusform>
            <numerusform>Nicht versandt (%n Bestellungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders that are not fulfilled</source>
        <translation>Bestellungen, die nicht versandt werden</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Why Not</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Nothing to Fulfill</source>
        <translation>Nichts zu versenden</translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n Order(s) Anyway</source>
        <translation>
            <numerusform>%n Bestellung trotzdem versenden</numerusform>
            <numerusform>%n Bestellungen trotzdem versenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfillProgressDialog</name>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take everything back before it is sent (Ctrl+Z)</source>
        <translation>Alles zurücknehmen, bevor es gesendet wird (Strg+Z)</translation>
    </message>
    <message>
        <source>Cancel &amp;Remaining</source>
        <translation>Verbleibende a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Withdraw what has not been sent yet; what was sent stays sent</source>
        <translation>Zurückziehen, was noch nicht gesendet wurde; bereits Gesendetes bleibt gesendet</translation>
    </message>
    <message>
        <source>Show &amp;Outbox</source>
        <translation>&amp;Postausgang anzeigen</translation>
    </message>
    <message>
        <source>Close this window; sending goes on in the background</source>
        <translation>Dieses Fenster schließen; das Senden läuft im Hintergrund weiter</translation>
    </message>
    <message>
        <source>Not everything could be taken back: %1</source>
        <translation>Nicht alles konnte zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>Undone: nothing was sent to Shopify.</source>
        <translation>Rückgängig gemacht: Nichts wurde an Shopify gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) taken back.</source>
        <translation>
            <numerusform>%n Sendung zurückgenommen.</numerusform>
            <numerusform>%n Sendungen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <extracomment>%1 says how many were withdrawn (&quot;3 shipments withdrawn&quot;), %2 how many had gone</extracomment>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) withdrawn</source>
        <translation>
            <numerusform>%n Sendung zurückgezogen</numerusform>
            <numerusform>%n Sendungen zurückgezogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) had already gone to Shopify</source>
        <translation>
            <numerusform>%n Sendung war bereits bei Shopify</numerusform>
            <numerusform>%n Sendungen waren bereits bei Shopify</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be withdrawn: %1</source>
        <translation>Nicht alles konnte zurückgezogen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n zurückgezogen</numerusform>
            <numerusform>%n zurückgezogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo (%n s)</source>
        <translation>
            <numerusform>&amp;Rückgängig (%n s)</numerusform>
            <numerusform>&amp;Rückgängig (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed shipments stay in the outbox with Shopify&apos;s message, where you can retry or drop them.</source>
        <translation>Fehlgeschlagene Sendungen bleiben mit der Meldung von Shopify im Postausgang; dort können Sie sie erneut senden oder verwerfen.</translation>
    </message>
</context>
<context>
    <name>FulfillProgressModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message numerus="yes">
        <source>Sends in %n s (can be undone)</source>
        <translation>
            <numerusform>Wird in %n s gesendet (rückgängig machbar)</numerusform>
            <numerusform>Wird in %n s gesendet (rückgängig machbar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message>
        <source>Checking with Shopify</source>
        <translation>Wird bei Shopify geprüft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Withdrawn, not sent</source>
        <translation>Zurückgezogen, nicht gesendet</translation>
    </message>
    <message>
        <source>Dropped, not sent</source>
        <translation>Verworfen, nicht gesendet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message from Shopify</source>
        <translation>Meldung von Shopify</translation>
    </message>
</context>
<context>
    <name>FulfillmentFlow</name>
    <message>
        <source>Cannot Fulfill</source>
        <translation>Versand nicht möglich</translation>
    </message>
    <message>
        <source>Fulfilling %1</source>
        <translation>%1 wird versandt</translation>
    </message>
    <message numerus="yes">
        <source>Fulfilling %n Order(s)</source>
        <translation>
            <numerusform>%n Bestellung wird versandt</numerusform>
            <numerusform>%n Bestellungen werden versandt</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Orders Changed</source>
        <extracomment>%1 is a list of orders, such as &quot;#1001, #1004&quot;</extracomment>
        <translation>Einige Bestellungen wurden geändert</translation>
    </message>
    <message>
        <source>Changed while the dialog was open, so not fulfilled: %1. Choose Fulfill again to see what is left.</source>
        <translation>Geändert, während der Dialog geöffnet war, daher nicht versandt: %1. Wählen Sie erneut „Versenden“, um zu sehen, was noch offen ist.</translation>
    </message>
    <message>
        <source>Cannot Read the Order</source>
        <translation>Bestellung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Shipment Not Found</source>
        <translation>Sendung nicht gefunden</translation>
    </message>
    <message>
        <source>The shipment is no longer in the local store. Sync and try again.</source>
        <translation>Die Sendung ist nicht mehr in der lokalen Datenbank. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot Update Tracking</source>
        <translation>Sendungsverfolgung kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Updating Tracking of %1</source>
        <translation>Sendungsverfolgung von %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Cancel Shipment</source>
        <translation>Sendung stornieren</translation>
    </message>
    <message>
        <source>Cancel shipment %1 of order %2?</source>
        <extracomment>%1 is a shipment (#1001-F1), %2 its order (#1001)</extracomment>
        <translation>Sendung %1 der Bestellung %2 stornieren?</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;The items in it become unfulfilled again.&lt;/li&gt;&lt;li&gt;Shopify makes new fulfillment orders for them; Smidig shows them once Shopify has answered.&lt;/li&gt;&lt;li&gt;The customer is not told automatically.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Die Artikel darin gelten wieder als nicht versandt.&lt;/li&gt;&lt;li&gt;Shopify legt neue Versandaufträge für sie an; Smidig zeigt sie, sobald Shopify geantwortet hat.&lt;/li&gt;&lt;li&gt;Der Kunde wird nicht automatisch benachrichtigt.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Keep Shipment</source>
        <translation>Sendung behalten</translation>
    </message>
    <message>
        <source>Cannot Cancel the Shipment</source>
        <translation>Sendung kann nicht storniert werden</translation>
    </message>
    <message>
        <source>Cancelling %1</source>
        <translation>%1 wird storniert</translation>
    </message>
    <message>
        <source>Cannot Mark Ready for Pickup</source>
        <translation>Kann nicht als abholbereit markieren</translation>
    </message>
    <message>
        <source>Nothing to Mark Ready</source>
        <translation>Nichts als bereit zu markieren</translation>
    </message>
    <message>
        <source>Ready for Pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n order(s) ready for pickup?</source>
        <translation>
            <numerusform>%n Bestellung als abholbereit markieren?</numerusform>
            <numerusform>%n Bestellungen als abholbereit markieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Shopify tells each customer that the order is ready to collect.</source>
        <translation>
            <numerusform>%n Artikel. Shopify teilt jedem Kunden mit, dass die Bestellung abholbereit ist.</numerusform>
            <numerusform>%n Artikel. Shopify teilt jedem Kunden mit, dass die Bestellung abholbereit ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation>Nicht enthalten:</translation>
    </message>
    <message>
        <source>Mark Ready</source>
        <translation>Als bereit markieren</translation>
    </message>
    <message>
        <source>Shipments Not Complete</source>
        <translation>Sendungen nicht vollständig</translation>
    </message>
    <message>
        <source>Shopify did not give every shipment or parcel of %1, so Smidig does not change or cancel them. Use Shopify&apos;s admin for this order.</source>
        <translation>Shopify hat nicht alle Sendungen oder Pakete von %1 geliefert, daher ändert oder storniert Smidig sie nicht. Verwenden Sie für diese Bestellung den Shopify-Adminbereich.</translation>
    </message>
    <message>
        <source>Changed while the question was open, so not marked ready: %1. Choose Ready for Pickup again to see what is left.</source>
        <translation>Geändert, während die Frage offen war, daher nicht als bereit markiert: %1. Wählen Sie erneut Abholbereit, um zu sehen, was übrig ist.</translation>
    </message>
    <message>
        <source>Take over from %1?</source>
        <extracomment>%1 is a station, such as &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>Von %1 übernehmen?</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 is an order, %2 another station&apos;s claim (&quot;Packing at Station 2 (Anna), 8 s&quot;)</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Take over %n order(s) from other stations?</source>
        <translation>
            <numerusform>%n Bestellung von anderen Stationen übernehmen?</numerusform>
            <numerusform>%n Bestellungen von anderen Stationen übernehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking over means that station can no longer fulfil it; the takeover is logged. Leave it there unless you know that station has stopped.</source>
        <translation>Nach der Übernahme kann die andere Station sie nicht mehr versenden; die Übernahme wird protokolliert. Lassen Sie sie dort, es sei denn, Sie wissen, dass die Station nicht mehr arbeitet.</translation>
    </message>
    <message>
        <source>Being Packed at Another Station</source>
        <translation>Wird an einer anderen Station gepackt</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Leave It There</source>
        <translation>Dort lassen</translation>
    </message>
    <message>
        <source>Packing Stopped</source>
        <extracomment>%1 is an order, %2 what happened to it (&quot;it was put on hold&quot;)</extracomment>
        <translation>Packen angehalten</translation>
    </message>
    <message>
        <source>%1 took over %2, so nothing was fulfilled here.</source>
        <translation>%1 hat %2 übernommen, daher wurde hier nichts versandt.</translation>
    </message>
    <message>
        <source>This station lost its claim on %1 (it was not renewed in time), so nothing was fulfilled here. Choose Fulfill again to claim it again.</source>
        <translation>Diese Station hat ihren Anspruch auf %1 verloren (er wurde nicht rechtzeitig erneuert), daher wurde hier nichts versandt. Wählen Sie erneut „Versenden“, um sie wieder zu beanspruchen.</translation>
    </message>
    <message>
        <source>%1 cannot be fulfilled now: %2 (a sync just brought the change). Nothing was fulfilled here.</source>
        <translation>%1 kann jetzt nicht versandt werden: %2 (eine Synchronisierung hat die Änderung gerade gebracht). Hier wurde nichts versandt.</translation>
    </message>
    <message>
        <source>Not Fulfilled Here</source>
        <translation>Hier nicht versandt</translation>
    </message>
</context>
<context>
    <name>FulfillmentPlanner</name>
    <message>
        <source>the order was cancelled</source>
        <translation>die Bestellung wurde storniert</translation>
    </message>
    <message>
        <source>already fulfilled</source>
        <translation>bereits versandt</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>on hold: %1</source>
        <translation>zurückgestellt: %1</translation>
    </message>
    <message>
        <source>scheduled for later</source>
        <translation>für später geplant</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>geplant für %1</translation>
    </message>
    <message>
        <source>shipped by %1</source>
        <translation>wird von %1 versandt</translation>
    </message>
    <message>
        <source>requested from %1, not shipped here</source>
        <translation>bei %1 angefordert, wird nicht hier versandt</translation>
    </message>
    <message>
        <source>Smidig is already sending a change for it</source>
        <translation>Smidig sendet bereits eine Änderung dafür</translation>
    </message>
    <message>
        <source>Shopify does not allow fulfilling it now</source>
        <translation>Shopify lässt den Versand derzeit nicht zu</translation>
    </message>
    <message>
        <source>Shopify does not allow fulfilling it now (%1)</source>
        <translation>Shopify lässt den Versand derzeit nicht zu (%1)</translation>
    </message>
    <message>
        <source>no quantities chosen</source>
        <translation>keine Mengen gewählt</translation>
    </message>
    <message>
        <source>partly: %1</source>
        <translation>teilweise: %1</translation>
    </message>
    <message>
        <source>Shopify is still assigning it to a location; try again in a minute</source>
        <translation>Shopify weist sie noch einem Standort zu; versuchen Sie es in einer Minute erneut</translation>
    </message>
    <message>
        <source>Shopify no longer shows this order to Smidig (it is older than 60 days); fulfil it in Shopify&apos;s admin, or give the app the read_all_orders scope</source>
        <translation>Shopify zeigt Smidig diese Bestellung nicht mehr (sie ist älter als 60 Tage); versenden Sie sie im Shopify-Adminbereich, oder geben Sie der App den Zugriffsbereich read_all_orders</translation>
    </message>
    <message>
        <source>local pickup: use Ready for Pickup, then Picked Up</source>
        <translation>Abholung vor Ort: verwenden Sie Abholbereit und danach Abgeholt</translation>
    </message>
    <message>
        <source>local pickup at %1: use Ready for Pickup, then Picked Up</source>
        <translation>Abholung vor Ort in %1: verwenden Sie Abholbereit und danach Abgeholt</translation>
    </message>
    <message>
        <source>local pickup not marked ready yet: use Ready for Pickup first</source>
        <translation>Abholung vor Ort noch nicht als bereit markiert: verwenden Sie zuerst Abholbereit</translation>
    </message>
    <message>
        <source>not a local pickup order</source>
        <translation>keine Bestellung zur Abholung vor Ort</translation>
    </message>
    <message>
        <source>fulfilled outside Shopify; Smidig may not fulfil it</source>
        <translation>wird außerhalb von Shopify versandt; Smidig darf sie nicht versenden</translation>
    </message>
    <message>
        <source>fulfilled outside Shopify (%1); Smidig may not fulfil it</source>
        <translation>wird außerhalb von Shopify versandt (%1); Smidig darf sie nicht versenden</translation>
    </message>
    <message>
        <source>Shopify shows Smidig no fulfillment orders of it (a marketplace or another app may handle it); fulfil it in Shopify&apos;s admin</source>
        <translation>Shopify zeigt Smidig keine Versandaufträge dafür (ein Marktplatz oder eine andere App wickelt sie vielleicht ab); versenden Sie sie im Shopify-Adminbereich</translation>
    </message>
    <message>
        <source>being packed at %1</source>
        <extracomment>%1 is a station, such as &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>wird an %1 gepackt</translation>
    </message>
    <message>
        <source>already being fulfilled at %1</source>
        <extracomment>%1 is a station, such as &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>wird bereits an %1 versandt</translation>
    </message>
    <message>
        <source>fulfilled meanwhile, at another station or in Shopify</source>
        <translation>inzwischen versandt, an einer anderen Station oder in Shopify</translation>
    </message>
    <message>
        <source>Smidig is still reading its items from Shopify; try again in a moment</source>
        <translation>Smidig liest ihre Artikel noch von Shopify; versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>ImportTrackingCommand</name>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Geben Sie genau eine CSV-Datei zum Importieren an.</translation>
    </message>
    <message>
        <source>Line %1: %2 The row was skipped.</source>
        <translation>Zeile %1: %2 Die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: no order &quot;%2&quot; in the shop.</source>
        <translation>Zeile %1: Keine Bestellung „%2“ im Shop.</translation>
    </message>
    <message>
        <source>fulfilled with tracking</source>
        <translation>mit Sendungsnummer versandt</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>tracking added to %1</source>
        <translation>Sendungsnummer zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 skipped.</source>
        <translation>
            <numerusform>%n Zeile gelesen, %1 übersprungen.</numerusform>
            <numerusform>%n Zeilen gelesen, %1 übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait in the outbox; smidig-cli sync sends them when the shop answers.</source>
        <translation>
            <numerusform>%n Vorgang wartet im Postausgang; smidig-cli sync sendet ihn, sobald der Shop antwortet.</numerusform>
            <numerusform>%n Vorgänge warten im Postausgang; smidig-cli sync sendet sie, sobald der Shop antwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: no tracking links are sent for &quot;%2&quot;: Shopify needs a link for every number or for none, and some of its numbers have none.</source>
        <translation>Zeile %1: Für „%2“ werden keine Sendungsverfolgungslinks gesendet: Shopify braucht einen Link für jede Nummer oder für keine, und einige ihrer Nummern haben keinen.</translation>
    </message>
    <message>
        <source>Line %1: %2: Shopify did not give every shipment or parcel of this order, so Smidig does not change its tracking; add the numbers in Shopify&apos;s admin.</source>
        <translation>Zeile %1: %2: Shopify hat nicht alle Sendungen oder Pakete dieser Bestellung geliefert, daher ändert Smidig ihre Sendungsverfolgung nicht; fügen Sie die Nummern im Shopify-Adminbereich hinzu.</translation>
    </message>
</context>
<context>
    <name>InventorySyncResult</name>
    <message>
        <source>The stock could not be read: %1 The orders are not affected; the stock shown is the last that was read, and it is read again after the next sync.</source>
        <translation>Der Bestand konnte nicht gelesen werden: %1 Die Bestellungen sind nicht betroffen; der angezeigte Bestand ist der zuletzt gelesene, und er wird nach der nächsten Synchronisierung erneut gelesen.</translation>
    </message>
    <message>
        <source>The stock that was read could not be saved: %1 The orders are not affected; the stock shown is the last that was saved.</source>
        <translation>Der gelesene Bestand konnte nicht gespeichert werden: %1 Die Bestellungen sind nicht betroffen; der angezeigte Bestand ist der zuletzt gespeicherte.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Smidig</source>
        <translation>Smidig</translation>
    </message>
    <message>
        <source>%1 – Smidig</source>
        <translation>%1 – Smidig</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the latest orders from the shop (F5)</source>
        <translation>Die neuesten Bestellungen aus dem Shop abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Orders</source>
        <translation>Bestellungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>All Orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Smidig</source>
        <translation>Ü&amp;ber Smidig</translation>
    </message>
    <message>
        <source>About Smidig</source>
        <translation>Über Smidig</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smidig %1&lt;/b&gt;&lt;p&gt;An order desk for Shopify stores: see what is paid but not shipped, and ship it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Smidig %1&lt;/b&gt;&lt;p&gt;Eine Bestellzentrale für Shopify-Shops: Sehen Sie, was bezahlt, aber noch nicht versandt ist, und versenden Sie es.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search order, customer, email, SKU or tracking number (Ctrl+F)</source>
        <translation>Bestellung, Kunde, E-Mail, SKU oder Sendungsnummer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) shown</source>
        <translation>
            <numerusform>%1 von %n Bestellung angezeigt</numerusform>
            <numerusform>%1 von %n Bestellungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fulfill...</source>
        <translation>&amp;Versenden...</translation>
    </message>
    <message>
        <source>Fulfill the selected orders (Ctrl+Return)</source>
        <translation>Die ausgewählten Bestellungen versenden (Strg+Return)</translation>
    </message>
    <message>
        <source>Fulfill &amp;All Shown...</source>
        <translation>&amp;Alle angezeigten versenden...</translation>
    </message>
    <message>
        <source>Fulfill every order the table shows that is not fulfilled yet (Ctrl+Shift+Return)</source>
        <translation>Alle in der Tabelle angezeigten, noch nicht versandten Bestellungen versenden (Strg+Umschalt+Return)</translation>
    </message>
    <message>
        <source>&amp;Undo Sending</source>
        <translation>Senden &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Take back the latest fulfillment before it is sent (Ctrl+Z)</source>
        <translation>Den letzten Versand zurücknehmen, bevor er gesendet wird (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Actions on their way to Shopify, and those that failed (Ctrl+Shift+O)</source>
        <translation>Vorgänge auf dem Weg zu Shopify und fehlgeschlagene Vorgänge (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Connect Another Shop...</source>
        <translation>&amp;Anderen Shop verbinden...</translation>
    </message>
    <message>
        <source>Connect Smidig to another shop, or to the same one with new credentials</source>
        <translation>Smidig mit einem anderen Shop verbinden oder mit demselben mit neuen Anmeldedaten</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Try Now</source>
        <translation>&amp;Jetzt versuchen</translation>
    </message>
    <message>
        <source>Try to reach the shop now (F5)</source>
        <translation>Jetzt versuchen, den Shop zu erreichen (F5)</translation>
    </message>
    <message>
        <source>Connect A&amp;gain...</source>
        <translation>&amp;Erneut verbinden...</translation>
    </message>
    <message>
        <source>Offline since %1. Smidig works from the orders it has; fulfillments wait in the outbox and go out when the shop answers again.</source>
        <extracomment>%1 is when the shop stopped answering, in local time: &quot;10:42&quot;, or a date and time</extracomment>
        <translation>Offline seit %1. Smidig arbeitet mit den vorhandenen Bestellungen; Versandvorgänge warten im Postausgang und werden gesendet, sobald der Shop wieder antwortet.</translation>
    </message>
    <message>
        <source>Trying to reach the shop...</source>
        <translation>Verbindung zum Shop wird versucht...</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <extracomment>%1 is a time (&quot;10:47&quot;)</extracomment>
        <translation>Nächster Versuch: %1.</translation>
    </message>
    <message>
        <source>&amp;Ready for Pickup...</source>
        <translation>&amp;Abholbereit...</translation>
    </message>
    <message>
        <source>Tell the customers of the selected pickup orders that they can collect (Ctrl+R)</source>
        <translation>Den Kunden der ausgewählten Abholbestellungen mitteilen, dass sie abholen können (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Picked Up...</source>
        <translation>Ab&amp;geholt...</translation>
    </message>
    <message>
        <source>Fulfill the selected pickup orders: the customer has collected them (Ctrl+Shift+R)</source>
        <translation>Die ausgewählten Abholbestellungen versenden: Der Kunde hat sie abgeholt (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Open &amp;Log</source>
        <translation>&amp;Protokoll öffnen</translation>
    </message>
    <message>
        <source>Show the log, which has the technical detail of every problem</source>
        <translation>Das Protokoll anzeigen, das die technischen Details jedes Problems enthält</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Customer details hidden: the app has no access to protected customer data. Orders sync and ship as usual. To see names, emails and addresses, request access to protected customer data for the app in Shopify (the app&apos;s API access settings), then sync again.</source>
        <translation>Kundendaten ausgeblendet: Die App hat keinen Zugriff auf geschützte Kundendaten. Bestellungen werden wie gewohnt synchronisiert und versandt. Um Namen, E-Mail-Adressen und Anschriften zu sehen, beantragen Sie in Shopify den Zugriff auf geschützte Kundendaten für die App (Einstellungen für den API-Zugriff der App) und synchronisieren Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) older than 60 days are no longer shown by Shopify and are kept as last read (&quot;no longer readable&quot;). Give the app the read_all_orders scope to keep reading such orders.</source>
        <translation>
            <numerusform>%n offene Bestellung, die älter als 60 Tage ist, zeigt Shopify nicht mehr; sie bleibt so, wie sie zuletzt gelesen wurde („nicht mehr lesbar“). Geben Sie der App den Zugriffsbereich read_all_orders, um solche Bestellungen weiter zu lesen.</numerusform>
            <numerusform>%n offene Bestellungen, die älter als 60 Tage sind, zeigt Shopify nicht mehr; sie bleiben so, wie sie zuletzt gelesen wurden („nicht mehr lesbar“). Geben Sie der App den Zugriffsbereich read_all_orders, um solche Bestellungen weiter zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Es wurde noch nichts protokolliert.</translation>
    </message>
    <message>
        <source>The log is the file %1. Open it with a text editor.</source>
        <translation>Das Protokoll ist die Datei %1. Öffnen Sie sie mit einem Texteditor.</translation>
    </message>
    <message>
        <source>Change Pac&amp;ker...</source>
        <translation>&amp;Packer wechseln...</translation>
    </message>
    <message>
        <source>Say who packs at this station now; fulfillments are recorded with the name (Ctrl+Shift+P)</source>
        <translation>Angeben, wer jetzt an dieser Station packt; Versände werden mit dem Namen festgehalten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Change Packer</source>
        <translation>Packer wechseln</translation>
    </message>
    <message>
        <source>Who packs at %1 now? Leave it empty to name nobody.</source>
        <extracomment>%1 is this station&apos;s name</extracomment>
        <translation>Wer packt jetzt an %1? Leer lassen, um niemanden zu nennen.</translation>
    </message>
    <message>
        <source>%1 syncs this shop for every station; its changes show here as they arrive.</source>
        <extracomment>%1 is a station&apos;s name (&quot;Station 1 (Anna)&quot;)</extracomment>
        <translation>%1 synchronisiert diesen Shop für alle Stationen; die Änderungen erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>&amp;Pack Mode</source>
        <translation>&amp;Packmodus</translation>
    </message>
    <message>
        <source>Pack one order at a time with the scanner (F2)</source>
        <translation>Eine Bestellung nach der anderen mit dem Scanner packen (F2)</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, for this session</source>
        <translation>nur im Arbeitsspeicher, für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>another station</source>
        <translation>eine andere Station</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a station&apos;s name, %2 the person packing there: &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>it is no longer in the shop</source>
        <translation>sie ist nicht mehr im Shop</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>sie wurde storniert</translation>
    </message>
    <message>
        <source>it was put on hold</source>
        <translation>sie wurde zurückgestellt</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <source>Select an order to see its items, fulfillment orders and tracking.</source>
        <translation>Wählen Sie eine Bestellung, um Artikel, Versandaufträge und Sendungsverfolgung zu sehen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Fulfillment orders</source>
        <translation>Versandaufträge</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Bestellt am %1</translation>
    </message>
    <message>
        <source>Fulfillment: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Zahlung: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Storniert am %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Kein Standort</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left to ship</source>
        <translation>
            <numerusform>Noch %n Artikel zu versenden</numerusform>
            <numerusform>Noch %n Artikel zu versenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Abgewickelt von %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Öffnet am %1</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>Zurückgestellt: %1</translation>
    </message>
    <message>
        <source>Nothing shipped yet</source>
        <translation>Noch nichts versandt</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>No tracking number</source>
        <translation>Keine Sendungsnummer</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>No SKU</source>
        <translation>Keine SKU</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Fulfill Selected &amp;Quantities...</source>
        <translation>Ausgewählte &amp;Mengen versenden...</translation>
    </message>
    <message>
        <source>Ship Now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Fulfill just the quantities under &quot;Ship Now&quot; (Alt+Q)</source>
        <translation>Nur die Mengen unter „Jetzt senden“ versenden (Alt+M)</translation>
    </message>
    <message>
        <source>Ship now: %1</source>
        <extracomment>%1 is a line item&apos;s title</extracomment>
        <translation>Jetzt senden: %1</translation>
    </message>
    <message>
        <source>Edit Tracking...</source>
        <translation>Sendungsverfolgung bearbeiten...</translation>
    </message>
    <message>
        <source>Edit tracking of %1</source>
        <extracomment>%1 is a shipment, such as #1001-F1</extracomment>
        <translation>Sendungsverfolgung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Cancel Shipment...</source>
        <translation>Sendung stornieren...</translation>
    </message>
    <message>
        <source>Cancel shipment %1</source>
        <translation>Sendung %1 stornieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock:&lt;/b&gt; everything it still needs is on the shelf.</source>
        <translation>&lt;b&gt;Bestand:&lt;/b&gt; Alles, was die Bestellung noch braucht, ist vorrätig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock:&lt;/b&gt; ships partly; short of %1.</source>
        <extracomment>%1 is a list of SKUs</extracomment>
        <translation>&lt;b&gt;Bestand:&lt;/b&gt; teilweise versandbereit; Fehlbestand bei %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock:&lt;/b&gt; blocked; short of %1.</source>
        <extracomment>%1 is a list of SKUs</extracomment>
        <translation>&lt;b&gt;Bestand:&lt;/b&gt; blockiert; Fehlbestand bei %1.</translation>
    </message>
    <message>
        <source>%1 (test order)</source>
        <translation>%1 (Testbestellung)</translation>
    </message>
    <message>
        <source>Customer hidden</source>
        <translation>Kunde ausgeblendet</translation>
    </message>
    <message>
        <source>Shopify leaves out the customer&apos;s name, email and address: the app has no access to protected customer data.</source>
        <translation>Shopify lässt Namen, E-Mail-Adresse und Anschrift des Kunden weg: Die App hat keinen Zugriff auf geschützte Kundendaten.</translation>
    </message>
    <message>
        <source>No shipping address</source>
        <translation>Keine Lieferadresse</translation>
    </message>
    <message>
        <source>Ship to %1</source>
        <translation>Lieferung an %1</translation>
    </message>
    <message>
        <source>Test order: nothing was paid, and nothing needs to ship.</source>
        <translation>Testbestellung: Nichts wurde bezahlt, und nichts muss versandt werden.</translation>
    </message>
    <message>
        <source>No longer readable:</source>
        <translation>Nicht mehr lesbar:</translation>
    </message>
    <message>
        <source>since %1 Shopify no longer shows this open order to Smidig, because it is older than 60 days and the app lacks the read_all_orders scope. Smidig keeps it as it was last read. Give the app read_all_orders to keep reading such orders, or handle it in Shopify&apos;s admin.</source>
        <translation>seit %1 zeigt Shopify Smidig diese offene Bestellung nicht mehr, weil sie älter als 60 Tage ist und der App der Zugriffsbereich read_all_orders fehlt. Smidig behält sie so, wie sie zuletzt gelesen wurde. Geben Sie der App read_all_orders, um solche Bestellungen weiter zu lesen, oder bearbeiten Sie sie im Shopify-Adminbereich.</translation>
    </message>
    <message>
        <source>Being routed:</source>
        <translation>Wird zugewiesen:</translation>
    </message>
    <message>
        <source>Shopify has not yet assigned this new order to a location. It can be fulfilled once it has, usually within a minute.</source>
        <translation>Shopify hat diese neue Bestellung noch keinem Standort zugewiesen. Sie kann versandt werden, sobald das geschehen ist, meist innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>None yet: Shopify is still routing the order</source>
        <translation>Noch keine: Shopify weist die Bestellung noch zu</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup, waiting for the customer</source>
        <translation>
            <numerusform>%n Artikel abholbereit, wartet auf den Kunden</numerusform>
            <numerusform>%n Artikel abholbereit, warten auf den Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to make ready for pickup</source>
        <translation>
            <numerusform>%n Artikel zur Abholung vorzubereiten</numerusform>
            <numerusform>%n Artikel zur Abholung vorzubereiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify did not give every shipment or parcel of this order, so they are shown here but cannot be changed or cancelled from Smidig. Use Shopify&apos;s admin for them.</source>
        <translation>Shopify hat nicht alle Sendungen oder Pakete dieser Bestellung geliefert; sie werden hier angezeigt, können in Smidig aber nicht geändert oder storniert werden. Verwenden Sie dafür den Shopify-Adminbereich.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(keine Nummer)</translation>
    </message>
    <message>
        <source>No fulfillment orders:</source>
        <translation>Keine Versandaufträge:</translation>
    </message>
    <message>
        <source>Shopify shows Smidig none for this order, although something is left to ship: a marketplace or another app may handle it. Fulfil it in Shopify&apos;s admin.</source>
        <translation>Shopify zeigt Smidig keine für diese Bestellung, obwohl noch etwas zu versenden ist: Ein Marktplatz oder eine andere App wickelt sie vielleicht ab. Versenden Sie sie im Shopify-Adminbereich.</translation>
    </message>
    <message>
        <source>Made ready for pickup at %1, %2</source>
        <extracomment>%1 is a station&apos;s name, %2 a date and time</extracomment>
        <translation>Abholbereit gemacht an %1, %2</translation>
    </message>
    <message>
        <source>Made ready for pickup at %1 by %2, %3</source>
        <extracomment>%1 is a station&apos;s name, %2 the packer&apos;s name, %3 a date and time</extracomment>
        <translation>Abholbereit gemacht an %1 durch %2, %3</translation>
    </message>
    <message>
        <source>Fulfilled at %1, %2</source>
        <extracomment>%1 is a station&apos;s name, %2 a date and time</extracomment>
        <translation>Versendet von %1, %2</translation>
    </message>
    <message>
        <source>Fulfilled at %1 by %2, %3</source>
        <extracomment>%1 is a station&apos;s name, %2 the packer&apos;s name, %3 a date and time</extracomment>
        <translation>Versendet von %1 durch %2, %3</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <extracomment>After a fulfillment in the packing history that is still on its way to Shopify</extracomment>
        <translation>%1 (wird gesendet)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <extracomment>After a fulfillment in the packing history that Shopify refused</extracomment>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned</source>
        <translation>
            <numerusform>%n gescannt</numerusform>
            <numerusform>%n gescannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed</source>
        <translation>
            <numerusform>%n eingegeben</numerusform>
            <numerusform>%n eingegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by hand</source>
        <translation>
            <numerusform>%n von Hand bestätigt</numerusform>
            <numerusform>%n von Hand bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an item&apos;s title, %2 how its units were counted (&quot;2 scanned, 10 typed&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shipping method: %1</source>
        <translation>Versandart: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anmerkung:</translation>
    </message>
    <message>
        <source>Still reading:</source>
        <translation>Wird noch gelesen:</translation>
    </message>
    <message>
        <source>Smidig has listed this order and is still reading its items, locations and shipments from Shopify. They show here, and the order can be fulfilled, once they are in.</source>
        <translation>Smidig hat diese Bestellung aufgelistet und liest ihre Artikel, Standorte und Sendungen noch von Shopify. Sie erscheinen hier, und die Bestellung kann versandt werden, sobald sie da sind.</translation>
    </message>
    <message>
        <source>Still being read from Shopify</source>
        <translation>Wird noch von Shopify gelesen</translation>
    </message>
</context>
<context>
    <name>OrderOutput</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Shopify reports the status &quot;%1&quot;, which this version of Smidig does not know.</source>
        <translation>Shopify meldet den Status „%1“, den diese Version von Smidig nicht kennt.</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (storniert)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Smidig is sending a change for this order to Shopify.</source>
        <translation>Smidig sendet eine Änderung dieser Bestellung an Shopify.</translation>
    </message>
    <message>
        <source>A change for this order did not reach Shopify. The outbox (Ctrl+Shift+O) shows why, and lets you retry or drop it.</source>
        <translation>Eine Änderung dieser Bestellung hat Shopify nicht erreicht. Der Postausgang (Strg+Umschalt+O) zeigt den Grund; dort können Sie sie erneut senden oder verwerfen.</translation>
    </message>
    <message>
        <source>%1 · sending</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) while Smidig sends a change for the order</extracomment>
        <translation>%1 · wird gesendet</translation>
    </message>
    <message>
        <source>%1 · not sent</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) when a change for the order failed</extracomment>
        <translation>%1 · nicht gesendet</translation>
    </message>
    <message>
        <source>Short of %1</source>
        <extracomment>%1 is a list of SKUs</extracomment>
        <translation>Fehlbestand bei %1</translation>
    </message>
    <message>
        <source>Everything this order still needs is on the shelf.</source>
        <translation>Alles, was diese Bestellung noch braucht, ist vorrätig.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Shopify no longer shows this open order to Smidig: it is older than 60 days and the app lacks the read_all_orders scope. Smidig keeps it as it was last read.</source>
        <translation>Shopify zeigt Smidig diese offene Bestellung nicht mehr: Sie ist älter als 60 Tage, und der App fehlt der Zugriffsbereich read_all_orders. Smidig behält sie so, wie sie zuletzt gelesen wurde.</translation>
    </message>
    <message>
        <source>Shopify has not yet assigned this new order to a location; it can be fulfilled once it has.</source>
        <translation>Shopify hat diese neue Bestellung noch keinem Standort zugewiesen; sie kann versandt werden, sobald das geschehen ist.</translation>
    </message>
    <message>
        <source>The customer collects this order: mark it ready for pickup, then picked up.</source>
        <translation>Der Kunde holt diese Bestellung ab: Markieren Sie sie als abholbereit und danach als abgeholt.</translation>
    </message>
    <message>
        <source>Customer details hidden: the app has no access to protected customer data.</source>
        <translation>Kundendaten ausgeblendet: Die App hat keinen Zugriff auf geschützte Kundendaten.</translation>
    </message>
    <message>
        <source>A test order: nothing was paid, and nothing needs to ship.</source>
        <translation>Eine Testbestellung: Nichts wurde bezahlt, und nichts muss versandt werden.</translation>
    </message>
    <message>
        <source>%1 · test</source>
        <extracomment>an order&apos;s name (&quot;#1001&quot;) when the order was placed in test mode</extracomment>
        <translation>%1 · Test</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>%1 · no longer readable</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order Shopify no longer shows</extracomment>
        <translation>%1 · nicht mehr lesbar</translation>
    </message>
    <message>
        <source>%1 · being routed</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order Shopify has not routed yet</extracomment>
        <translation>%1 · wird zugewiesen</translation>
    </message>
    <message>
        <source>%1 · pickup</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order the customer collects</extracomment>
        <translation>%1 · Abholung</translation>
    </message>
    <message>
        <source>Shopify shows Smidig no fulfillment orders of this order: a marketplace or another app may handle it. Fulfil it in Shopify&apos;s admin.</source>
        <translation>Shopify zeigt Smidig keine Versandaufträge dieser Bestellung: Ein Marktplatz oder eine andere App wickelt sie vielleicht ab. Versenden Sie sie im Shopify-Adminbereich.</translation>
    </message>
    <message>
        <source>%1 · no fulfillment orders</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order with no fulfillment orders the app can see, long after it was placed</extracomment>
        <translation>%1 · keine Versandaufträge</translation>
    </message>
    <message>
        <source>%1 is packing this order. Fulfilling it here takes it over from there.</source>
        <extracomment>%1 is a station (&quot;Station 2 (Anna)&quot;)</extracomment>
        <translation>%1 packt diese Bestellung. Wird sie hier versandt, wird sie von dort übernommen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) and another station&apos;s claim on the order (&quot;Packing at Station 2 (Anna), 8 s&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Smidig has listed this order and is still reading its items from Shopify; it can be fulfilled once they are in.</source>
        <translation>Smidig hat diese Bestellung aufgelistet und liest ihre Artikel noch von Shopify; sie kann versandt werden, sobald sie da sind.</translation>
    </message>
    <message>
        <source>%1 · reading items</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order whose items are still being read by the first sync</extracomment>
        <translation>%1 · Artikel werden gelesen</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Versandbereit</translation>
    </message>
    <message>
        <source>Blocked by stock</source>
        <translation>Durch Fehlbestand blockiert</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Smidig stopped while sending this; it is checked with Shopify before it is sent again.</source>
        <translation>Smidig wurde beendet, während dies gesendet wurde; vor dem erneuten Senden wird es bei Shopify geprüft.</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Some actions did not reach Shopify: click to see them and retry or drop them</source>
        <translation>Einige Vorgänge haben Shopify nicht erreicht: Klicken Sie, um sie anzuzeigen und erneut zu senden oder zu verwerfen</translation>
    </message>
    <message>
        <source>Actions on their way to Shopify: click to see them</source>
        <translation>Vorgänge auf dem Weg zu Shopify: Klicken Sie, um sie anzuzeigen</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Drop...</source>
        <translation>&amp;Verwerfen...</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Send the selected failed actions again</source>
        <translation>Die ausgewählten fehlgeschlagenen Vorgänge erneut senden</translation>
    </message>
    <message>
        <source>Forget the selected actions: they are not sent (Delete)</source>
        <translation>Die ausgewählten Vorgänge verwerfen: Sie werden nicht gesendet (Entf)</translation>
    </message>
    <message>
        <source>Actions on their way to Shopify. Failed ones stay here until you retry or drop them.</source>
        <translation>Vorgänge auf dem Weg zu Shopify. Fehlgeschlagene bleiben hier, bis Sie sie erneut senden oder verwerfen.</translation>
    </message>
    <message>
        <source>Drop Actions</source>
        <translation>Vorgänge verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n action(s) for %1?</source>
        <translation>
            <numerusform>%n Vorgang für %1 verwerfen?</numerusform>
            <numerusform>%n Vorgänge für %1 verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are not sent to Shopify, and the orders no longer show them. An action whose outcome Smidig could not check may still have reached Shopify: the next sync shows the order as Shopify has it.</source>
        <translation>Sie werden nicht an Shopify gesendet, und die Bestellungen zeigen sie nicht mehr an. Ein Vorgang, dessen Ergebnis Smidig nicht prüfen konnte, hat Shopify womöglich doch erreicht: Die nächste Synchronisierung zeigt die Bestellung so, wie Shopify sie hat.</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Shopify refused it: %1</source>
        <translation>Shopify hat es abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not carried out by Shopify; sending it again.</source>
        <translation>Von Shopify nicht ausgeführt; wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The order changed in Shopify while Smidig was sending this, so it was not sent again. Check the order, then retry or drop this.</source>
        <translation>Die Bestellung wurde in Shopify geändert, während Smidig dies gesendet hat; daher wurde es nicht erneut gesendet. Prüfen Sie die Bestellung und senden Sie den Vorgang dann erneut oder verwerfen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Fulfill</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Update tracking</source>
        <translation>Sendungsverfolgung aktualisieren</translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation>Sendung stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n item(s)</source>
        <extracomment>%1 is a location, such as &quot;Lager Vejle&quot;</extracomment>
        <translation>
            <numerusform>%n Artikel versenden</numerusform>
            <numerusform>%n Artikel versenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n item(s) from %1</source>
        <translation>
            <numerusform>%n Artikel von %1 versenden</numerusform>
            <numerusform>%n Artikel von %1 versenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tracking</source>
        <translation>Sendungsverfolgung entfernen</translation>
    </message>
    <message>
        <source>Update tracking: %1</source>
        <extracomment>%1 is one or more tracking numbers</extracomment>
        <translation>Sendungsverfolgung aktualisieren: %1</translation>
    </message>
    <message>
        <source>Waiting (can be undone)</source>
        <translation>Wartet (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Checking with Shopify</source>
        <translation>Wird bei Shopify geprüft</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup</source>
        <extracomment>%1 is a location, such as &quot;Butik Aarhus&quot;</extracomment>
        <translation>
            <numerusform>%n Artikel abholbereit</numerusform>
            <numerusform>%n Artikel abholbereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup at %1</source>
        <translation>
            <numerusform>%n Artikel abholbereit in %1</numerusform>
            <numerusform>%n Artikel abholbereit in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>%1 is no order Smidig knows. Scan a packing slip or an order number.</source>
        <extracomment>%1 is what the scanner read</extracomment>
        <translation>%1 ist keine Bestellung, die Smidig kennt. Scannen Sie einen Packzettel oder eine Bestellnummer.</translation>
    </message>
    <message>
        <source>No packing slip to print: no order is on the table.</source>
        <translation>Kein Packzettel zu drucken: Es liegt keine Bestellung auf dem Tisch.</translation>
    </message>
    <message>
        <source>No order %1 here. Sync, or scan another slip.</source>
        <extracomment>%1 is an order&apos;s name or number as scanned</extracomment>
        <translation>Keine Bestellung %1 hier. Synchronisieren Sie oder scannen Sie einen anderen Packzettel.</translation>
    </message>
    <message>
        <source>%1 is on the table already.</source>
        <translation>%1 liegt bereits auf dem Tisch.</translation>
    </message>
    <message>
        <source>That order is no longer in the store.</source>
        <translation>Diese Bestellung ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <source>%1 is taken: %2. Scan another slip.</source>
        <extracomment>%1 is an order, %2 another station&apos;s claim (&quot;Packing at Station 2 (Anna), 8 s&quot;)</extracomment>
        <translation>%1 ist vergeben: %2. Scannen Sie einen anderen Packzettel.</translation>
    </message>
    <message>
        <source>%1: nothing to pack here. %2</source>
        <extracomment>%1 is an order, %2 why nothing of it can be packed here now</extracomment>
        <translation>%1: Hier ist nichts zu packen. %2</translation>
    </message>
    <message>
        <source>%1 is on the table.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>%1 liegt auf dem Tisch.</translation>
    </message>
    <message>
        <source>Scan a packing slip first.</source>
        <translation>Scannen Sie zuerst einen Packzettel.</translation>
    </message>
    <message>
        <source>Choose a line without barcode first.</source>
        <translation>Wählen Sie zuerst eine Zeile ohne Barcode.</translation>
    </message>
    <message>
        <source>No order is waiting. Scan a packing slip.</source>
        <translation>Keine Bestellung wartet. Scannen Sie einen Packzettel.</translation>
    </message>
    <message>
        <source>No order is on the table.</source>
        <translation>Es liegt keine Bestellung auf dem Tisch.</translation>
    </message>
    <message>
        <source>Items are left to scan.</source>
        <translation>Es sind noch Artikel zu scannen.</translation>
    </message>
    <message>
        <source>Scan the shipping label first.</source>
        <translation>Scannen Sie zuerst das Versandetikett.</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nichts wurde eingereiht.</translation>
    </message>
    <message>
        <source>%1 was not fulfilled: %2</source>
        <extracomment>%1 is an order, %2 why it was refused</extracomment>
        <translation>%1 wurde nicht versendet: %2</translation>
    </message>
    <message>
        <source>%1 fulfilled. Scan the next slip.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>%1 versendet. Scannen Sie den nächsten Packzettel.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1 is sent to Shopify already and cannot be taken back here.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>%1 ist bereits an Shopify gesendet und kann hier nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Fulfillment of %1 taken back: it was not sent.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>Versand von %1 zurückgenommen: Er wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 put aside. Scan the next slip.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>%1 zurückgestellt. Scannen Sie den nächsten Packzettel.</translation>
    </message>
    <message>
        <source>Stop packing %1: %2</source>
        <extracomment>%1 is an order&apos;s name, %2 what happened to it (a hold, a cancellation)</extracomment>
        <translation>Packen von %1 stoppen: %2</translation>
    </message>
    <message>
        <source>Another station took over %1. Put its items aside.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>Eine andere Station hat %1 übernommen. Legen Sie die Artikel beiseite.</translation>
    </message>
</context>
<context>
    <name>PackHotkeysDialog</name>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Switch between the order table and pack mode</source>
        <translation>Zwischen Bestelltabelle und Packmodus wechseln</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Fulfill the labelled order; with no order on the table, take the order offered</source>
        <translation>Die etikettierte Bestellung versenden; liegt keine Bestellung auf dem Tisch, die angebotene nehmen</translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <translation>Ziffern, dann Eingabe</translation>
    </message>
    <message>
        <source>Set how many of the item just scanned are in the box</source>
        <translation>Angeben, wie viele des gerade gescannten Artikels im Karton sind</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Confirm the selected line by hand (only an item without barcode)</source>
        <translation>Die gewählte Zeile von Hand bestätigen (nur ein Artikel ohne Barcode)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Pfeil hoch, Pfeil runter</translation>
    </message>
    <message>
        <source>Select a line</source>
        <translation>Eine Zeile wählen</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <source>Undo the last count, then the label; after fulfilling, take the fulfillment back while it waits to be sent</source>
        <translation>Die letzte Zählung rückgängig machen, dann das Etikett; nach dem Versenden den Versand zurücknehmen, solange er auf das Senden wartet</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Put the order aside (skip it); its claim is let go</source>
        <translation>Die Bestellung zurückstellen (überspringen); ihre Reservierung wird freigegeben</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>Diese Tasten anzeigen</translation>
    </message>
    <message>
        <source>Command sheet: fulfill (as Enter)</source>
        <translation>Befehlsblatt: versenden (wie Eingabe)</translation>
    </message>
    <message>
        <source>Command sheet: put the order aside (as Esc)</source>
        <translation>Befehlsblatt: Bestellung zurückstellen (wie Esc)</translation>
    </message>
    <message>
        <source>Command sheet: undo (as Ctrl+Z)</source>
        <translation>Befehlsblatt: rückgängig (wie Strg+Z)</translation>
    </message>
    <message>
        <source>Command sheet: put the order aside and take the order offered</source>
        <translation>Befehlsblatt: Bestellung zurückstellen und die angebotene nehmen</translation>
    </message>
    <message>
        <source>Command sheet: print the packing slip again</source>
        <translation>Befehlsblatt: Packzettel erneut drucken</translation>
    </message>
    <message>
        <source>Pack Mode Keys</source>
        <translation>Tasten im Packmodus</translation>
    </message>
    <message>
        <source>Pack mode keys</source>
        <translation>Tasten im Packmodus</translation>
    </message>
    <message>
        <source>Key or barcode</source>
        <translation>Taste oder Barcode</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie bewirkt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Scans work wherever the focus is. Keys:</source>
        <translation>Scans funktionieren, wo auch immer der Fokus ist. Tasten:</translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Nothing of %1 ships from this location now.</source>
        <translation>Von %1 wird derzeit nichts von diesem Standort versendet.</translation>
    </message>
    <message>
        <source>%1 is no longer in the shop.</source>
        <translation>%1 ist nicht mehr im Shop.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde storniert.</translation>
    </message>
    <message>
        <source>%1 was put on hold.</source>
        <translation>%1 wurde zurückgestellt.</translation>
    </message>
    <message>
        <source>%1 changed: what ships from here is not what was being packed.</source>
        <translation>%1 wurde geändert: Was von hier versendet wird, ist nicht mehr das, was gepackt wurde.</translation>
    </message>
    <message>
        <source>Label taken back: scan it again.</source>
        <translation>Etikett zurückgenommen: Scannen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>An item counted at the packing station: &quot;Wool socks: 2 of 3&quot;</extracomment>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Not in this order: %1. Put it back.</source>
        <translation>Nicht in dieser Bestellung: %1. Legen Sie es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Too many: %1 needs %n.</source>
        <translation>
            <numerusform>Zu viele: %1 braucht %n.</numerusform>
            <numerusform>Zu viele: %1 braucht %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many.</source>
        <translation>Zu viele.</translation>
    </message>
    <message>
        <source>%1 is in this order but does not ship from here now.</source>
        <translation>%1 gehört zu dieser Bestellung, wird aber derzeit nicht von hier versendet.</translation>
    </message>
    <message>
        <source>Scan an item before typing how many.</source>
        <translation>Scannen Sie einen Artikel, bevor Sie die Menge eingeben.</translation>
    </message>
    <message>
        <source>%1 has a barcode: scan it.</source>
        <translation>%1 hat einen Barcode: Scannen Sie ihn.</translation>
    </message>
    <message numerus="yes">
        <source>Scan every item before the label: %n left.</source>
        <translation>
            <numerusform>Scannen Sie alle Artikel vor dem Etikett: noch %n.</numerusform>
            <numerusform>Scannen Sie alle Artikel vor dem Etikett: noch %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Label %1 taken.</source>
        <translation>Etikett %1 übernommen.</translation>
    </message>
    <message>
        <source>%1 is no longer being packed.</source>
        <translation>%1 wird nicht mehr gepackt.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message numerus="yes">
        <source>%n scanned</source>
        <translation>
            <numerusform>%n gescannt</numerusform>
            <numerusform>%n gescannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed</source>
        <translation>
            <numerusform>%n eingegeben</numerusform>
            <numerusform>%n eingegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by hand</source>
        <translation>
            <numerusform>%n von Hand</numerusform>
            <numerusform>%n von Hand</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack mode</source>
        <translation>Packmodus</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer and shipping</source>
        <translation>Kunde und Versand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Items to pack</source>
        <translation>Zu packende Artikel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Quantity typed</source>
        <translation>Eingegebene Menge</translation>
    </message>
    <message>
        <source>Order offered</source>
        <translation>Angebotene Bestellung</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Last scan&apos;s icon</source>
        <translation>Symbol des letzten Scans</translation>
    </message>
    <message>
        <source>Last scan&apos;s result</source>
        <translation>Ergebnis des letzten Scans</translation>
    </message>
    <message>
        <source>Fulfill (Enter)</source>
        <translation>Versenden (Eingabe)</translation>
    </message>
    <message>
        <source>Fulfill the labelled order</source>
        <translation>Die etikettierte Bestellung versenden</translation>
    </message>
    <message>
        <source>Confirm by Hand (Space)</source>
        <translation>Von Hand bestätigen (Leertaste)</translation>
    </message>
    <message>
        <source>Count the selected line without barcode</source>
        <translation>Die gewählte Zeile ohne Barcode zählen</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Take back the last count, the label, or the last fulfillment</source>
        <translation>Die letzte Zählung, das Etikett oder den letzten Versand zurücknehmen</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Überspringen (Esc)</translation>
    </message>
    <message>
        <source>Put the order aside; another station may pack it</source>
        <translation>Die Bestellung zurückstellen; eine andere Station kann sie packen</translation>
    </message>
    <message>
        <source>Reprint Slip</source>
        <translation>Packzettel erneut drucken</translation>
    </message>
    <message>
        <source>Print the packing slip again</source>
        <translation>Den Packzettel erneut drucken</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Tasten (F1)</translation>
    </message>
    <message>
        <source>Show every key of pack mode</source>
        <translation>Alle Tasten des Packmodus anzeigen</translation>
    </message>
    <message>
        <source>Scan a packing slip or an order number</source>
        <translation>Scannen Sie einen Packzettel oder eine Bestellnummer</translation>
    </message>
    <message>
        <source>No order is waiting to be packed here.</source>
        <translation>Hier wartet keine Bestellung darauf, gepackt zu werden.</translation>
    </message>
    <message>
        <source>Oldest waiting: %1. Press Enter to take it.</source>
        <translation>Älteste wartende: %1. Drücken Sie die Eingabetaste, um sie zu nehmen.</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items counted</source>
        <extracomment>%1 units counted, %2 units needed</extracomment>
        <translation>%1 von %2 Artikeln gezählt</translation>
    </message>
    <message>
        <source>Scan the items</source>
        <translation>Scannen Sie die Artikel</translation>
    </message>
    <message>
        <source>Scan the label: it fulfills the order</source>
        <translation>Scannen Sie das Etikett: Es versendet die Bestellung</translation>
    </message>
    <message>
        <source>Scan the label</source>
        <translation>Scannen Sie das Etikett</translation>
    </message>
    <message>
        <source>Press Enter to fulfill (label %1)</source>
        <extracomment>%1 is the tracking number</extracomment>
        <translation>Drücken Sie die Eingabetaste zum Versenden (Etikett %1)</translation>
    </message>
    <message>
        <source>Quantity: %1, Enter sets it</source>
        <translation>Menge: %1, die Eingabetaste übernimmt sie</translation>
    </message>
    <message>
        <source>Take Offered Order (Enter)</source>
        <translation>Angebotene Bestellung nehmen (Eingabe)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no barcode: confirm by hand</source>
        <translation>kein Barcode: von Hand bestätigen</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>✔ %1 of %2</source>
        <extracomment>%1 counted of %2 needed, the line is complete</extracomment>
        <translation>✔ %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
</context>
<context>
    <name>PaperFormat</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A6 (105 × 148 mm)</source>
        <translation>A6 (105 × 148 mm)</translation>
    </message>
    <message>
        <source>4 × 6 in label</source>
        <translation>4 × 6 Zoll Etikett</translation>
    </message>
</context>
<context>
    <name>PickListRenderer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <source>%1 · orders: %2 · items to pick: %3</source>
        <translation>%1 · Bestellungen: %2 · zu pickende Artikel: %3</translation>
    </message>
    <message>
        <source>Nothing to pick: the orders have nothing left to ship.</source>
        <translation>Nichts zu picken: Die Bestellungen haben nichts mehr zu versenden.</translation>
    </message>
    <message>
        <source>Unnamed location</source>
        <translation>Standort ohne Namen</translation>
    </message>
    <message>
        <source>%1 · items: %2</source>
        <translation>%1 · Artikel: %2</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print Packing &amp;Slips...</source>
        <translation>&amp;Packzettel drucken...</translation>
    </message>
    <message>
        <source>Print a packing slip for each selected order (Ctrl+P)</source>
        <translation>Einen Packzettel für jede ausgewählte Bestellung drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Print Pic&amp;k List...</source>
        <translation>Pick&amp;liste drucken...</translation>
    </message>
    <message>
        <source>Print what the selected orders need from the shelves</source>
        <translation>Drucken, was die ausgewählten Bestellungen aus den Regalen brauchen</translation>
    </message>
    <message>
        <source>Print &amp;Command Sheet...</source>
        <translation>&amp;Befehlsblatt drucken...</translation>
    </message>
    <message>
        <source>Print pack mode&apos;s commands as barcodes for the packing table</source>
        <translation>Die Befehle des Packmodus als Strichcodes für den Packtisch drucken</translation>
    </message>
    <message>
        <source>Print Se&amp;ttings...</source>
        <translation>Druck&amp;einstellungen...</translation>
    </message>
    <message>
        <source>The packing slip of %1 was not printed: the printer &quot;%2&quot; cannot be reached. Check it, or choose another in File &gt; Print Settings.</source>
        <translation>Der Packzettel von %1 wurde nicht gedruckt: Der Drucker „%2“ ist nicht erreichbar. Prüfen Sie ihn oder wählen Sie unter Datei &gt; Druckeinstellungen einen anderen.</translation>
    </message>
    <message>
        <source>Nothing to Print</source>
        <translation>Nichts zu drucken</translation>
    </message>
    <message>
        <source>Select the orders to print in the table first (Ctrl+A selects all shown).</source>
        <translation>Wählen Sie zuerst die zu druckenden Bestellungen in der Tabelle aus (Strg+A wählt alle angezeigten).</translation>
    </message>
    <message>
        <source>Packing Slips</source>
        <translation>Packzettel</translation>
    </message>
    <message>
        <source>Pick List</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <source>Command Sheet</source>
        <translation>Befehlsblatt</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Say what to print: slips, pick-list or command-sheet. See --help.</source>
        <translation>Geben Sie an, was gedruckt werden soll: slips, pick-list oder command-sheet. Siehe --help.</translation>
    </message>
    <message>
        <source>Give the file to write with --pdf FILE (print it with lp FILE).</source>
        <translation>Geben Sie die zu schreibende Datei mit --pdf DATEI an (drucken Sie sie mit lp DATEI).</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;. Use a4, letter, a6 or 4x6.</source>
        <translation>Unbekanntes Papier „%1“. Verwenden Sie a4, letter, a6 oder 4x6.</translation>
    </message>
    <message>
        <source>The command sheet takes no orders.</source>
        <translation>Das Befehlsblatt nimmt keine Bestellungen.</translation>
    </message>
    <message>
        <source>Name the orders (#1001, 1001 or an order id), or choose them with --status or --search, such as --status unfulfilled.</source>
        <translation>Nennen Sie die Bestellungen (#1001, 1001 oder eine Bestell-ID) oder wählen Sie sie mit --status oder --search aus, etwa --status unfulfilled.</translation>
    </message>
    <message>
        <source>Name the orders or choose them with --status or --search, not both.</source>
        <translation>Nennen Sie die Bestellungen oder wählen Sie sie mit --status oder --search aus, nicht beides.</translation>
    </message>
    <message>
        <source>%1: no such order in the shop.</source>
        <translation>%1: Keine solche Bestellung im Shop.</translation>
    </message>
    <message>
        <source>No orders to print: none has that status or text.</source>
        <translation>Keine Bestellungen zu drucken: Keine hat diesen Status oder Text.</translation>
    </message>
    <message>
        <source>Wrote the command sheet to %1.</source>
        <translation>Das Befehlsblatt wurde nach %1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the packing slips of %n order(s) to %1.</source>
        <translation>
            <numerusform>Der Packzettel von %n Bestellung wurde nach %1 geschrieben.</numerusform>
            <numerusform>Die Packzettel von %n Bestellungen wurden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the pick list of %n order(s) to %1.</source>
        <translation>
            <numerusform>Die Pickliste von %n Bestellung wurde nach %1 geschrieben.</numerusform>
            <numerusform>Die Pickliste von %n Bestellungen wurde nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDocuments</name>
    <message>
        <source>Cannot write %1: %2. Choose another file or folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie eine andere Datei oder einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Packzettel</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <source>Pack mode commands</source>
        <translation>Befehle des Packmodus</translation>
    </message>
    <message numerus="yes">
        <source>Not printed: the items of %n order(s) (%1) are still being read from Shopify. Print them again once their items show.</source>
        <translation>
            <numerusform>Nicht gedruckt: Die Artikel von %1 werden noch von Shopify gelesen. Drucken Sie die Bestellung erneut, sobald die Artikel angezeigt werden.</numerusform>
            <numerusform>Nicht gedruckt: Die Artikel von %n Bestellungen (%1) werden noch von Shopify gelesen. Drucken Sie sie erneut, sobald die Artikel angezeigt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Print the packing slip when an order is &amp;fulfilled</source>
        <translation>Den Packzettel drucken, wenn eine Bestellung &amp;versendet ist</translation>
    </message>
    <message>
        <source>Print Settings</source>
        <translation>Druckeinstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>Der Standarddrucker des Systems</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>The shop&apos;s name on the first line, then its address</source>
        <translation>Der Name des Shops in der ersten Zeile, dann seine Adresse</translation>
    </message>
    <message>
        <source>Returns, opening hours, a thank you</source>
        <translation>Rücksendungen, Öffnungszeiten, ein Dankeschön</translation>
    </message>
    <message>
        <source>Prints on the printer above without asking, for a packing station whose slips go into the parcel.</source>
        <translation>Druckt ohne Rückfrage auf dem Drucker oben, für einen Packplatz, dessen Packzettel in das Paket kommen.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>D&amp;rucker:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>A&amp;bsender:</translation>
    </message>
    <message>
        <source>F&amp;ooter:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>Fulfil</source>
        <extracomment>A command on the packing station&apos;s printed command sheet: fulfil the order packed</extracomment>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Skip order</source>
        <extracomment>A command on the command sheet: put this order aside and pack another</extracomment>
        <translation>Bestellung überspringen</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>A command on the command sheet: take the last count or fulfilment back</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Next order</source>
        <extracomment>A command on the command sheet: bring up the next order to pack</extracomment>
        <translation>Nächste Bestellung</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <extracomment>A command on the command sheet: print the packing slip again</extracomment>
        <translation>Packzettel erneut drucken</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <source>Hide the secret again</source>
        <translation>Den geheimen Schlüssel wieder ausblenden</translation>
    </message>
    <message>
        <source>Show the secret to check it</source>
        <translation>Den geheimen Schlüssel zur Kontrolle anzeigen</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Geheimen Schlüssel ausblenden</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Geheimen Schlüssel anzeigen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Notify customers by default</source>
        <translation>Kunden standardmäßig &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>&quot;Notify customer&quot; starts ticked when you fulfill: Shopify emails a shipping confirmation.</source>
        <translation>„Kunden benachrichtigen“ ist beim Versenden bereits angehakt: Shopify sendet eine Versandbestätigung per E-Mail.</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the undo window&apos;s number of seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>No undo</source>
        <extracomment>The undo window set to 0 seconds</extracomment>
        <translation>Kein Rückgängigmachen</translation>
    </message>
    <message>
        <source>&amp;Undo window:</source>
        <translation>Zeitfenster zum &amp;Rückgängigmachen:</translation>
    </message>
    <message>
        <source>How long a fulfillment waits before it is sent, so it can be taken back (Ctrl+Z).</source>
        <translation>Wie lange ein Versand wartet, bevor er gesendet wird, damit er zurückgenommen werden kann (Strg+Z).</translation>
    </message>
    <message>
        <source>Shop &amp;country:</source>
        <translation>Shop-&amp;Land:</translation>
    </message>
    <message>
        <source>The carriers of this country are offered first, such as PostNord DK.</source>
        <translation>Die Versanddienstleister dieses Landes werden zuerst angeboten, etwa PostNord DK.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after a number of minutes</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Synchronisieren alle:</translation>
    </message>
    <message>
        <source>Smidig fetches what changed in the shop this often; F5 syncs at once.</source>
        <translation>So oft holt Smidig die Änderungen aus dem Shop; F5 synchronisiert sofort.</translation>
    </message>
    <message>
        <source>&amp;Reconcile open orders every:</source>
        <translation>Offene Bestellungen ab&amp;gleichen alle:</translation>
    </message>
    <message>
        <source>Reads every open order again, for the changes Shopify does not mark as updates.</source>
        <translation>Liest alle offenen Bestellungen erneut, um Änderungen zu erfassen, die Shopify nicht als Aktualisierung kennzeichnet.</translation>
    </message>
    <message>
        <source>Connect &amp;Another Shop...</source>
        <translation>Anderen Shop &amp;verbinden...</translation>
    </message>
    <message>
        <source>Keeps the changes made here, then connects Smidig to another shop</source>
        <translation>Übernimmt die Änderungen hier und verbindet Smidig dann mit einem anderen Shop</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>Name der &amp;Station:</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Niemand genannt</translation>
    </message>
    <message>
        <source>&amp;Packer:</source>
        <translation>&amp;Packer:</translation>
    </message>
    <message>
        <source>Other stations see these names on the orders packed here, and each fulfillment is recorded with them. Change the packer at any time with Ctrl+Shift+P or from the status bar.</source>
        <translation>Andere Stationen sehen diese Namen bei den hier gepackten Bestellungen, und jeder Versand wird mit ihnen festgehalten. Den Packer wechseln Sie jederzeit mit Strg+Umschalt+P oder über die Statusleiste.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A volume in percent, &quot;70%&quot; (Danish and German: &quot;70 %&quot;)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Fulfill when the label is scanned</source>
        <translation>&amp;Beim Scannen des Etiketts versenden</translation>
    </message>
    <message>
        <source>Mu&amp;te pack mode&apos;s sounds</source>
        <translation>Töne des Pack&amp;modus stumm schalten</translation>
    </message>
    <message>
        <source>Play a &amp;Sample</source>
        <translation>&amp;Hörprobe abspielen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Packen</translation>
    </message>
    <message>
        <source>Pack Mode</source>
        <translation>Packmodus</translation>
    </message>
    <message>
        <source>Fulfill when the label is scanned</source>
        <translation>Beim Scannen des Etiketts versenden</translation>
    </message>
    <message>
        <source>Scanning the shipping label&apos;s tracking number fulfills the order at once, with no Enter. Without it, Enter or the FULFIL barcode fulfills.</source>
        <translation>Das Scannen der Sendungsnummer auf dem Versandetikett versendet die Bestellung sofort, ohne Eingabetaste. Sonst versendet die Eingabetaste oder der Barcode FULFIL.</translation>
    </message>
    <message>
        <source>Packing location</source>
        <translation>Pack-Standort</translation>
    </message>
    <message>
        <source>Packing &amp;location:</source>
        <translation>Pack-&amp;Standort:</translation>
    </message>
    <message>
        <source>The items are checked against what this location is to ship. &quot;First location that ships&quot; takes, for each order, the first location with something to ship now.</source>
        <translation>Die Artikel werden mit dem abgeglichen, was dieser Standort versenden soll. „Erster Standort, der versendet“ nimmt für jede Bestellung den ersten Standort, der jetzt etwas zu versenden hat.</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Longest median gap between a scanner&apos;s keys</source>
        <translation>Längste mittlere Pause zwischen den Tasten eines Scanners</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit after a number of milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Longest &amp;gap between keys:</source>
        <translation>Längste &amp;Pause zwischen Tasten:</translation>
    </message>
    <message>
        <source>A scanner types a code&apos;s keys a few milliseconds apart, a person 60 ms or more. Raise it only for a slow scanner, such as some wireless ones.</source>
        <translation>Ein Scanner tippt die Zeichen eines Codes wenige Millisekunden nacheinander, ein Mensch 60 ms oder langsamer. Nur für einen langsamen Scanner erhöhen, etwa manche kabellosen.</translation>
    </message>
    <message>
        <source>Shortest code that is a scan</source>
        <translation>Kürzester Code, der als Scan gilt</translation>
    </message>
    <message>
        <source> characters</source>
        <extracomment>Unit after the least number of characters in a scanned code</extracomment>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Shortest &amp;code:</source>
        <translation>Kürzester &amp;Code:</translation>
    </message>
    <message>
        <source>Scanner prefix</source>
        <translation>Scanner-Präfix</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>The scanner prefix left empty</extracomment>
        <translation>Keines</translation>
    </message>
    <message>
        <source>P&amp;refix:</source>
        <translation>P&amp;räfix:</translation>
    </message>
    <message>
        <source>Characters your scanners are set to send before each code; Smidig removes them. Symbology identifiers such as ]C0 are removed without this.</source>
        <translation>Zeichen, die Ihre Scanner vor jedem Code senden; Smidig entfernt sie. Symbologie-Kennungen wie ]C0 werden auch ohne diese Angabe entfernt.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Volume of pack mode&apos;s sounds</source>
        <translation>Lautstärke der Töne des Packmodus</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Mute pack mode&apos;s sounds</source>
        <translation>Töne des Packmodus stumm schalten</translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation>Hörprobe abspielen</translation>
    </message>
    <message>
        <source>Plays the tone of a counted item at this volume</source>
        <translation>Spielt den Ton eines gezählten Artikels in dieser Lautstärke</translation>
    </message>
    <message>
        <source>Each scan is answered with a tone as well as text and an icon: a short high tone for a counted item, a low double buzz for one refused, a chime for a fulfilled order.</source>
        <translation>Jeder Scan wird mit einem Ton sowie Text und Symbol beantwortet: ein kurzer hoher Ton für einen gezählten Artikel, ein tiefes doppeltes Brummen für einen abgewiesenen, ein Glockenspiel für eine versendete Bestellung.</translation>
    </message>
    <message>
        <source>First location that ships</source>
        <translation>Erster Standort, der versendet</translation>
    </message>
    <message>
        <source>A location not found in the shop (%1)</source>
        <translation>Ein Standort, der im Shop nicht gefunden wurde (%1)</translation>
    </message>
</context>
<context>
    <name>ShipReadiness</name>
    <message>
        <source>Can ship</source>
        <translation>Versandbereit</translation>
    </message>
    <message>
        <source>Ships partly</source>
        <translation>Teilweise versandbereit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
</context>
<context>
    <name>ShipmentTrackingRow</name>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Detected from the number</source>
        <translation>Wird aus der Nummer erkannt</translation>
    </message>
    <message>
        <source>Shopify&apos;s name for the carrier. Type any other name to give a tracking URL instead.</source>
        <translation>Shopifys Name für den Versanddienstleister. Geben Sie einen anderen Namen ein, um stattdessen eine Tracking-URL anzugeben.</translation>
    </message>
    <message>
        <source>Add another tracking number</source>
        <translation>Weitere Sendungsnummer hinzufügen</translation>
    </message>
    <message>
        <source>Another parcel in this shipment: add a tracking number (+ in a number field)</source>
        <translation>Weiteres Paket in dieser Sendung: Sendungsnummer hinzufügen (+ in einem Nummernfeld)</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Versanddienstleister:</translation>
    </message>
</context>
<context>
    <name>ShopAddress</name>
    <message>
        <source>Enter your shop&apos;s address, for example my-shop.myshopify.com.</source>
        <translation>Geben Sie die Adresse Ihres Shops ein, zum Beispiel my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shop address. Enter it as my-shop.myshopify.com or as https://my-shop.myshopify.com.</source>
        <translation>„%1“ ist keine Shop-Adresse. Geben Sie sie als my-shop.myshopify.com oder als https://my-shop.myshopify.com ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with https://. Shops are reached over https only.</source>
        <translation>„%1“ beginnt nicht mit https://. Shops sind nur über https erreichbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which would send your access token unencrypted. Use https:// instead.</source>
        <translation>„%1“ verwendet einfaches http, das Ihr Zugriffstoken unverschlüsselt senden würde. Verwenden Sie stattdessen https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid shop name. A shop name has only letters, digits and hyphens, as in my-shop.myshopify.com.</source>
        <translation>„%1“ ist kein gültiger Shop-Name. Ein Shop-Name besteht nur aus Buchstaben, Ziffern und Bindestrichen, wie in my-shop.myshopify.com.</translation>
    </message>
</context>
<context>
    <name>ShopLogin</name>
    <message>
        <source>No keychain answered, so Smidig cannot read the secret it saved. Enter it again; it is kept for this session only unless you choose a file.</source>
        <translation>Kein Schlüsselbund hat geantwortet, daher kann Smidig den gespeicherten geheimen Schlüssel nicht lesen. Geben Sie ihn erneut ein; er wird nur für diese Sitzung aufbewahrt, sofern Sie keine Datei wählen.</translation>
    </message>
    <message>
        <source>The secret was kept for one session only. Enter it again to connect.</source>
        <translation>Der geheime Schlüssel wurde nur für eine Sitzung aufbewahrt. Geben Sie ihn erneut ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>The saved secret is gone from where it was kept. Enter it again to connect.</source>
        <translation>Der gespeicherte geheime Schlüssel ist an seinem Speicherort nicht mehr vorhanden. Geben Sie ihn erneut ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1). Enter it again to connect.</source>
        <translation>Der gespeicherte geheime Schlüssel konnte nicht gelesen werden (%1). Geben Sie ihn erneut ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>The secret could not be saved in %1, so Smidig keeps it for this session only and asks for it at the next start.</source>
        <extracomment>%1 is where it was to be kept, such as &quot;the system keychain&quot;</extracomment>
        <translation>Der geheime Schlüssel konnte nicht gespeichert werden (Speicherort: %1); Smidig bewahrt ihn daher nur für diese Sitzung auf und fragt beim nächsten Start danach.</translation>
    </message>
</context>
<context>
    <name>ShopifyError</name>
    <message>
        <source>Could not reach the shop. Check the network connection; Smidig keeps working with the orders it has and tries again.</source>
        <translation>Der Shop ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung; Smidig arbeitet mit den vorhandenen Bestellungen weiter und versucht es erneut.</translation>
    </message>
    <message>
        <source>The shop did not answer in time. Smidig tries again shortly.</source>
        <translation>Der Shop hat nicht rechtzeitig geantwortet. Smidig versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The connection to the shop is not secure (certificate problem). Check the shop address and the computer&apos;s date and time.</source>
        <translation>Die Verbindung zum Shop ist nicht sicher (Zertifikatsproblem). Prüfen Sie die Shop-Adresse sowie Datum und Uhrzeit des Computers.</translation>
    </message>
    <message>
        <source>The shop refused the access token: it is wrong, expired or was revoked. Connect the shop again with a valid token.</source>
        <translation>Der Shop hat das Zugriffstoken abgelehnt: Es ist falsch, abgelaufen oder wurde widerrufen. Verbinden Sie den Shop erneut mit einem gültigen Token.</translation>
    </message>
    <message>
        <source>The shop is frozen because of unpaid Shopify bills. The shop owner must settle them in Shopify before Smidig can sync.</source>
        <translation>Der Shop ist wegen unbezahlter Shopify-Rechnungen eingefroren. Der Shop-Inhaber muss sie in Shopify begleichen, bevor Smidig synchronisieren kann.</translation>
    </message>
    <message>
        <source>The app is not allowed to do this: an access scope is missing. Give the app the scopes listed in Smidig&apos;s guide and connect again.</source>
        <translation>Die App darf das nicht: Ein Zugriffsbereich fehlt. Erteilen Sie der App die in der Anleitung von Smidig aufgeführten Zugriffsbereiche und verbinden Sie den Shop erneut.</translation>
    </message>
    <message>
        <source>There is no shop at this address. Check the shop address.</source>
        <translation>Unter dieser Adresse gibt es keinen Shop. Prüfen Sie die Shop-Adresse.</translation>
    </message>
    <message>
        <source>The shop is locked by Shopify. The shop owner must contact Shopify support.</source>
        <translation>Der Shop wurde von Shopify gesperrt. Der Shop-Inhaber muss sich an den Shopify-Support wenden.</translation>
    </message>
    <message>
        <source>Shopify asked Smidig to slow down. Smidig waits and tries again.</source>
        <translation>Shopify hat Smidig gebeten, langsamer zu machen. Smidig wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>Shopify has a problem on its side (server error). Smidig keeps your work and tries again later.</source>
        <translation>Shopify hat ein Problem auf seiner Seite (Serverfehler). Ihre Arbeit bleibt erhalten; Smidig versucht es später erneut.</translation>
    </message>
    <message>
        <source>The shop gave an unexpected answer (HTTP status %1). Try again later.</source>
        <translation>Der Shop hat unerwartet geantwortet (HTTP-Status %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Access denied: the app lacks an access scope for this data. Give the app the scopes listed in Smidig&apos;s guide and connect again.</source>
        <translation>Zugriff verweigert: Der App fehlt ein Zugriffsbereich für diese Daten. Erteilen Sie der App die in der Anleitung von Smidig aufgeführten Zugriffsbereiche und verbinden Sie den Shop erneut.</translation>
    </message>
    <message>
        <source>Shopify&apos;s rate limit is used up. Smidig waits and tries again.</source>
        <translation>Shopifys Ratenlimit ist ausgeschöpft. Smidig wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>A request was too large for Shopify. This is a bug in Smidig; please report it.</source>
        <translation>Eine Anfrage war zu groß für Shopify. Das ist ein Fehler in Smidig; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Shopify could not carry out the request: %1</source>
        <translation>Shopify konnte die Anfrage nicht ausführen: %1</translation>
    </message>
    <message>
        <source>The shop sent an answer Smidig does not understand, so nothing was changed. Try again later; if it keeps happening, report it.</source>
        <translation>Der Shop hat eine Antwort gesendet, die Smidig nicht versteht; daher wurde nichts geändert. Versuchen Sie es später erneut; melden Sie es, falls es wieder vorkommt.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The shop&apos;s address sent Smidig on to another address. Smidig does not follow redirects, so the access token or client secret goes nowhere but the shop. Connect again with the shop&apos;s own address, my-shop.myshopify.com (Shopify admin: Settings &gt; Domains).</source>
        <translation>Die Adresse des Shops hat Smidig an eine andere Adresse weitergeleitet. Smidig folgt keinen Weiterleitungen, damit das Zugriffstoken oder das Client-Secret nur an den Shop geht. Verbinden Sie sich erneut mit der eigenen Adresse des Shops, my-shop.myshopify.com (Shopify-Adminbereich: Einstellungen &gt; Domains).</translation>
    </message>
    <message>
        <source>The shop&apos;s address sent Smidig on to %1. Smidig does not follow redirects, so the access token or client secret goes nowhere but the shop. Connect again with the shop&apos;s own address, my-shop.myshopify.com (Shopify admin: Settings &gt; Domains).</source>
        <extracomment>%1 is the host the redirect pointed to, such as shop.example.com</extracomment>
        <translation>Die Adresse des Shops hat Smidig an %1 weitergeleitet. Smidig folgt keinen Weiterleitungen, damit das Zugriffstoken oder das Client-Secret nur an den Shop geht. Verbinden Sie sich erneut mit der eigenen Adresse des Shops, my-shop.myshopify.com (Shopify-Adminbereich: Einstellungen &gt; Domains).</translation>
    </message>
    <message>
        <source>Signing in with a client ID and secret works only with the shop&apos;s own address, my-shop.myshopify.com, not with %1, so that the secret goes to Shopify and nowhere else. Connect with the shop&apos;s myshopify.com address (Shopify admin: Settings &gt; Domains).</source>
        <extracomment>%1 is the address typed, such as shop.example.com</extracomment>
        <translation>Die Anmeldung mit Client-ID und Secret funktioniert nur mit der eigenen Adresse des Shops, my-shop.myshopify.com, nicht mit %1, damit das Secret nur an Shopify geht. Verbinden Sie sich mit der myshopify.com-Adresse des Shops (Shopify-Adminbereich: Einstellungen &gt; Domains).</translation>
    </message>
    <message>
        <source>Shopify refused the client ID or secret: one of them is wrong, or the secret was rotated. Copy both again from the app&apos;s settings in Shopify&apos;s Dev Dashboard and connect again.</source>
        <translation>Shopify hat die Client-ID oder das Secret abgelehnt: Eines davon ist falsch, oder das Secret wurde erneuert. Kopieren Sie beide erneut aus den Einstellungen der App im Dev Dashboard von Shopify und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Shopify does not let this app sign in to this shop with a client ID and secret: that works only for apps made by the shop&apos;s own organization in the Dev Dashboard. Connect with an Admin API access token instead, or with an app of the shop&apos;s organization.</source>
        <translation>Shopify lässt diese App nicht mit Client-ID und Secret bei diesem Shop anmelden: Das funktioniert nur für Apps, die die eigene Organisation des Shops im Dev Dashboard erstellt hat. Verbinden Sie sich stattdessen mit einem Admin-API-Zugriffstoken oder mit einer App der Organisation des Shops.</translation>
    </message>
    <message>
        <source>The app is not installed in this shop. Install it on the shop from Shopify&apos;s Dev Dashboard, then connect again.</source>
        <translation>Die App ist in diesem Shop nicht installiert. Installieren Sie sie über das Dev Dashboard von Shopify im Shop und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Shopify refused to give Smidig an access token (HTTP status %1). Check the app&apos;s client ID and secret and that the app is installed in the shop, then connect again.</source>
        <translation>Shopify hat Smidig kein Zugriffstoken gegeben (HTTP-Status %1). Prüfen Sie Client-ID und Secret der App und ob die App im Shop installiert ist, und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Shopify refused to give Smidig an access token (%1). Check the app&apos;s client ID and secret and that the app is installed in the shop, then connect again.</source>
        <extracomment>%1 is Shopify&apos;s error code, such as invalid_request</extracomment>
        <translation>Shopify hat Smidig kein Zugriffstoken gegeben (%1). Prüfen Sie Client-ID und Secret der App und ob die App im Shop installiert ist, und verbinden Sie sich dann erneut.</translation>
    </message>
</context>
<context>
    <name>SlipRenderer</name>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Local pickup</source>
        <translation>Abholung vor Ort</translation>
    </message>
    <message>
        <source>Local delivery</source>
        <translation>Lokale Zustellung</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Abholstation</translation>
    </message>
    <message>
        <source>Handed over in the shop</source>
        <translation>Im Laden übergeben</translation>
    </message>
    <message>
        <source>Nothing to deliver</source>
        <translation>Nichts zu liefern</translation>
    </message>
    <message>
        <source>Customer details hidden (the app has no access to protected customer data)</source>
        <translation>Kundendaten verborgen (die App hat keinen Zugriff auf geschützte Kundendaten)</translation>
    </message>
    <message>
        <source>No customer (guest order without address)</source>
        <translation>Kein Kunde (Gastbestellung ohne Adresse)</translation>
    </message>
    <message>
        <source>Order date: %1</source>
        <translation>Bestelldatum: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Lieferung: %1</translation>
    </message>
    <message>
        <source>Ships from: %1</source>
        <translation>Versand ab: %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>%1 · packing slip, page %2</source>
        <translation>%1 · Packzettel, Seite %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Packzettel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shipping method: %1</source>
        <translation>Versandart: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
</context>
<context>
    <name>StationIndicator</name>
    <message>
        <source>This station and who packs here, as other stations see them and each fulfillment records them. Click to change the packer (Ctrl+Shift+P).</source>
        <translation>Diese Station und wer hier packt, wie andere Stationen sie sehen und jeder Versand sie festhält. Klicken, um den Packer zu wechseln (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <source>%1 · no packer named</source>
        <extracomment>The status bar: %1 is this station&apos;s name</extracomment>
        <translation>%1 · kein Packer genannt</translation>
    </message>
    <message>
        <source>Station %1, no packer named</source>
        <translation>Station %1, kein Packer genannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The status bar: %1 is this station&apos;s name, %2 who packs there</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Station %1, packer %2</source>
        <translation>Station %1, Packer %2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <translation>Nicht versandt</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Pending fulfillment</source>
        <translation>Versand ausstehend</translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Wieder eingelagert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Warten auf Zahlung</translation>
    </message>
    <message>
        <source>Awaiting returned items</source>
        <translation>Warten auf Rücksendung</translation>
    </message>
    <message>
        <source>High risk of fraud</source>
        <translation>Hohes Betrugsrisiko</translation>
    </message>
    <message>
        <source>Incorrect address</source>
        <translation>Falsche Adresse</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>Post-purchase offer</source>
        <translation>Angebot nach dem Kauf</translation>
    </message>
    <message>
        <source>Unknown delivery date</source>
        <translation>Unbekanntes Lieferdatum</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Local pickup</source>
        <translation>Abholung vor Ort</translation>
    </message>
    <message>
        <source>Local delivery</source>
        <translation>Lokale Lieferung</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Abholstation</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Im Geschäft</translation>
    </message>
    <message>
        <source>No delivery</source>
        <translation>Keine Lieferung</translation>
    </message>
</context>
<context>
    <name>StatusCountModel</name>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n Bestellung</numerusform>
            <numerusform>%1: %n Bestellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSidebar</name>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
</context>
<context>
    <name>StockCommand</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>(no SKU) %1</source>
        <translation>(keine SKU) %1</translation>
    </message>
    <message>
        <source>(not stocked)</source>
        <translation>(nicht eingelagert)</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Search SKU or location</source>
        <translation>SKU oder Standort suchen</translation>
    </message>
    <message>
        <source>At risk at </source>
        <extracomment>Before the number of units at or below which stock counts as at risk</extracomment>
        <translation>Gefährdet bei </translation>
    </message>
    <message>
        <source>Stock counts as at risk when this many or fewer units are available.</source>
        <translation>Der Bestand gilt als gefährdet, wenn höchstens so viele Einheiten verfügbar sind.</translation>
    </message>
    <message>
        <source>No stock read yet: it is read after each sync.</source>
        <translation>Noch kein Bestand gelesen: Er wird nach jeder Synchronisierung gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n oversold</source>
        <translation>
            <numerusform>%n überverkauft</numerusform>
            <numerusform>%n überverkauft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n gefährdet</numerusform>
            <numerusform>%n gefährdet</numerusform>
        </translation>
    </message>
    <message>
        <source>No stock to show.</source>
        <translation>Kein Bestand anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>StockRisk</name>
    <message>
        <source>Oversold</source>
        <translation>Überverkauft</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Nicht nachverfolgt</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Oversold: open orders need %1, %2 on hand, %3 available.</source>
        <translation>Überverkauft: Offene Bestellungen brauchen %1, %2 vorrätig, %3 verfügbar.</translation>
    </message>
    <message>
        <source>At risk: %1 available, and the variant keeps selling when out of stock.</source>
        <translation>Gefährdet: %1 verfügbar, und die Variante wird auch ohne Bestand weiter verkauft.</translation>
    </message>
    <message>
        <source>At risk: only %1 available.</source>
        <translation>Gefährdet: nur %1 verfügbar.</translation>
    </message>
    <message>
        <source>%1 available.</source>
        <translation>%1 verfügbar.</translation>
    </message>
    <message>
        <source>Shopify does not track this item&apos;s stock.</source>
        <translation>Shopify verfolgt den Bestand dieses Artikels nicht.</translation>
    </message>
    <message>
        <source>Click to show the orders with this SKU.</source>
        <translation>Klicken, um die Bestellungen mit dieser SKU anzuzeigen.</translation>
    </message>
    <message>
        <source>(not stocked)</source>
        <translation>(nicht eingelagert)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>On Hand</source>
        <extracomment>Stock physically at the location</extracomment>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Committed</source>
        <extracomment>Stock in placed orders that are not shipped yet</extracomment>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Demand</source>
        <extracomment>Units the open orders in this desk still need from this location</extracomment>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Keeps selling</source>
        <extracomment>The variant&apos;s inventory policy CONTINUE: it can be bought when out of stock</extracomment>
        <translation>Weiter verkaufen</translation>
    </message>
    <message>
        <source>Stops selling</source>
        <extracomment>The variant&apos;s inventory policy DENY: it cannot be bought when out of stock</extracomment>
        <translation>Nicht mehr verkaufen</translation>
    </message>
    <message>
        <source>When Out of Stock</source>
        <extracomment>What the shop does when the item is out of stock</extracomment>
        <translation>Wenn ausverkauft</translation>
    </message>
    <message>
        <source>(no SKU) %1</source>
        <extracomment>An item without SKU in the stock table; %1 is its title</extracomment>
        <translation>(keine SKU) %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Smidig cannot open its order database. Check that the data folder exists and that you may write to it.</source>
        <translation>Smidig kann seine Bestelldatenbank nicht öffnen. Prüfen Sie, ob der Datenordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The order database is in use by another program (perhaps a second Smidig). Close it and try again.</source>
        <translation>Die Bestelldatenbank wird von einem anderen Programm verwendet (vielleicht einem zweiten Smidig). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The order database is read-only, so nothing new can be saved. Check the file&apos;s permissions and the free disk space.</source>
        <translation>Die Bestelldatenbank ist schreibgeschützt, daher kann nichts Neues gespeichert werden. Prüfen Sie die Berechtigungen der Datei und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The order database is damaged. Smidig left it untouched; move the file aside and Smidig will build a new one from the shop on the next sync.</source>
        <translation>Die Bestelldatenbank ist beschädigt. Smidig hat sie unverändert gelassen; verschieben Sie die Datei an einen anderen Ort, dann baut Smidig bei der nächsten Synchronisierung eine neue aus dem Shop auf.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing new could be saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte nichts Neues gespeichert werden. Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The order database was written by a newer version of Smidig. Update Smidig to use it.</source>
        <translation>Die Bestelldatenbank wurde von einer neueren Version von Smidig geschrieben. Aktualisieren Sie Smidig, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Smidig could not write to its order database. If this happens again, report it with the log (Help &gt; Open Log in the window, --verbose on the command line).</source>
        <translation>Smidig konnte nicht in seine Bestelldatenbank schreiben. Wenn das erneut geschieht, melden Sie es mit dem Protokoll (Hilfe &gt; Protokoll öffnen im Fenster, --verbose auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>Smidig cannot open its order database because Qt&apos;s driver for it is not installed. Install the Debian packages libqt6sql6-sqlite and libqt6sql6-psql (or reinstall Smidig) and start it again.</source>
        <translation>Smidig kann seine Bestelldatenbank nicht öffnen, weil der Qt-Treiber dafür nicht installiert ist. Installieren Sie die Debian-Pakete libqt6sql6-sqlite und libqt6sql6-psql (oder installieren Sie Smidig neu) und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>Smidig cannot reach the server of the shared order database. Check that the PostgreSQL server is running, that the database address names it (host and port) and that this PC may connect to it, then try again.</source>
        <translation>Smidig erreicht den Server der gemeinsamen Bestelldatenbank nicht. Prüfen Sie, ob der PostgreSQL-Server läuft, ob die Datenbankadresse ihn nennt (Host und Port) und ob dieser PC sich mit ihm verbinden darf, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server of the shared order database did not let Smidig in. Check the user name in the database address, its password in ~/.pgpass (or in the file PGPASSFILE names), and that the server admits this user (pg_hba.conf) and gives it the rights to the database.</source>
        <translation>Der Server der gemeinsamen Bestelldatenbank hat Smidig nicht eingelassen. Prüfen Sie den Benutzernamen in der Datenbankadresse, sein Passwort in ~/.pgpass (oder in der Datei, die PGPASSFILE nennt) und ob der Server diesen Benutzer zulässt (pg_hba.conf) und ihm die Rechte an der Datenbank gibt.</translation>
    </message>
    <message>
        <source>The shared order database named in the address does not exist on its server. Check the name in the address, or create the database (README, &quot;Several stations&quot;).</source>
        <translation>Die in der Adresse genannte gemeinsame Bestelldatenbank gibt es auf ihrem Server nicht. Prüfen Sie den Namen in der Adresse oder legen Sie die Datenbank an (README, „Several stations“).</translation>
    </message>
    <message>
        <source>Another Smidig took this over while this one was busy with it, so nothing was changed here. The outbox shows how it went.</source>
        <translation>Ein anderes Smidig hat dies übernommen, während dieses noch daran arbeitete; hier wurde deshalb nichts geändert. Der Postausgang zeigt, wie es ausging.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>Give the order database as a file, or as the address of a PostgreSQL database: postgresql://user@host/database.</source>
        <translation>Geben Sie die Bestelldatenbank als Datei an oder als Adresse einer PostgreSQL-Datenbank: postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>Smidig keeps its orders in a file or in PostgreSQL, not in &quot;%1&quot;. Give a file, or an address such as postgresql://user@host/database.</source>
        <translation>Smidig speichert seine Bestellungen in einer Datei oder in PostgreSQL, nicht in „%1“. Geben Sie eine Datei an oder eine Adresse wie postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>This PostgreSQL address is not complete. Write it as postgresql://user@host/database, with the port after the host when it is not 5432 (host:5433).</source>
        <translation>Diese PostgreSQL-Adresse ist unvollständig. Schreiben Sie sie als postgresql://benutzer@host/datenbank, mit dem Port nach dem Host, wenn er nicht 5432 ist (host:5433).</translation>
    </message>
    <message>
        <source>Leave the password out of the database address: Smidig keeps the address in its settings and its log. Put the password in ~/.pgpass (or in the file the PGPASSFILE variable names), where PostgreSQL finds it by itself.</source>
        <translation>Lassen Sie das Passwort aus der Datenbankadresse weg: Smidig speichert die Adresse in seinen Einstellungen und seinem Protokoll. Tragen Sie das Passwort in ~/.pgpass ein (oder in die Datei, die die Variable PGPASSFILE nennt), wo PostgreSQL es selbst findet.</translation>
    </message>
    <message>
        <source>Smidig does not use the setting &quot;%1&quot; of a database address; only sslmode may follow the &quot;?&quot;.</source>
        <translation>Smidig verwendet die Einstellung „%1“ einer Datenbankadresse nicht; nach dem „?“ darf nur sslmode stehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sslmode. Use one of disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>„%1“ ist kein sslmode. Verwenden Sie disable, allow, prefer, require, verify-ca oder verify-full.</translation>
    </message>
    <message>
        <source>The database server %1 is on another machine, so the connection to it must be encrypted: add ?sslmode=verify-full (or ?sslmode=require) to the address.</source>
        <translation>Der Datenbankserver %1 steht auf einem anderen Rechner, daher muss die Verbindung zu ihm verschlüsselt sein: Fügen Sie ?sslmode=verify-full (oder ?sslmode=require) an die Adresse an.</translation>
    </message>
</context>
<context>
    <name>SyncResult</name>
    <message>
        <source>The orders read from the shop could not be saved, so the order list is as it was before this sync. %1</source>
        <translation>Die aus dem Shop gelesenen Bestellungen konnten nicht gespeichert werden, daher ist die Bestellliste so wie vor dieser Synchronisierung. %1</translation>
    </message>
    <message>
        <source>The open orders are up to date, but Shopify refused to read the order history: the app may not read all of it. Check the app&apos;s access to orders in the shop&apos;s admin, then sync again.</source>
        <translation>Die offenen Bestellungen sind aktuell, aber Shopify hat das Lesen des Bestellverlaufs verweigert: Die App darf ihn nicht ganz lesen. Prüfen Sie den Zugriff der App auf Bestellungen in der Verwaltung des Shops und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but Shopify ran out of time reading the order history. Smidig asks again at the next sync.</source>
        <translation>Die offenen Bestellungen sind aktuell, aber Shopify ist beim Lesen des Bestellverlaufs die Zeit ausgegangen. Smidig fragt bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but Shopify could not finish reading the order history (an error on Shopify&apos;s side). Smidig asks again at the next sync.</source>
        <translation>Die offenen Bestellungen sind aktuell, aber Shopify konnte den Bestellverlauf nicht zu Ende lesen (ein Fehler bei Shopify). Smidig fragt bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but reading the order history was canceled on Shopify&apos;s side. Smidig asks again at the next sync.</source>
        <translation>Die offenen Bestellungen sind aktuell, aber das Lesen des Bestellverlaufs wurde bei Shopify abgebrochen. Smidig fragt bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but the order history Shopify had prepared is no longer available. Smidig asks for it again at the next sync.</source>
        <translation>Die offenen Bestellungen sind aktuell, aber der Bestellverlauf, den Shopify vorbereitet hatte, ist nicht mehr verfügbar. Smidig fordert ihn bei der nächsten Synchronisierung erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>The open orders are up to date and %n order(s) of the history are saved, but the download of the rest broke off. Smidig goes on at the next sync.</source>
        <translation>
            <numerusform>Die offenen Bestellungen sind aktuell und %n Bestellung des Verlaufs ist gespeichert, aber der Download des Rests brach ab. Smidig macht bei der nächsten Synchronisierung weiter.</numerusform>
            <numerusform>Die offenen Bestellungen sind aktuell und %n Bestellungen des Verlaufs sind gespeichert, aber der Download des Rests brach ab. Smidig macht bei der nächsten Synchronisierung weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The open orders are up to date, but Shopify refused the request for the order history. Please report this; the details are in the log.</source>
        <translation>Die offenen Bestellungen sind aktuell, aber Shopify hat die Anfrage nach dem Bestellverlauf abgelehnt. Bitte melden Sie dies; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but another export of this app kept Shopify busy, so the order history was not read. Smidig asks again at the next sync.</source>
        <translation>Die offenen Bestellungen sind aktuell, aber ein anderer Export dieser App hat Shopify beschäftigt, daher wurde der Bestellverlauf nicht gelesen. Smidig fragt bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: Shopify refused to read them all at once, so the order list is as it was. Check the app&apos;s access to orders in the shop&apos;s admin, then sync again.</source>
        <translation>Die offenen Bestellungen wurden nicht mit dem Shop abgeglichen: Shopify hat sich geweigert, sie alle auf einmal zu lesen, daher ist die Bestellliste unverändert. Prüfen Sie den Zugriff der App auf Bestellungen in der Verwaltung des Shops und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: Shopify ran out of time reading them, so the order list is as it was. Smidig tries again at the next sync.</source>
        <translation>Die offenen Bestellungen wurden nicht mit dem Shop abgeglichen: Shopify hat beim Lesen die Zeit überschritten, daher ist die Bestellliste unverändert. Smidig versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: Shopify could not finish reading them (an error on Shopify&apos;s side), so the order list is as it was. Smidig tries again at the next sync.</source>
        <translation>Die offenen Bestellungen wurden nicht mit dem Shop abgeglichen: Shopify konnte das Lesen nicht abschließen (ein Fehler bei Shopify), daher ist die Bestellliste unverändert. Smidig versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: reading them was canceled on Shopify&apos;s side, so the order list is as it was. Smidig tries again at the next sync.</source>
        <translation>Die offenen Bestellungen wurden nicht mit dem Shop abgeglichen: das Lesen wurde bei Shopify abgebrochen, daher ist die Bestellliste unverändert. Smidig versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: the list Shopify had prepared is no longer available, so the order list is as it was. Smidig asks for it again at the next sync.</source>
        <translation>Die offenen Bestellungen wurden nicht mit dem Shop abgeglichen: die von Shopify vorbereitete Liste ist nicht mehr verfügbar, daher ist die Bestellliste unverändert. Smidig fordert sie bei der nächsten Synchronisierung erneut an.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: their download broke off, so the order list is as it was. Smidig goes on at the next sync.</source>
        <translation>Die offenen Bestellungen wurden nicht mit dem Shop abgeglichen: der Download brach ab, daher ist die Bestellliste unverändert. Smidig macht bei der nächsten Synchronisierung weiter.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: Shopify refused the request, so the order list is as it was. Please report this; the details are in the log.</source>
        <translation>Die offenen Bestellungen wurden nicht mit dem Shop abgeglichen: Shopify hat die Anfrage abgelehnt, daher ist die Bestellliste unverändert. Bitte melden Sie dies; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: another export of this app kept Shopify busy, so the order list is as it was. Smidig tries again at the next sync.</source>
        <translation>Die offenen Bestellungen wurden nicht mit dem Shop abgeglichen: ein anderer Export dieser App hielt Shopify beschäftigt, daher ist die Bestellliste unverändert. Smidig versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
</context>
<context>
    <name>SyncRole</name>
    <message>
        <source>Another station</source>
        <translation>Eine andere Station</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a packing station&apos;s name, %2 the name of the person packing there</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisierung läuft...</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 orders</source>
        <translation>Synchronisierung: %1 von %2 Bestellungen</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: waiting %n second(s) for Shopify&apos;s rate limit</source>
        <translation>
            <numerusform>Synchronisierung: Warten auf Shopifys Ratenlimit (%n Sekunde)</numerusform>
            <numerusform>Synchronisierung: Warten auf Shopifys Ratenlimit (%n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Zuletzt synchronisiert: %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Sync failed: %1 %2</source>
        <translation>Synchronisierung fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <extracomment>%1 is &quot;Synced &lt;time&gt;&quot; or &quot;Not synced yet&quot;</extracomment>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>Sync failed · %1</source>
        <extracomment>%1 is &quot;Synced &lt;time&gt;&quot; or &quot;Not synced yet&quot;</extracomment>
        <translation>Synchronisierung fehlgeschlagen · %1</translation>
    </message>
    <message>
        <source>%1 · stock not read</source>
        <extracomment>%1 is &quot;Synced &lt;time&gt;&quot;; the orders synced, reading the stock failed</extracomment>
        <translation>%1 · Bestand nicht gelesen</translation>
    </message>
    <message>
        <source>Synced by %1 at %2</source>
        <extracomment>%1 is a station&apos;s name (&quot;Station 1 (Anna)&quot;), %2 a time (&quot;10:42&quot;)</extracomment>
        <translation>Synchronisiert von %1 um %2</translation>
    </message>
    <message>
        <source>%1 syncs for every station; not synced yet</source>
        <extracomment>%1 is a station&apos;s name (&quot;Station 1 (Anna)&quot;)</extracomment>
        <translation>%1 synchronisiert für alle Stationen; noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) are here; the order history is still coming...</source>
        <translation>
            <numerusform>%n offene Bestellung ist da; der Bestellverlauf folgt noch ...</numerusform>
            <numerusform>%n offene Bestellungen sind da; der Bestellverlauf folgt noch ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Order history: Shopify has read %1 orders (%2 records)...</source>
        <extracomment>%1 is a count of orders, %2 of everything read (orders, their lines, shipments)</extracomment>
        <translation>Bestellverlauf: Shopify hat %1 Bestellungen gelesen (%2 Datensätze) ...</translation>
    </message>
    <message>
        <source>Order history: Shopify has read %1 of about %2 orders (%3 records)</source>
        <extracomment>%1 and %2 are counts of orders, %3 of everything read (orders, their lines, shipments)</extracomment>
        <translation>Bestellverlauf: Shopify hat %1 von etwa %2 Bestellungen gelesen (%3 Datensätze)</translation>
    </message>
    <message>
        <source>Order history: %1 orders saved...</source>
        <translation>Bestellverlauf: %1 Bestellungen gespeichert ...</translation>
    </message>
    <message>
        <source>Order history: waiting for another export of this app to finish...</source>
        <translation>Bestellverlauf: wartet, bis ein anderer Export dieser App fertig ist ...</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) listed; reading their items...</source>
        <translation>
            <numerusform>%n offene Bestellung aufgelistet; ihre Artikel werden gelesen ...</numerusform>
            <numerusform>%n offene Bestellungen aufgelistet; ihre Artikel werden gelesen ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the open orders: waiting for another export of this app to finish...</source>
        <translation>Abgleich der offenen Bestellungen: wartet, bis ein anderer Export dieser App fertig ist ...</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>High</source>
        <extracomment>how sure the app is of the detected carrier</extracomment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Check digit correct</source>
        <translation>Prüfziffer korrekt</translation>
    </message>
    <message>
        <source>Check digit wrong</source>
        <translation>Prüfziffer falsch</translation>
    </message>
    <message>
        <source>No check digit</source>
        <translation>Keine Prüfziffer</translation>
    </message>
    <message>
        <source>The file is %1; at most %2 can be imported at once. Please split it into smaller files.</source>
        <extracomment>%1 is the file&apos;s size, %2 the largest size allowed, such as &quot;10.0 MiB&quot;</extracomment>
        <translation>Die Datei ist %1 groß; höchstens %2 können auf einmal importiert werden. Bitte teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row naming the columns order, tracking number and, optionally, company.</source>
        <translation>Die Datei ist leer. Sie braucht eine Kopfzeile mit den Spalten Bestellung, Sendungsnummer und optional Versanddienstleister.</translation>
    </message>
    <message>
        <source>The header names the same column twice: “%1” and “%2”.</source>
        <extracomment>%1 and %2 are two column names from the file&apos;s header</extracomment>
        <translation>Die Kopfzeile nennt dieselbe Spalte zweimal: „%1“ und „%2“.</translation>
    </message>
    <message>
        <source>The first row does not name the columns. It must name order, tracking number and, optionally, company, for example: order,tracking number,company. It reads: %1</source>
        <extracomment>%1 is the first line of the file as read</extracomment>
        <translation>Die erste Zeile benennt die Spalten nicht. Sie muss Bestellung, Sendungsnummer und optional Versanddienstleister nennen, zum Beispiel: Bestellung,Sendungsnummer,Versanddienstleister. Sie lautet: %1</translation>
    </message>
    <message>
        <source>The header has no column for the order.</source>
        <translation>Die Kopfzeile hat keine Spalte für die Bestellung.</translation>
    </message>
    <message>
        <source>The header has no column for the tracking number.</source>
        <translation>Die Kopfzeile hat keine Spalte für die Sendungsnummer.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Please import at most %1 rows at a time.</source>
        <extracomment>%1 is the largest number of rows an import can have</extracomment>
        <translation>Die Datei hat mehr als %1 Zeilen. Bitte importieren Sie höchstens %1 Zeilen auf einmal.</translation>
    </message>
    <message>
        <source>A quoted field starts in this row and is never closed, so the rest of the file was read as part of it.</source>
        <translation>In dieser Zeile beginnt ein Feld in Anführungszeichen, das nie geschlossen wird; daher wurde der Rest der Datei als Teil davon gelesen.</translation>
    </message>
    <message>
        <source>The row has %1 columns, but the header has only %2.</source>
        <extracomment>%1 is how many columns the row has, %2 how many the header has</extracomment>
        <translation>Die Zeile hat %1 Spalten, die Kopfzeile aber nur %2.</translation>
    </message>
    <message>
        <source>The order is missing.</source>
        <translation>Die Bestellnummer fehlt.</translation>
    </message>
    <message>
        <source>The order is longer than %1 characters.</source>
        <extracomment>%1 is the most characters an order reference can have</extracomment>
        <translation>Die Bestellnummer ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The tracking number is missing.</source>
        <translation>Die Sendungsnummer fehlt.</translation>
    </message>
    <message>
        <source>The tracking number reads “%1”: a spreadsheet turned it into a quantity and lost its digits. Format the column as text and export the file again.</source>
        <extracomment>%1 is the text found in the file, such as 3.70725E+17</extracomment>
        <translation>Die Sendungsnummer lautet „%1“: Eine Tabellenkalkulation hat sie in eine Zahl umgewandelt, dabei gingen Ziffern verloren. Formatieren Sie die Spalte als Text und exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>“%1” is not in Shopify&apos;s list of tracking companies.</source>
        <extracomment>%1 is the company name found in the file</extracomment>
        <translation>„%1“ steht nicht in Shopifys Liste der Versanddienstleister.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a list of company names</extracomment>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>The check digit is wrong for a %1 number. Please check the number.</source>
        <extracomment>%1 is a carrier, such as UPS</extracomment>
        <translation>Die Prüfziffer ist für eine %1-Nummer falsch. Bitte prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Unknown format: no supported carrier uses numbers like this. Choose the carrier yourself, with a tracking URL if Shopify does not list it.</source>
        <translation>Unbekanntes Format: Kein unterstützter Versanddienstleister verwendet solche Nummern. Wählen Sie den Versanddienstleister selbst, mit einer Tracking-URL, falls Shopify ihn nicht aufführt.</translation>
    </message>
    <message>
        <source>The check digit is wrong: this looks like a %1 number with a typo. Please check the number.</source>
        <extracomment>%1 is a carrier, such as UPS</extracomment>
        <translation>Die Prüfziffer ist falsch: Die Nummer passt zu %1, enthält aber wohl einen Tippfehler. Bitte prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>This number fits both %1 and %2. Please check the carrier.</source>
        <extracomment>%1 and %2 are carriers, such as FedEx and GLS</extracomment>
        <translation>Diese Nummer passt sowohl zu %1 als auch zu %2. Bitte prüfen Sie den Versanddienstleister.</translation>
    </message>
    <message>
        <source>The tracking number is empty.</source>
        <translation>Die Sendungsnummer ist leer.</translation>
    </message>
    <message>
        <source>The tracking number is too long: %1 characters, at most %2.</source>
        <extracomment>%1 is how many characters the text has, %2 the most a tracking number has</extracomment>
        <translation>Die Sendungsnummer ist zu lang: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>The tracking number contains an invisible control character (%1).</source>
        <extracomment>%1 is an invisible character&apos;s code, such as U+0009 for a tab</extracomment>
        <translation>Die Sendungsnummer enthält ein unsichtbares Steuerzeichen (%1).</translation>
    </message>
    <message>
        <source>The tracking number contains “%1”; tracking numbers have only the letters A to Z and digits.</source>
        <extracomment>%1 is the refused character</extracomment>
        <translation>Die Sendungsnummer enthält „%1“; Sendungsnummern bestehen nur aus den Buchstaben A bis Z und Ziffern.</translation>
    </message>
    <message>
        <source>UPS 1Z</source>
        <translation>UPS 1Z</translation>
    </message>
    <message>
        <source>UPU S10 (%1)</source>
        <translation>UPU S10 (%1)</translation>
    </message>
    <message>
        <source>Postal service of %1</source>
        <extracomment>%1 is a country, such as Finland</extracomment>
        <translation>Postdienst (%1)</translation>
    </message>
    <message>
        <source>DHL Express waybill</source>
        <translation>DHL-Express-Frachtbrief</translation>
    </message>
    <message>
        <source>DHL Express piece number</source>
        <translation>DHL-Express-Packstücknummer</translation>
    </message>
    <message>
        <source>DHL eCommerce</source>
        <translation>DHL eCommerce</translation>
    </message>
    <message>
        <source>FedEx Express (12 digits)</source>
        <translation>FedEx Express (12 Ziffern)</translation>
    </message>
    <message>
        <source>FedEx Ground (15 digits)</source>
        <translation>FedEx Ground (15 Ziffern)</translation>
    </message>
    <message>
        <source>FedEx Ground barcode (22 digits)</source>
        <translation>FedEx-Ground-Barcode (22 Ziffern)</translation>
    </message>
    <message>
        <source>FedEx barcode (34 digits)</source>
        <translation>FedEx-Barcode (34 Ziffern)</translation>
    </message>
    <message>
        <source>USPS IMpb</source>
        <translation>USPS IMpb</translation>
    </message>
    <message>
        <source>USPS (20 digits)</source>
        <translation>USPS (20 Ziffern)</translation>
    </message>
    <message>
        <source>USPS IMpb with ZIP routing</source>
        <translation>USPS IMpb mit ZIP-Routing</translation>
    </message>
    <message>
        <source>DPD parcel number</source>
        <translation>DPD-Paketnummer</translation>
    </message>
    <message>
        <source>DPD parcel number with check character</source>
        <translation>DPD-Paketnummer mit Prüfzeichen</translation>
    </message>
    <message>
        <source>DPD barcode</source>
        <translation>DPD-Barcode</translation>
    </message>
    <message>
        <source>GLS parcel number</source>
        <translation>GLS-Paketnummer</translation>
    </message>
    <message>
        <source>Canada Post (16 digits)</source>
        <translation>Canada Post (16 Ziffern)</translation>
    </message>
    <message>
        <source>The check digit is wrong for every carrier this number could belong to (%1). Please check the number.</source>
        <extracomment>%1 is a list of carriers, such as &quot;FedEx, GLS&quot;</extracomment>
        <translation>Die Prüfziffer ist für jeden Versanddienstleister falsch, zu dem diese Nummer gehören könnte (%1). Bitte prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Check digit unconfirmed</source>
        <extracomment>the number fails a check digit rule its carrier does not publish</extracomment>
        <translation>Prüfziffer nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 publishes no check digit, but its numbers usually pass one that this number fails. Please check the number; it may still be right.</source>
        <extracomment>%1 is a carrier, such as DHL Express</extracomment>
        <translation>%1 veröffentlicht keine Prüfziffer, doch seine Nummern bestehen gewöhnlich eine Prüfung, an der diese Nummer scheitert. Bitte prüfen Sie die Nummer; sie kann trotzdem stimmen.</translation>
    </message>
    <message>
        <source>Amazon Logistics</source>
        <translation>Amazon Logistics</translation>
    </message>
    <message>
        <source>FedEx Ground Economy (20 digits)</source>
        <translation>FedEx Ground Economy (20 Ziffern)</translation>
    </message>
    <message>
        <source>GS1 SSCC</source>
        <translation>GS1 SSCC</translation>
    </message>
</context>
<context>
    <name>TrackingAssessment</name>
    <message>
        <source>Unknown format: choose the carrier</source>
        <translation>Unbekanntes Format: Wählen Sie den Versanddienstleister</translation>
    </message>
    <message>
        <source>Unknown format: Smidig cannot check this number</source>
        <translation>Unbekanntes Format: Smidig kann diese Nummer nicht prüfen</translation>
    </message>
    <message>
        <source>Looks like %1, not %2: check the carrier</source>
        <extracomment>%1 is the carrier Smidig detected, %2 the one chosen</extracomment>
        <translation>Sieht nach %1 aus, nicht nach %2: Prüfen Sie den Versanddienstleister</translation>
    </message>
    <message>
        <source>%1 number, %2</source>
        <translation>Nummernformat: %1. %2</translation>
    </message>
    <message>
        <source>The check digit is wrong for a %1 number. Please check the number.</source>
        <extracomment>%1 is a carrier</extracomment>
        <translation>Die Prüfziffer ist für eine %1-Nummer falsch. Bitte prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Detected: %1 (confidence: %2)</source>
        <extracomment>%1 is a carrier, %2 how sure Smidig is (High, Medium, Low)</extracomment>
        <translation>Erkannt: %1 (Sicherheit: %2)</translation>
    </message>
    <message>
        <source>Fits %1 (confidence: %2)</source>
        <extracomment>%1 is a carrier, %2 how sure Smidig is (High, Medium, Low)</extracomment>
        <translation>Passt zu %1 (Sicherheit: %2)</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>Give one or more tracking numbers.</source>
        <translation>Geben Sie eine oder mehrere Sendungsnummern an.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Prüfziffer</translation>
    </message>
    <message>
        <source>Tracking link or problem</source>
        <translation>Tracking-Link oder Problem</translation>
    </message>
    <message>
        <source>Read as one number written with spaces: %1. Quote a number with spaces to be sure.</source>
        <translation>Als eine Nummer mit Leerzeichen gelesen: %1. Setzen Sie eine Nummer mit Leerzeichen in Anführungszeichen, um sicherzugehen.</translation>
    </message>
</context>
<context>
    <name>TrackingEditor</name>
    <message numerus="yes">
        <source>Cannot be sent as typed: %n tracking number(s) or link(s). Correct or clear what is marked above.</source>
        <translation>
            <numerusform>Kann so nicht gesendet werden: %n Sendungsnummer oder Link. Korrigieren oder leeren Sie, was oben markiert ist.</numerusform>
            <numerusform>Kann so nicht gesendet werden: %n Sendungsnummern oder Links. Korrigieren oder leeren Sie, was oben markiert ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A warning on %n tracking number(s) (see above). Send anyway only if you are sure.</source>
        <translation>
            <numerusform>Warnung bei %n Sendungsnummer (siehe oben). Senden Sie nur dann trotzdem, wenn Sie sicher sind.</numerusform>
            <numerusform>Warnungen bei %n Sendungsnummern (siehe oben). Senden Sie nur dann trotzdem, wenn Sie sicher sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No tracking links are sent for %n shipment(s): Shopify needs a link for every number of a shipment or for none. Add the missing links, or clear the others.</source>
        <translation>
            <numerusform>Für %n Sendung werden keine Sendungsverfolgungslinks gesendet: Shopify braucht einen Link für jede Nummer einer Sendung oder für keine. Ergänzen Sie die fehlenden Links oder leeren Sie die anderen.</numerusform>
            <numerusform>Für %n Sendungen werden keine Sendungsverfolgungslinks gesendet: Shopify braucht einen Link für jede Nummer einer Sendung oder für keine. Ergänzen Sie die fehlenden Links oder leeren Sie die anderen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingNumberField</name>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Scan or type a tracking number</source>
        <translation>Sendungsnummer scannen oder eingeben</translation>
    </message>
    <message>
        <source>Tracking &amp;URL:</source>
        <translation>Tracking-&amp;URL:</translation>
    </message>
    <message>
        <source>Shopify does not list %1, so it cannot link to the parcel: add the carrier&apos;s tracking URL for the customer.</source>
        <extracomment>%1 is a carrier</extracomment>
        <translation>Shopify führt %1 nicht auf und kann daher nicht auf das Paket verlinken: Fügen Sie für den Kunden die Tracking-URL des Versanddienstleisters hinzu.</translation>
    </message>
    <message>
        <source>This is not a web address: it must start with https:// or http://.</source>
        <translation>Das ist keine Webadresse: Sie muss mit https:// oder http:// beginnen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Smidig cannot start</source>
        <translation>Smidig kann nicht starten</translation>
    </message>
    <message>
        <source>Smidig, the order desk for Shopify stores.</source>
        <translation>Smidig, die Bestellzentrale für Shopify-Shops.</translation>
    </message>
    <message>
        <source>Use this language (da, de, en) instead of the system&apos;s.</source>
        <translation>Diese Sprache (da, de, en) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Quit once the first sync has finished (for smoke tests).</source>
        <translation>Beenden, sobald die erste Synchronisierung abgeschlossen ist (für Smoke-Tests).</translation>
    </message>
    <message>
        <source>Cannot Open the Shop</source>
        <translation>Shop kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
