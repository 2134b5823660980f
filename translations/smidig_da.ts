<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccessScopes</name>
    <message>
        <source>read orders</source>
        <translation>læse ordrer</translation>
    </message>
    <message>
        <source>read what the shop ships itself</source>
        <translation>læse, hvad butikken selv afsender</translation>
    </message>
    <message>
        <source>fulfil orders and add tracking</source>
        <translation>afsende ordrer og tilføje sporing</translation>
    </message>
    <message>
        <source>see what fulfillment services ship</source>
        <translation>se, hvad fulfillment-tjenester afsender</translation>
    </message>
    <message>
        <source>read stock levels</source>
        <translation>læse lagerbeholdninger</translation>
    </message>
    <message>
        <source>read the shop&apos;s locations</source>
        <translation>læse butikkens lokationer</translation>
    </message>
    <message>
        <source>see whether an item sells on when out of stock</source>
        <translation>se, om en vare kan sælges videre, når den er udsolgt</translation>
    </message>
    <message>
        <source>keep reading open orders older than 60 days, such as backorders and pre-orders</source>
        <translation>fortsat læse åbne ordrer, der er ældre end 60 dage, som restordrer og forudbestillinger</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>Packing at %1, %2 s</source>
        <extracomment>%1 is a station (&quot;Station 2 (Anna)&quot;), %2 how many seconds it has had the order</extracomment>
        <translation>Pakkes ved %1, %2 s</translation>
    </message>
    <message>
        <source>Packing at %1, %2 min</source>
        <extracomment>%1 is a station (&quot;Station 2 (Anna)&quot;), %2 how many minutes it has had the order</extracomment>
        <translation>Pakkes ved %1, %2 min</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synkronisering mislykkedes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n order(s)</source>
        <translation>
            <numerusform>Synkroniserede %n ordre</numerusform>
            <numerusform>Synkroniserede %n ordrer</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 s.</source>
        <translation>på %1 s.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Only orders whose name, customer, email, SKU or tracking number contains this text.</source>
        <translation>Kun ordrer, hvis ordrenummer, kunde, e-mail, SKU eller sporingsnummer indeholder denne tekst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Give one command, not %1. See --help.</source>
        <translation>Angiv én kommando, ikke %1. Se --help.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;. Use table, csv or json.</source>
        <translation>Ukendt format »%1«. Brug table, csv eller json.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) could not be sent yet and wait in the outbox.</source>
        <translation>
            <numerusform>%n handling kunne ikke sendes endnu og venter i udbakken.</numerusform>
            <numerusform>%n handlinger kunne ikke sendes endnu og venter i udbakken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: table, csv or json (tracking: table or json).</source>
        <translation>Outputformat: table, csv eller json (tracking: table eller json).</translation>
    </message>
    <message>
        <source>A tracking number for the order being fulfilled; repeat it for several parcels.</source>
        <translation>Et sporingsnummer til den ordre, der afsendes; angiv det flere gange ved flere pakker.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>The carrier, as Shopify names it (detected from the number when left out).</source>
        <translation>Fragtfirmaet, som Shopify kalder det (genkendes ud fra nummeret, hvis det udelades).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Tell the customer by email that the order shipped.</source>
        <translation>Giv kunden besked pr. e-mail om, at ordren er afsendt.</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Angiv én CSV-fil, der skal importeres.</translation>
    </message>
    <message>
        <source>stock: only oversold items, those at risk or worse (at-risk), or all.</source>
        <translation>stock: kun oversolgte varer (oversold), varer i risiko eller værre (at-risk) eller alle (all).</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risiko</translation>
    </message>
    <message>
        <source>Only open orders with this fulfillment status, such as unfulfilled or partially-fulfilled; or archived, cancelled or all.</source>
        <translation>Kun åbne ordrer med denne afsendelsesstatus, f.eks. unfulfilled eller partially-fulfilled; eller archived, cancelled eller all.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Use one of: all, unfulfilled, partially-fulfilled, fulfilled, on-hold, scheduled, in-progress, pending-fulfillment, request-declined, restocked, open, archived, cancelled.</source>
        <translation>Ukendt status »%1«. Brug en af: all, unfulfilled, partially-fulfilled, fulfilled, on-hold, scheduled, in-progress, pending-fulfillment, request-declined, restocked, open, archived, cancelled.</translation>
    </message>
    <message>
        <source>Unknown risk &quot;%1&quot;. Use oversold, at-risk or all.</source>
        <translation>Ukendt risiko »%1«. Brug oversold, at-risk eller all.</translation>
    </message>
    <message>
        <source>No shop to sync with: give --shop with --token-env (or --client-id), or --demo.</source>
        <translation>Ingen butik at synkronisere med: angiv --shop med --token-env (eller --client-id) eller --demo.</translation>
    </message>
    <message numerus="yes">
        <source>Customer details hidden in %n order(s): the app has no access to protected customer data. Orders sync and ship as usual; to see names, emails and addresses, request access to protected customer data for the app in Shopify, then sync again.</source>
        <translation>
            <numerusform>Kundeoplysninger skjult i %n ordre: appen har ikke adgang til beskyttede kundedata. Ordrer synkroniseres og afsendes som normalt; for at se navne, e-mails og adresser skal du anmode om adgang til beskyttede kundedata for appen i Shopify og derefter synkronisere igen.</numerusform>
            <numerusform>Kundeoplysninger skjult i %n ordrer: appen har ikke adgang til beskyttede kundedata. Ordrer synkroniseres og afsendes som normalt; for at se navne, e-mails og adresser skal du anmode om adgang til beskyttede kundedata for appen i Shopify og derefter synkronisere igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) older than 60 days are no longer shown by Shopify and were kept as last read. Give the app the read_all_orders scope to keep reading them.</source>
        <translation>
            <numerusform>%n åben ordre, der er ældre end 60 dage, vises ikke længere af Shopify og er beholdt, som den sidst blev læst. Giv appen adgangsområdet read_all_orders for fortsat at læse den.</numerusform>
            <numerusform>%n åbne ordrer, der er ældre end 60 dage, vises ikke længere af Shopify og er beholdt, som de sidst blev læst. Giv appen adgangsområdet read_all_orders for fortsat at læse dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also print the log (requests, errors with their technical detail) on stderr.</source>
        <translation>Skriv også loggen (forespørgsler, fejl med tekniske detaljer) på stderr.</translation>
    </message>
    <message>
        <source>%1 syncs this shop for every station; this store follows its syncs. Nothing was synced here.</source>
        <translation>%1 synkroniserer denne butik for alle stationer; dette lager følger dens synkroniseringer. Intet blev synkroniseret her.</translation>
    </message>
    <message>
        <source>%1 syncs this shop for every station; working on the orders as it last stored them.</source>
        <translation>%1 synkroniserer denne butik for alle stationer; arbejder med ordrerne, som den sidst gemte dem.</translation>
    </message>
    <message>
        <source>This station&apos;s name, recorded with what it fulfils and shown to other stations (default: as saved in the window&apos;s preferences, else the computer&apos;s name).</source>
        <translation>Denne stations navn, som registreres med det, den afsender, og vises for andre stationer (standard: som gemt i vinduets indstillinger, ellers computerens navn).</translation>
    </message>
    <message>
        <source>Who packs at this station, recorded with what it fulfils (default: as saved in the window; an empty name records none).</source>
        <translation>Hvem der pakker ved denne station, registreret med det, den afsender (standard: som gemt i vinduet; et tomt navn registrerer ingen).</translation>
    </message>
    <message>
        <source>fulfil: also fulfil orders another station is packing, taking them over from it.</source>
        <translation>fulfil: afsend også ordrer, som en anden station pakker, og overtag dem fra den.</translation>
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
        <translation>Smidigs ordreværktøj på kommandolinjen.

Kommandoer:
  sync                send ventende handlinger, og hent derefter alle ordrer til den lokale database
  orders              vis ordrer fra den lokale database (med --demo: fra demobutikken)
  fulfil ORDRE...     afsend ordrer (#1001, 1001 eller et ordre-id), eventuelt med sporing
  import-tracking FIL anvend en CSV-fil med ordre, sporingsnummer og eventuelt fragtfirma
  tracking NUMMER...  kontrollér sporingsnumre: fragtfirma, kontrolciffer og sporingslink
  stock               lager pr. SKU og lokation med de åbne ordrers behov og risikoen for oversalg
  print slips ORDRE... --pdf FIL        pakkesedler med ordrernes stregkoder
  print pick-list ORDRE... --pdf FIL    hvad der skal tages fra hylderne, pr. lokation og SKU
  print command-sheet --pdf FIL         pakketilstandens kommandoer som stregkoder
  (print: --status eller --search i stedet for ORDRE... vælger ordrerne)</translation>
    </message>
    <message>
        <source>print: the PDF file to write.</source>
        <translation>print: den PDF-fil, der skal skrives.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>print: the paper, a4, letter, a6 or 4x6 (default: as saved in the window&apos;s Print Settings, else a4).</source>
        <translation>print: papiret, a4, letter, a6 eller 4x6 (standard: som gemt i vinduets udskriftsindstillinger, ellers a4).</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papir</translation>
    </message>
    <message>
        <source>sync, orders, fulfil, import-tracking, tracking, stock or print</source>
        <translation>sync, orders, fulfil, import-tracking, tracking, stock eller print</translation>
    </message>
    <message>
        <source>Say what to do: sync, orders, fulfil, import-tracking, tracking, stock or print. See --help.</source>
        <translation>Angiv, hvad der skal ske: sync, orders, fulfil, import-tracking, tracking, stock eller print. Se --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are sync, orders, fulfil, import-tracking, tracking, stock and print.</source>
        <translation>Ukendt kommando »%1«. Kommandoerne er sync, orders, fulfil, import-tracking, tracking, stock og print.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The demo store could not start: %1</source>
        <translation>Demobutikken kunne ikke starte: %1</translation>
    </message>
    <message>
        <source>Say which shop to use with --shop (and its token with --token-env), or use --demo, or give a local store with --database.</source>
        <translation>Angiv butikken med --shop (og dens token med --token-env), brug --demo, eller angiv en lokal database med --database.</translation>
    </message>
</context>
<context>
    <name>CommandSheetRenderer</name>
    <message>
        <source>Fulfil the order on the table with what was counted.</source>
        <translation>Afsend ordren på bordet med det, der er talt.</translation>
    </message>
    <message>
        <source>Put the order aside unpacked and take the next one.</source>
        <translation>Læg ordren til side upakket, og tag den næste.</translation>
    </message>
    <message>
        <source>Take back the last count, or the fulfilment just made.</source>
        <translation>Fortryd den sidste optælling eller den afsendelse, der lige er foretaget.</translation>
    </message>
    <message>
        <source>Open the next order to pack.</source>
        <translation>Åbn den næste ordre, der skal pakkes.</translation>
    </message>
    <message>
        <source>Print the order&apos;s packing slip again.</source>
        <translation>Udskriv ordrens pakkeseddel igen.</translation>
    </message>
    <message>
        <source>Pack mode commands</source>
        <translation>Kommandoer til pakketilstand</translation>
    </message>
    <message>
        <source>Scan a code to give its command at the packing station.</source>
        <translation>Scan en kode for at give dens kommando ved pakkebordet.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a Shop</source>
        <translation>Forbind en butik</translation>
    </message>
    <message>
        <source>Smidig reads the shop&apos;s orders and fulfills them through an app installed in the shop. Enter the shop&apos;s address and how the app signs in, then test the connection.</source>
        <translation>Smidig læser butikkens ordrer og afsender dem via en app, der er installeret i butikken. Angiv butikkens adresse, og hvordan appen logger ind, og test derefter forbindelsen.</translation>
    </message>
    <message>
        <source>my-shop.myshopify.com</source>
        <translation>my-shop.myshopify.com</translation>
    </message>
    <message>
        <source>Shop &amp;address:</source>
        <translation>&amp;Butiksadresse:</translation>
    </message>
    <message>
        <source>Keep the secret:</source>
        <translation>Opbevar hemmeligheden:</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Store</source>
        <translation>Prøv &amp;demobutikken</translation>
    </message>
    <message>
        <source>Open Smidig on a made-up shop that runs on this computer, to try everything safely</source>
        <translation>Åbn Smidig med en opdigtet butik, der kører på denne computer, så du kan prøve alt uden risiko</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>F&amp;orbind</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>A&amp;ccess token</source>
        <translation>&amp;Adgangstoken</translation>
    </message>
    <message>
        <source>An Admin API access token of a custom app made in the shop&apos;s admin</source>
        <translation>Et adgangstoken til Admin API fra en brugerdefineret app, der er oprettet i butikkens administration</translation>
    </message>
    <message>
        <source>C&amp;lient ID and secret</source>
        <translation>K&amp;lient-id og -hemmelighed</translation>
    </message>
    <message>
        <source>The client credentials of an app made in Shopify&apos;s Dev Dashboard</source>
        <translation>Klient-id og -hemmelighed for en app, der er oprettet i Shopifys Dev Dashboard</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Log ind med:</translation>
    </message>
    <message>
        <source>shpat_...</source>
        <translation>shpat_...</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Adgangs&amp;token:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Klient-&amp;id:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Klient&amp;hemmelighed:</translation>
    </message>
    <message>
        <source>In the system &amp;keychain (recommended)</source>
        <translation>I systemets &amp;nøglering (anbefalet)</translation>
    </message>
    <message>
        <source>In a &amp;file only you can read</source>
        <translation>I en &amp;fil, som kun du kan læse</translation>
    </message>
    <message>
        <source>For this &amp;session only</source>
        <translation>Kun for denne &amp;session</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>Test fo&amp;rbindelse</translation>
    </message>
    <message>
        <source>Ask the shop for its name and the access the app has, without changing anything</source>
        <translation>Spørg butikken om dens navn og om den adgang, appen har, uden at ændre noget</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Tester forbindelsen</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <extracomment>%1 is the shop&apos;s address as normalised, such as my-shop.myshopify.com</extracomment>
        <translation>Forbinder til %1</translation>
    </message>
    <message>
        <source>The Admin API access token of a custom app made in the shop&apos;s admin (Settings &gt; Apps and sales channels &gt; Develop apps). It starts with shpat_.</source>
        <translation>Adgangstokenet til Admin API fra en brugerdefineret app, der er oprettet i butikkens administration (Indstillinger &gt; Apps og salgskanaler &gt; Udvikl apps). Det begynder med shpat_.</translation>
    </message>
    <message>
        <source>The client ID and secret of an app made in Shopify&apos;s Dev Dashboard and installed in the shop. Smidig exchanges them for access tokens, which expire, and renews them itself.</source>
        <translation>Klient-id og -hemmelighed for en app, der er oprettet i Shopifys Dev Dashboard og installeret i butikken. Smidig bytter dem til adgangstokens, som udløber, og fornyer dem selv.</translation>
    </message>
    <message>
        <source>The system keeps the secret encrypted and unlocks it when you sign in.</source>
        <translation>Systemet opbevarer hemmeligheden krypteret og låser den op, når du logger ind.</translation>
    </message>
    <message>
        <source>The secret is saved unencrypted: anyone who can sign in as you, or read your backups, can use the shop with it.</source>
        <translation>Hemmeligheden gemmes ukrypteret: alle, der kan logge ind som dig eller læse dine sikkerhedskopier, kan bruge butikken med den.</translation>
    </message>
    <message>
        <source>Smidig forgets the secret when it closes and asks for it at the next start.</source>
        <translation>Smidig glemmer hemmeligheden, når programmet lukkes, og beder om den ved næste start.</translation>
    </message>
    <message>
        <source>C&amp;onnect Anyway</source>
        <translation>F&amp;orbind alligevel</translation>
    </message>
    <message>
        <source>Enter a valid shop address first</source>
        <translation>Angiv først en gyldig butiksadresse</translation>
    </message>
    <message>
        <source>Enter the access token first</source>
        <translation>Angiv først adgangstokenet</translation>
    </message>
    <message>
        <source>Enter the client ID and secret first</source>
        <translation>Angiv først klient-id og -hemmelighed</translation>
    </message>
    <message>
        <source>The test failed: Smidig connects anyway, but syncing fails until the problem is solved (Ctrl+Return)</source>
        <translation>Testen mislykkedes: Smidig forbinder alligevel, men synkroniseringen mislykkes, indtil problemet er løst (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Asking %1...</source>
        <translation>Spørger %1...</translation>
    </message>
    <message>
        <source>Connected to %1 (%2), but the app lacks access Smidig needs:</source>
        <extracomment>%1 is the shop&apos;s name, %2 its myshopify address</extracomment>
        <translation>Forbundet til %1 (%2), men appen mangler adgang, som Smidig har brug for:</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <extracomment>A missing access scope: %1 what it allows (&quot;read stock levels&quot;), %2 Shopify&apos;s name for it</extracomment>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Give the app these access scopes in Shopify, then test again.</source>
        <translation>Giv appen disse adgangsomfang i Shopify, og test derefter igen.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2). The app has all the access Smidig needs.</source>
        <translation>Forbundet til %1 (%2). Appen har al den adgang, Smidig har brug for.</translation>
    </message>
    <message>
        <source>Optional, not granted:</source>
        <translation>Valgfrit, ikke givet:</translation>
    </message>
    <message>
        <source>This computer&apos;s own file</source>
        <translation>Denne computers egen fil</translation>
    </message>
    <message>
        <source>Orde&amp;r database:</source>
        <translation>Ordredatabas&amp;e:</translation>
    </message>
    <message>
        <source>The orders are kept on this computer. To share them with other packing stations, give the address of a PostgreSQL database: postgresql://user@host/database.</source>
        <translation>Ordrerne gemmes på denne computer. Angiv adressen på en PostgreSQL-database for at dele dem med andre pakkestationer: postgresql://bruger@vært/database.</translation>
    </message>
    <message>
        <source>Shares the orders with the other stations in the database %1 on %2.</source>
        <extracomment>%1 is the database&apos;s name, %2 the server, such as db.lager.example:5432</extracomment>
        <translation>Deler ordrerne med de andre stationer i databasen %1 på %2.</translation>
    </message>
    <message>
        <source>Keeps the orders in this file on this computer.</source>
        <translation>Gemmer ordrerne i denne fil på denne computer.</translation>
    </message>
    <message>
        <source>Correct the order database&apos;s address first</source>
        <translation>Ret først ordredatabasens adresse</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The shop: my-shop, my-shop.myshopify.com or https://... (http only for loopback addresses).</source>
        <translation>Butikken: my-shop, my-shop.myshopify.com eller https://... (http kun til loopback-adresser).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Read the Admin API access token from this environment variable (default %1).</source>
        <translation>Læs adgangstokenet til Admin API fra denne miljøvariabel (standard: %1).</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabel</translation>
    </message>
    <message>
        <source>Use the built-in demo store instead of a real shop.</source>
        <translation>Brug den indbyggede demobutik i stedet for en rigtig butik.</translation>
    </message>
    <message>
        <source>Choose either --demo or --shop, not both.</source>
        <translation>Vælg enten --demo eller --shop, ikke begge.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no access token.</source>
        <translation>Miljøvariablen %1 indeholder intet adgangstoken.</translation>
    </message>
    <message>
        <source>Sign in with the client-credentials grant of an app made in the Dev Dashboard, with this client id.</source>
        <translation>Log ind via client credentials-grant for en app, der er oprettet i Dev Dashboard, med dette klient-id.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Read the client secret from this environment variable (default %1).</source>
        <translation>Læs klienthemmeligheden fra denne miljøvariabel (standard: %1).</translation>
    </message>
    <message>
        <source>Read the access token (or, with --client-id, the client secret) from the first line of standard input.</source>
        <translation>Læs adgangstokenet (eller, med --client-id, klienthemmeligheden) fra første linje af standardinput.</translation>
    </message>
    <message>
        <source>Standard input held no secret.</source>
        <translation>Standardinput indeholdt ingen hemmelighed.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no client secret.</source>
        <translation>Miljøvariablen %1 indeholder ingen klienthemmelighed.</translation>
    </message>
    <message>
        <source>Keep the orders in this file, or in the PostgreSQL database several stations share (postgresql://user@host/database), instead of the default file.</source>
        <translation>Gem ordrerne i denne fil eller i den PostgreSQL-database, som flere stationer deler (postgresql://bruger@vært/database), i stedet for standardfilen.</translation>
    </message>
    <message>
        <source>file or address</source>
        <translation>fil eller adresse</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>Not set</source>
        <extracomment>No shop country chosen: only the carrier names for every country are offered first</extracomment>
        <translation>Ikke angivet</translation>
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
        <translation>Demobutikken kunne ikke starte: %1</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demobutik</translation>
    </message>
</context>
<context>
    <name>EditTrackingDialog</name>
    <message>
        <source>&amp;Notify customer</source>
        <translation>&amp;Giv kunden besked</translation>
    </message>
    <message>
        <source>Edit Tracking of %1</source>
        <extracomment>%1 is a shipment, such as #1001-F1</extracomment>
        <translation>Rediger sporing for %1</translation>
    </message>
    <message>
        <source>Shopify replaces the shipment&apos;s tracking with what is here. Enter goes to the next number, + adds another parcel.</source>
        <translation>Shopify erstatter forsendelsens sporing med det, der står her. Enter går til næste nummer, + tilføjer endnu en pakke.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>Shopify emails the customer that the tracking changed.</source>
        <translation>Shopify giver kunden besked pr. e-mail om, at sporingen er ændret.</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Remove Tracking</source>
        <translation>Fjern sporing</translation>
    </message>
    <message>
        <source>Update Tracking Anyway</source>
        <translation>Opdater sporing alligevel</translation>
    </message>
    <message>
        <source>Update Tracking</source>
        <translation>Opdater sporing</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>the file %1, readable only by you</source>
        <translation>filen %1, som kun du kan læse</translation>
    </message>
    <message>
        <source>%1 can be read by other users; it is not used</source>
        <translation>%1 kan læses af andre brugere; den bruges ikke</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>kan ikke oprette mappen til %1</translation>
    </message>
</context>
<context>
    <name>FulfilCommand</name>
    <message>
        <source>Tracking number &quot;%1&quot;: %2</source>
        <translation>Sporingsnummer »%1«: %2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Advarsel: %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Shopify&apos;s tracking companies.</source>
        <translation>»%1« er ikke på Shopifys liste over fragtfirmaer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Shopify&apos;s tracking companies. Did you mean: %2?</source>
        <translation>»%1« er ikke på Shopifys liste over fragtfirmaer. Mente du: %2?</translation>
    </message>
    <message>
        <source>Say which orders to fulfil, such as #1001 or 1001.</source>
        <translation>Angiv, hvilke ordrer der skal afsendes, f.eks. #1001 eller 1001.</translation>
    </message>
    <message>
        <source>Tracking numbers belong to one order: give one order with --tracking, or use import-tracking.</source>
        <translation>Sporingsnumre hører til én ordre: angiv kun én ordre med --tracking, eller brug import-tracking.</translation>
    </message>
    <message>
        <source>%1: no such order in the shop.</source>
        <translation>%1: ordren findes ikke i butikken.</translation>
    </message>
    <message>
        <source>%1: not fulfilled: %2</source>
        <translation>%1: ikke afsendt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: fulfilled (%n item(s) from %2)</source>
        <translation>
            <numerusform>%1: afsendt (%n vare fra %2)</numerusform>
            <numerusform>%1: afsendt (%n varer fra %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: mislykkedes: %2</translation>
    </message>
    <message>
        <source>%1: not sent yet: %2</source>
        <translation>%1: ikke sendt endnu: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait in the outbox; smidig-cli sync sends them when the shop answers.</source>
        <translation>
            <numerusform>%n handling venter i udbakken; smidig-cli sync sender den, når butikken svarer.</numerusform>
            <numerusform>%n handlinger venter i udbakken; smidig-cli sync sender dem, når butikken svarer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: fulfilled (%n item(s))</source>
        <translation>
            <numerusform>%1: afsendt (%n vare)</numerusform>
            <numerusform>%1: afsendt (%n varer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: no tracking links are sent: Shopify needs a link for every number or for none, and Smidig knows no tracking page of %1 for some of them.</source>
        <extracomment>%1 is a carrier outside Shopify&apos;s list</extracomment>
        <translation>Advarsel: der sendes ingen sporingslinks: Shopify skal have et link til hvert nummer eller til ingen, og Smidig kender ingen sporingsside hos %1 for nogle af dem.</translation>
    </message>
    <message>
        <source>%1: skipped: being packed at %2 (for %3 s); --take-over fulfils it anyway.</source>
        <extracomment>%1 is an order, %2 a station such as &quot;Station 2 (Anna)&quot;, %3 seconds</extracomment>
        <translation>%1: sprunget over: pakkes ved %2 (i %3 s); --take-over afsender den alligevel.</translation>
    </message>
    <message>
        <source>%1: taken over from %2.</source>
        <extracomment>%1 is an order, %2 a station such as &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>%1: overtaget fra %2.</translation>
    </message>
</context>
<context>
    <name>FulfillDialog</name>
    <message>
        <source>Fulfill %1</source>
        <extracomment>%1 is an order, such as #1001</extracomment>
        <translation>Afsend %1</translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n Order(s)</source>
        <translation>
            <numerusform>Afsend %n ordre</numerusform>
            <numerusform>Afsend %n ordrer</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these orders can be fulfilled now.</source>
        <translation>Ingen af disse ordrer kan afsendes nu.</translation>
    </message>
    <message>
        <source>%1 in %2 with %3 will be marked as fulfilled in Shopify.</source>
        <extracomment>%1 orders, %2 shipments, %3 items, each already counted (&quot;3 orders&quot;)</extracomment>
        <translation>%1 i %2 med %3 bliver markeret som afsendt i Shopify.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordre</numerusform>
            <numerusform>%n ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n forsendelse</numerusform>
            <numerusform>%n forsendelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n vare</numerusform>
            <numerusform>%n varer</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking Numbers</source>
        <translation>Sporingsnumre</translation>
    </message>
    <message>
        <source>Optional. Scan or type each shipment&apos;s number: Enter goes to the next shipment, + adds another parcel to the same shipment. The carrier is detected from the number; choose another if Smidig got it wrong.</source>
        <translation>Valgfrit. Scan eller indtast nummeret for hver forsendelse: Enter går til næste forsendelse, + tilføjer endnu en pakke til samme forsendelse. Fragtfirmaet genkendes ud fra nummeret; vælg et andet, hvis Smidig har taget fejl.</translation>
    </message>
    <message>
        <source>&amp;Notify customer</source>
        <translation>&amp;Giv kunden besked</translation>
    </message>
    <message>
        <source>Shopify emails the customer a shipping confirmation with the tracking links.</source>
        <translation>Shopify sender kunden en forsendelsesbekræftelse med sporingslinks pr. e-mail.</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message numerus="yes">
        <source>Not Fulfilled (%n order(s))</source>
        <translation>
            <numerusform>Ikke afsendt (%n ordre)</numerusform>
            <numerusform>Ikke afsendt (%n ordrer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders that are not fulfilled</source>
        <translation>Ordrer, der ikke bliver afsendt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Why Not</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Nothing to Fulfill</source>
        <translation>Intet at afsende</translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n Order(s) Anyway</source>
        <translation>
            <numerusform>Afsend %n ordre alligevel</numerusform>
            <numerusform>Afsend %n ordrer alligevel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfillProgressDialog</name>
    <message>
        <source>Shipments</source>
        <translation>Forsendelser</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Take everything back before it is sent (Ctrl+Z)</source>
        <translation>Tag det hele tilbage, før det bliver sendt (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Cancel &amp;Remaining</source>
        <translation>Annullér &amp;resten</translation>
    </message>
    <message>
        <source>Withdraw what has not been sent yet; what was sent stays sent</source>
        <translation>Træk det tilbage, der endnu ikke er sendt; det, der er sendt, forbliver sendt</translation>
    </message>
    <message>
        <source>Show &amp;Outbox</source>
        <translation>Vis &amp;udbakke</translation>
    </message>
    <message>
        <source>Close this window; sending goes on in the background</source>
        <translation>Luk vinduet; Smidig sender videre i baggrunden</translation>
    </message>
    <message>
        <source>Not everything could be taken back: %1</source>
        <translation>Ikke alt kunne tages tilbage: %1</translation>
    </message>
    <message>
        <source>Undone: nothing was sent to Shopify.</source>
        <translation>Fortrudt: intet blev sendt til Shopify.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) taken back.</source>
        <translation>
            <numerusform>%n forsendelse taget tilbage.</numerusform>
            <numerusform>%n forsendelser taget tilbage.</numerusform>
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
            <numerusform>%n forsendelse trukket tilbage</numerusform>
            <numerusform>%n forsendelser trukket tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) had already gone to Shopify</source>
        <translation>
            <numerusform>%n forsendelse var allerede sendt til Shopify</numerusform>
            <numerusform>%n forsendelser var allerede sendt til Shopify</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be withdrawn: %1</source>
        <translation>Ikke alt kunne trækkes tilbage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n færdig</numerusform>
            <numerusform>%n færdige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislykket</numerusform>
            <numerusform>%n mislykkede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n tilbage</numerusform>
            <numerusform>%n tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n trukket tilbage</numerusform>
            <numerusform>%n trukket tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo (%n s)</source>
        <translation>
            <numerusform>&amp;Fortryd (%n s)</numerusform>
            <numerusform>&amp;Fortryd (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed shipments stay in the outbox with Shopify&apos;s message, where you can retry or drop them.</source>
        <translation>Mislykkede forsendelser bliver i udbakken med Shopifys besked; der kan du prøve igen eller kassere dem.</translation>
    </message>
</context>
<context>
    <name>FulfillProgressModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Venter på at blive sendt</translation>
    </message>
    <message numerus="yes">
        <source>Sends in %n s (can be undone)</source>
        <translation>
            <numerusform>Sendes om %n s (kan fortrydes)</numerusform>
            <numerusform>Sendes om %n s (kan fortrydes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Sender...</translation>
    </message>
    <message>
        <source>Checking with Shopify</source>
        <translation>Kontrollerer hos Shopify</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Withdrawn, not sent</source>
        <translation>Trukket tilbage, ikke sendt</translation>
    </message>
    <message>
        <source>Dropped, not sent</source>
        <translation>Kasseret, ikke sendt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message from Shopify</source>
        <translation>Besked fra Shopify</translation>
    </message>
</context>
<context>
    <name>FulfillmentFlow</name>
    <message>
        <source>Cannot Fulfill</source>
        <translation>Kan ikke afsende</translation>
    </message>
    <message>
        <source>Fulfilling %1</source>
        <translation>Afsender %1</translation>
    </message>
    <message numerus="yes">
        <source>Fulfilling %n Order(s)</source>
        <translation>
            <numerusform>Afsender %n ordre</numerusform>
            <numerusform>Afsender %n ordrer</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Orders Changed</source>
        <extracomment>%1 is a list of orders, such as &quot;#1001, #1004&quot;</extracomment>
        <translation>Nogle ordrer er ændret</translation>
    </message>
    <message>
        <source>Changed while the dialog was open, so not fulfilled: %1. Choose Fulfill again to see what is left.</source>
        <translation>Ændret, mens dialogen var åben, og derfor ikke afsendt: %1. Vælg »Afsend« igen for at se, hvad der er tilbage.</translation>
    </message>
    <message>
        <source>Cannot Read the Order</source>
        <translation>Kan ikke læse ordren</translation>
    </message>
    <message>
        <source>Shipment Not Found</source>
        <translation>Forsendelsen blev ikke fundet</translation>
    </message>
    <message>
        <source>The shipment is no longer in the local store. Sync and try again.</source>
        <translation>Forsendelsen findes ikke længere i den lokale database. Synkroniser, og prøv igen.</translation>
    </message>
    <message>
        <source>Cannot Update Tracking</source>
        <translation>Kan ikke opdatere sporing</translation>
    </message>
    <message>
        <source>Updating Tracking of %1</source>
        <translation>Opdaterer sporing for %1</translation>
    </message>
    <message>
        <source>Cancel Shipment</source>
        <translation>Annullér forsendelse</translation>
    </message>
    <message>
        <source>Cancel shipment %1 of order %2?</source>
        <extracomment>%1 is a shipment (#1001-F1), %2 its order (#1001)</extracomment>
        <translation>Vil du annullere forsendelse %1 af ordre %2?</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;The items in it become unfulfilled again.&lt;/li&gt;&lt;li&gt;Shopify makes new fulfillment orders for them; Smidig shows them once Shopify has answered.&lt;/li&gt;&lt;li&gt;The customer is not told automatically.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Varerne i den bliver igen markeret som ikke afsendt.&lt;/li&gt;&lt;li&gt;Shopify opretter nye afsendelsesordrer til dem; Smidig viser dem, når Shopify har svaret.&lt;/li&gt;&lt;li&gt;Kunden får ikke automatisk besked.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Keep Shipment</source>
        <translation>Behold forsendelse</translation>
    </message>
    <message>
        <source>Cannot Cancel the Shipment</source>
        <translation>Kan ikke annullere forsendelsen</translation>
    </message>
    <message>
        <source>Cancelling %1</source>
        <translation>Annullerer %1</translation>
    </message>
    <message>
        <source>Cannot Mark Ready for Pickup</source>
        <translation>Kan ikke markere klar til afhentning</translation>
    </message>
    <message>
        <source>Nothing to Mark Ready</source>
        <translation>Intet at markere som klar</translation>
    </message>
    <message>
        <source>Ready for Pickup</source>
        <translation>Klar til afhentning</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n order(s) ready for pickup?</source>
        <translation>
            <numerusform>Markér %n ordre som klar til afhentning?</numerusform>
            <numerusform>Markér %n ordrer som klar til afhentning?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Shopify tells each customer that the order is ready to collect.</source>
        <translation>
            <numerusform>%n vare. Shopify fortæller hver kunde, at ordren er klar til afhentning.</numerusform>
            <numerusform>%n varer. Shopify fortæller hver kunde, at ordren er klar til afhentning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation>Ikke med:</translation>
    </message>
    <message>
        <source>Mark Ready</source>
        <translation>Markér som klar</translation>
    </message>
    <message>
        <source>Shipments Not Complete</source>
        <translation>Forsendelserne er ikke komplette</translation>
    </message>
    <message>
        <source>Shopify did not give every shipment or parcel of %1, so Smidig does not change or cancel them. Use Shopify&apos;s admin for this order.</source>
        <translation>Shopify gav ikke alle forsendelser eller pakker i %1, så Smidig ændrer eller annullerer dem ikke. Brug Shopifys administration til denne ordre.</translation>
    </message>
    <message>
        <source>Changed while the question was open, so not marked ready: %1. Choose Ready for Pickup again to see what is left.</source>
        <translation>Ændret, mens spørgsmålet var åbent, så ikke markeret som klar: %1. Vælg Klar til afhentning igen for at se, hvad der er tilbage.</translation>
    </message>
    <message>
        <source>Take over from %1?</source>
        <extracomment>%1 is a station, such as &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>Overtag fra %1?</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 is an order, %2 another station&apos;s claim (&quot;Packing at Station 2 (Anna), 8 s&quot;)</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Take over %n order(s) from other stations?</source>
        <translation>
            <numerusform>Overtag %n ordre fra andre stationer?</numerusform>
            <numerusform>Overtag %n ordrer fra andre stationer?</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking over means that station can no longer fulfil it; the takeover is logged. Leave it there unless you know that station has stopped.</source>
        <translation>Overtager du den, kan den anden station ikke længere afsende den; overtagelsen logges. Lad den blive der, medmindre du ved, at stationen er stoppet.</translation>
    </message>
    <message>
        <source>Being Packed at Another Station</source>
        <translation>Pakkes ved en anden station</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>Overtag</translation>
    </message>
    <message>
        <source>Leave It There</source>
        <translation>Lad den blive der</translation>
    </message>
    <message>
        <source>Packing Stopped</source>
        <extracomment>%1 is an order, %2 what happened to it (&quot;it was put on hold&quot;)</extracomment>
        <translation>Pakning stoppet</translation>
    </message>
    <message>
        <source>%1 took over %2, so nothing was fulfilled here.</source>
        <translation>%1 overtog %2, så intet blev afsendt her.</translation>
    </message>
    <message>
        <source>This station lost its claim on %1 (it was not renewed in time), so nothing was fulfilled here. Choose Fulfill again to claim it again.</source>
        <translation>Denne station mistede sit krav på %1 (det blev ikke fornyet i tide), så intet blev afsendt her. Vælg »Afsend« igen for at gøre krav på den igen.</translation>
    </message>
    <message>
        <source>%1 cannot be fulfilled now: %2 (a sync just brought the change). Nothing was fulfilled here.</source>
        <translation>%1 kan ikke afsendes nu: %2 (en synkronisering har lige hentet ændringen). Intet blev afsendt her.</translation>
    </message>
    <message>
        <source>Not Fulfilled Here</source>
        <translation>Ikke afsendt her</translation>
    </message>
</context>
<context>
    <name>FulfillmentPlanner</name>
    <message>
        <source>the order was cancelled</source>
        <translation>ordren er annulleret</translation>
    </message>
    <message>
        <source>already fulfilled</source>
        <translation>allerede afsendt</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>tilbageholdt</translation>
    </message>
    <message>
        <source>on hold: %1</source>
        <translation>tilbageholdt: %1</translation>
    </message>
    <message>
        <source>scheduled for later</source>
        <translation>planlagt til senere</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>planlagt til %1</translation>
    </message>
    <message>
        <source>shipped by %1</source>
        <translation>afsendes af %1</translation>
    </message>
    <message>
        <source>requested from %1, not shipped here</source>
        <translation>anmodet hos %1, afsendes ikke herfra</translation>
    </message>
    <message>
        <source>Smidig is already sending a change for it</source>
        <translation>Smidig sender allerede en ændring af den</translation>
    </message>
    <message>
        <source>Shopify does not allow fulfilling it now</source>
        <translation>Shopify tillader ikke, at den afsendes nu</translation>
    </message>
    <message>
        <source>Shopify does not allow fulfilling it now (%1)</source>
        <translation>Shopify tillader ikke, at den afsendes nu (%1)</translation>
    </message>
    <message>
        <source>no quantities chosen</source>
        <translation>intet antal valgt</translation>
    </message>
    <message>
        <source>partly: %1</source>
        <translation>delvis: %1</translation>
    </message>
    <message>
        <source>Shopify is still assigning it to a location; try again in a minute</source>
        <translation>Shopify er stadig ved at tildele den en lokation; prøv igen om et minut</translation>
    </message>
    <message>
        <source>Shopify no longer shows this order to Smidig (it is older than 60 days); fulfil it in Shopify&apos;s admin, or give the app the read_all_orders scope</source>
        <translation>Shopify viser ikke længere denne ordre til Smidig (den er ældre end 60 dage); afsend den i Shopifys administration, eller giv appen adgangsområdet read_all_orders</translation>
    </message>
    <message>
        <source>local pickup: use Ready for Pickup, then Picked Up</source>
        <translation>lokal afhentning: brug Klar til afhentning og derefter Afhentet</translation>
    </message>
    <message>
        <source>local pickup at %1: use Ready for Pickup, then Picked Up</source>
        <translation>lokal afhentning i %1: brug Klar til afhentning og derefter Afhentet</translation>
    </message>
    <message>
        <source>local pickup not marked ready yet: use Ready for Pickup first</source>
        <translation>lokal afhentning er endnu ikke markeret som klar: brug først Klar til afhentning</translation>
    </message>
    <message>
        <source>not a local pickup order</source>
        <translation>ikke en ordre til lokal afhentning</translation>
    </message>
    <message>
        <source>fulfilled outside Shopify; Smidig may not fulfil it</source>
        <translation>afsendes uden for Shopify; Smidig må ikke afsende den</translation>
    </message>
    <message>
        <source>fulfilled outside Shopify (%1); Smidig may not fulfil it</source>
        <translation>afsendes uden for Shopify (%1); Smidig må ikke afsende den</translation>
    </message>
    <message>
        <source>Shopify shows Smidig no fulfillment orders of it (a marketplace or another app may handle it); fulfil it in Shopify&apos;s admin</source>
        <translation>Shopify viser ikke Smidig nogen afsendelsesordrer for den (en markedsplads eller en anden app håndterer den måske); afsend den i Shopifys administration</translation>
    </message>
    <message>
        <source>being packed at %1</source>
        <extracomment>%1 is a station, such as &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>pakkes ved %1</translation>
    </message>
    <message>
        <source>already being fulfilled at %1</source>
        <extracomment>%1 is a station, such as &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>er allerede ved at blive afsendt ved %1</translation>
    </message>
    <message>
        <source>fulfilled meanwhile, at another station or in Shopify</source>
        <translation>afsendt i mellemtiden, ved en anden station eller i Shopify</translation>
    </message>
    <message>
        <source>Smidig is still reading its items from Shopify; try again in a moment</source>
        <translation>Smidig henter stadig dens varer fra Shopify; prøv igen om et øjeblik</translation>
    </message>
</context>
<context>
    <name>ImportTrackingCommand</name>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Angiv én CSV-fil, der skal importeres.</translation>
    </message>
    <message>
        <source>Line %1: %2 The row was skipped.</source>
        <translation>Linje %1: %2 Rækken blev sprunget over.</translation>
    </message>
    <message>
        <source>Line %1: no order &quot;%2&quot; in the shop.</source>
        <translation>Linje %1: ingen ordre »%2« i butikken.</translation>
    </message>
    <message>
        <source>fulfilled with tracking</source>
        <translation>afsendt med sporing</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Linje %1: %2: %3</translation>
    </message>
    <message>
        <source>tracking added to %1</source>
        <translation>sporing tilføjet til %1</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: mislykkedes: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 skipped.</source>
        <translation>
            <numerusform>%n række læst, %1 sprunget over.</numerusform>
            <numerusform>%n rækker læst, %1 sprunget over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait in the outbox; smidig-cli sync sends them when the shop answers.</source>
        <translation>
            <numerusform>%n handling venter i udbakken; smidig-cli sync sender den, når butikken svarer.</numerusform>
            <numerusform>%n handlinger venter i udbakken; smidig-cli sync sender dem, når butikken svarer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: no tracking links are sent for &quot;%2&quot;: Shopify needs a link for every number or for none, and some of its numbers have none.</source>
        <translation>Linje %1: der sendes ingen sporingslinks for &quot;%2&quot;: Shopify skal have et link til hvert nummer eller til ingen, og nogle af dens numre har intet.</translation>
    </message>
    <message>
        <source>Line %1: %2: Shopify did not give every shipment or parcel of this order, so Smidig does not change its tracking; add the numbers in Shopify&apos;s admin.</source>
        <translation>Linje %1: %2: Shopify gav ikke alle forsendelser eller pakker i denne ordre, så Smidig ændrer ikke dens sporing; tilføj numrene i Shopifys administration.</translation>
    </message>
</context>
<context>
    <name>InventorySyncResult</name>
    <message>
        <source>The stock could not be read: %1 The orders are not affected; the stock shown is the last that was read, and it is read again after the next sync.</source>
        <translation>Lageret kunne ikke læses: %1 Ordrerne er ikke berørt; det viste lager er det sidst læste, og det læses igen efter næste synkronisering.</translation>
    </message>
    <message>
        <source>The stock that was read could not be saved: %1 The orders are not affected; the stock shown is the last that was saved.</source>
        <translation>Det læste lager kunne ikke gemmes: %1 Ordrerne er ikke berørt; det viste lager er det sidst gemte.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>systemets nøglering</translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>nøgleringen svarede ikke i tide</translation>
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
        <translation>&amp;Synkroniser nu</translation>
    </message>
    <message>
        <source>Fetch the latest orders from the shop (F5)</source>
        <translation>Hent de nyeste ordrer fra butikken (F5)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Find Orders</source>
        <translation>&amp;Søg efter ordrer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>All Orders</source>
        <translation>Alle ordrer</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Vis %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Smidig</source>
        <translation>&amp;Om Smidig</translation>
    </message>
    <message>
        <source>About Smidig</source>
        <translation>Om Smidig</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smidig %1&lt;/b&gt;&lt;p&gt;An order desk for Shopify stores: see what is paid but not shipped, and ship it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Smidig %1&lt;/b&gt;&lt;p&gt;Et ordreværktøj til Shopify-butikker: se, hvad der er betalt, men ikke sendt, og send det.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search order, customer, email, SKU or tracking number (Ctrl+F)</source>
        <translation>Søg efter ordre, kunde, e-mail, SKU eller sporingsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordre</numerusform>
            <numerusform>%n ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) shown</source>
        <translation>
            <numerusform>%1 af %n ordre vist</numerusform>
            <numerusform>%1 af %n ordrer vist</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fulfill...</source>
        <translation>&amp;Afsend...</translation>
    </message>
    <message>
        <source>Fulfill the selected orders (Ctrl+Return)</source>
        <translation>Afsend de valgte ordrer (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Fulfill &amp;All Shown...</source>
        <translation>Afsend alle &amp;viste...</translation>
    </message>
    <message>
        <source>Fulfill every order the table shows that is not fulfilled yet (Ctrl+Shift+Return)</source>
        <translation>Afsend alle ordrer i tabellen, som endnu ikke er afsendt (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>&amp;Undo Sending</source>
        <translation>&amp;Fortryd afsendelse</translation>
    </message>
    <message>
        <source>Take back the latest fulfillment before it is sent (Ctrl+Z)</source>
        <translation>Tag den seneste afsendelse tilbage, før den bliver sendt (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Ordrer</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Udbakke</translation>
    </message>
    <message>
        <source>Actions on their way to Shopify, and those that failed (Ctrl+Shift+O)</source>
        <translation>Handlinger på vej til Shopify og dem, der mislykkedes (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Connect Another Shop...</source>
        <translation>&amp;Forbind en anden butik...</translation>
    </message>
    <message>
        <source>Connect Smidig to another shop, or to the same one with new credentials</source>
        <translation>Forbind Smidig med en anden butik eller med den samme med nye loginoplysninger</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Indstillinger...</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Lager</translation>
    </message>
    <message>
        <source>&amp;Try Now</source>
        <translation>&amp;Prøv nu</translation>
    </message>
    <message>
        <source>Try to reach the shop now (F5)</source>
        <translation>Prøv at nå butikken nu (F5)</translation>
    </message>
    <message>
        <source>Connect A&amp;gain...</source>
        <translation>Forbind &amp;igen...</translation>
    </message>
    <message>
        <source>Offline since %1. Smidig works from the orders it has; fulfillments wait in the outbox and go out when the shop answers again.</source>
        <extracomment>%1 is when the shop stopped answering, in local time: &quot;10:42&quot;, or a date and time</extracomment>
        <translation>Offline siden %1. Smidig arbejder med de ordrer, den har; afsendelser venter i udbakken og sendes, når butikken svarer igen.</translation>
    </message>
    <message>
        <source>Trying to reach the shop...</source>
        <translation>Prøver at nå butikken...</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <extracomment>%1 is a time (&quot;10:47&quot;)</extracomment>
        <translation>Næste forsøg: %1.</translation>
    </message>
    <message>
        <source>&amp;Ready for Pickup...</source>
        <translation>&amp;Klar til afhentning...</translation>
    </message>
    <message>
        <source>Tell the customers of the selected pickup orders that they can collect (Ctrl+R)</source>
        <translation>Fortæl kunderne på de valgte afhentningsordrer, at de kan hente (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Picked Up...</source>
        <translation>Af&amp;hentet...</translation>
    </message>
    <message>
        <source>Fulfill the selected pickup orders: the customer has collected them (Ctrl+Shift+R)</source>
        <translation>Afsend de valgte afhentningsordrer: kunden har hentet dem (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Open &amp;Log</source>
        <translation>Åbn &amp;log</translation>
    </message>
    <message>
        <source>Show the log, which has the technical detail of every problem</source>
        <translation>Vis loggen, som har de tekniske detaljer om hvert problem</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Customer details hidden: the app has no access to protected customer data. Orders sync and ship as usual. To see names, emails and addresses, request access to protected customer data for the app in Shopify (the app&apos;s API access settings), then sync again.</source>
        <translation>Kundeoplysninger skjult: appen har ikke adgang til beskyttede kundedata. Ordrer synkroniseres og afsendes som normalt. For at se navne, e-mails og adresser skal du anmode om adgang til beskyttede kundedata for appen i Shopify (appens indstillinger for API-adgang) og derefter synkronisere igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) older than 60 days are no longer shown by Shopify and are kept as last read (&quot;no longer readable&quot;). Give the app the read_all_orders scope to keep reading such orders.</source>
        <translation>
            <numerusform>%n åben ordre, der er ældre end 60 dage, vises ikke længere af Shopify og beholdes, som den sidst blev læst (&quot;kan ikke længere læses&quot;). Giv appen adgangsområdet read_all_orders for fortsat at læse sådanne ordrer.</numerusform>
            <numerusform>%n åbne ordrer, der er ældre end 60 dage, vises ikke længere af Shopify og beholdes, som de sidst blev læst (&quot;kan ikke længere læses&quot;). Giv appen adgangsområdet read_all_orders for fortsat at læse sådanne ordrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Der er endnu ikke logget noget.</translation>
    </message>
    <message>
        <source>The log is the file %1. Open it with a text editor.</source>
        <translation>Loggen er filen %1. Åbn den med en teksteditor.</translation>
    </message>
    <message>
        <source>Change Pac&amp;ker...</source>
        <translation>Skift &amp;pakker...</translation>
    </message>
    <message>
        <source>Say who packs at this station now; fulfillments are recorded with the name (Ctrl+Shift+P)</source>
        <translation>Angiv hvem der pakker ved denne station nu; afsendelser registreres med navnet (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Change Packer</source>
        <translation>Skift pakker</translation>
    </message>
    <message>
        <source>Who packs at %1 now? Leave it empty to name nobody.</source>
        <extracomment>%1 is this station&apos;s name</extracomment>
        <translation>Hvem pakker ved %1 nu? Lad feltet være tomt for ikke at navngive nogen.</translation>
    </message>
    <message>
        <source>%1 syncs this shop for every station; its changes show here as they arrive.</source>
        <extracomment>%1 is a station&apos;s name (&quot;Station 1 (Anna)&quot;)</extracomment>
        <translation>%1 synkroniserer denne butik for alle stationer; ændringerne vises her, så snart de kommer.</translation>
    </message>
    <message>
        <source>&amp;Pack Mode</source>
        <translation>&amp;Pakketilstand</translation>
    </message>
    <message>
        <source>Pack one order at a time with the scanner (F2)</source>
        <translation>Pak én ordre ad gangen med scanneren (F2)</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory only, for this session</source>
        <translation>kun i hukommelsen, for denne session</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>another station</source>
        <translation>en anden station</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a station&apos;s name, %2 the person packing there: &quot;Station 2 (Anna)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>it is no longer in the shop</source>
        <translation>den findes ikke længere i butikken</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>den blev annulleret</translation>
    </message>
    <message>
        <source>it was put on hold</source>
        <translation>den blev sat i bero</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <source>Select an order to see its items, fulfillment orders and tracking.</source>
        <translation>Vælg en ordre for at se dens varer, afsendelsesordrer og sporing.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Resterende</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Fulfillment orders</source>
        <translation>Afsendelsesordrer</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Forsendelser</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Ingen kunde</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Afgivet %1</translation>
    </message>
    <message>
        <source>Fulfillment: %1</source>
        <translation>Afsendelse: %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Betaling: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Annulleret %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Ingen lokation</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left to ship</source>
        <translation>
            <numerusform>%n vare tilbage at sende</numerusform>
            <numerusform>%n varer tilbage at sende</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Håndteres af %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Åbner %1</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>Tilbageholdt: %1</translation>
    </message>
    <message>
        <source>Nothing shipped yet</source>
        <translation>Intet sendt endnu</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <source>No tracking number</source>
        <translation>Intet sporingsnummer</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sporing</translation>
    </message>
    <message>
        <source>No SKU</source>
        <translation>Ingen SKU</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>Fulfill Selected &amp;Quantities...</source>
        <translation>Afsend valgte &amp;antal...</translation>
    </message>
    <message>
        <source>Ship Now</source>
        <translation>Send nu</translation>
    </message>
    <message>
        <source>Fulfill just the quantities under &quot;Ship Now&quot; (Alt+Q)</source>
        <translation>Afsend kun antallene under »Send nu« (Alt+A)</translation>
    </message>
    <message>
        <source>Ship now: %1</source>
        <extracomment>%1 is a line item&apos;s title</extracomment>
        <translation>Send nu: %1</translation>
    </message>
    <message>
        <source>Edit Tracking...</source>
        <translation>Rediger sporing...</translation>
    </message>
    <message>
        <source>Edit tracking of %1</source>
        <extracomment>%1 is a shipment, such as #1001-F1</extracomment>
        <translation>Rediger sporing for %1</translation>
    </message>
    <message>
        <source>Cancel Shipment...</source>
        <translation>Annullér forsendelse...</translation>
    </message>
    <message>
        <source>Cancel shipment %1</source>
        <translation>Annullér forsendelse %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock:&lt;/b&gt; everything it still needs is on the shelf.</source>
        <translation>&lt;b&gt;Lager:&lt;/b&gt; alt, hvad ordren stadig mangler, står på hylden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock:&lt;/b&gt; ships partly; short of %1.</source>
        <extracomment>%1 is a list of SKUs</extracomment>
        <translation>&lt;b&gt;Lager:&lt;/b&gt; kan afsendes delvist; mangler %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stock:&lt;/b&gt; blocked; short of %1.</source>
        <extracomment>%1 is a list of SKUs</extracomment>
        <translation>&lt;b&gt;Lager:&lt;/b&gt; blokeret; mangler %1.</translation>
    </message>
    <message>
        <source>%1 (test order)</source>
        <translation>%1 (testordre)</translation>
    </message>
    <message>
        <source>Customer hidden</source>
        <translation>Kunde skjult</translation>
    </message>
    <message>
        <source>Shopify leaves out the customer&apos;s name, email and address: the app has no access to protected customer data.</source>
        <translation>Shopify udelader kundens navn, e-mail og adresse: appen har ikke adgang til beskyttede kundedata.</translation>
    </message>
    <message>
        <source>No shipping address</source>
        <translation>Ingen leveringsadresse</translation>
    </message>
    <message>
        <source>Ship to %1</source>
        <translation>Leveres til %1</translation>
    </message>
    <message>
        <source>Test order: nothing was paid, and nothing needs to ship.</source>
        <translation>Testordre: intet er betalt, og intet skal afsendes.</translation>
    </message>
    <message>
        <source>No longer readable:</source>
        <translation>Kan ikke længere læses:</translation>
    </message>
    <message>
        <source>since %1 Shopify no longer shows this open order to Smidig, because it is older than 60 days and the app lacks the read_all_orders scope. Smidig keeps it as it was last read. Give the app read_all_orders to keep reading such orders, or handle it in Shopify&apos;s admin.</source>
        <translation>siden %1 viser Shopify ikke længere denne åbne ordre til Smidig, fordi den er ældre end 60 dage, og appen mangler adgangsområdet read_all_orders. Smidig beholder den, som den sidst blev læst. Giv appen read_all_orders for fortsat at læse sådanne ordrer, eller håndtér den i Shopifys administration.</translation>
    </message>
    <message>
        <source>Being routed:</source>
        <translation>Tildeles lokation:</translation>
    </message>
    <message>
        <source>Shopify has not yet assigned this new order to a location. It can be fulfilled once it has, usually within a minute.</source>
        <translation>Shopify har endnu ikke tildelt denne nye ordre en lokation. Den kan afsendes, når det er sket, som regel inden for et minut.</translation>
    </message>
    <message>
        <source>None yet: Shopify is still routing the order</source>
        <translation>Ingen endnu: Shopify er ved at tildele ordren en lokation</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup, waiting for the customer</source>
        <translation>
            <numerusform>%n vare klar til afhentning, venter på kunden</numerusform>
            <numerusform>%n varer klar til afhentning, venter på kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to make ready for pickup</source>
        <translation>
            <numerusform>%n vare skal gøres klar til afhentning</numerusform>
            <numerusform>%n varer skal gøres klar til afhentning</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify did not give every shipment or parcel of this order, so they are shown here but cannot be changed or cancelled from Smidig. Use Shopify&apos;s admin for them.</source>
        <translation>Shopify gav ikke alle forsendelser eller pakker i denne ordre, så de vises her, men kan ikke ændres eller annulleres fra Smidig. Brug Shopifys administration til dem.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(intet nummer)</translation>
    </message>
    <message>
        <source>No fulfillment orders:</source>
        <translation>Ingen afsendelsesordrer:</translation>
    </message>
    <message>
        <source>Shopify shows Smidig none for this order, although something is left to ship: a marketplace or another app may handle it. Fulfil it in Shopify&apos;s admin.</source>
        <translation>Shopify viser ikke Smidig nogen for denne ordre, selvom der er noget tilbage at afsende: en markedsplads eller en anden app håndterer den måske. Afsend den i Shopifys administration.</translation>
    </message>
    <message>
        <source>Made ready for pickup at %1, %2</source>
        <extracomment>%1 is a station&apos;s name, %2 a date and time</extracomment>
        <translation>Gjort klar til afhentning ved %1, %2</translation>
    </message>
    <message>
        <source>Made ready for pickup at %1 by %2, %3</source>
        <extracomment>%1 is a station&apos;s name, %2 the packer&apos;s name, %3 a date and time</extracomment>
        <translation>Gjort klar til afhentning ved %1 af %2, %3</translation>
    </message>
    <message>
        <source>Fulfilled at %1, %2</source>
        <extracomment>%1 is a station&apos;s name, %2 a date and time</extracomment>
        <translation>Afsendt fra %1, %2</translation>
    </message>
    <message>
        <source>Fulfilled at %1 by %2, %3</source>
        <extracomment>%1 is a station&apos;s name, %2 the packer&apos;s name, %3 a date and time</extracomment>
        <translation>Afsendt fra %1 af %2, %3</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <extracomment>After a fulfillment in the packing history that is still on its way to Shopify</extracomment>
        <translation>%1 (sendes)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <extracomment>After a fulfillment in the packing history that Shopify refused</extracomment>
        <translation>%1 (mislykkedes)</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned</source>
        <translation>
            <numerusform>%n scannet</numerusform>
            <numerusform>%n scannet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed</source>
        <translation>
            <numerusform>%n indtastet</numerusform>
            <numerusform>%n indtastet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by hand</source>
        <translation>
            <numerusform>%n bekræftet manuelt</numerusform>
            <numerusform>%n bekræftet manuelt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an item&apos;s title, %2 how its units were counted (&quot;2 scanned, 10 typed&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shipping method: %1</source>
        <translation>Forsendelsesmetode: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Bemærkning:</translation>
    </message>
    <message>
        <source>Still reading:</source>
        <translation>Henter stadig:</translation>
    </message>
    <message>
        <source>Smidig has listed this order and is still reading its items, locations and shipments from Shopify. They show here, and the order can be fulfilled, once they are in.</source>
        <translation>Smidig har listet denne ordre og henter stadig dens varer, lokationer og forsendelser fra Shopify. De vises her, og ordren kan afsendes, når de er hentet.</translation>
    </message>
    <message>
        <source>Still being read from Shopify</source>
        <translation>Hentes stadig fra Shopify</translation>
    </message>
</context>
<context>
    <name>OrderOutput</name>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Afsendelse</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sporing</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordre</numerusform>
            <numerusform>%n ordrer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Shopify reports the status &quot;%1&quot;, which this version of Smidig does not know.</source>
        <translation>Shopify angiver status »%1«, som denne version af Smidig ikke kender.</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulleret)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Afsendelse</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sporing</translation>
    </message>
    <message>
        <source>Smidig is sending a change for this order to Shopify.</source>
        <translation>Smidig sender en ændring af denne ordre til Shopify.</translation>
    </message>
    <message>
        <source>A change for this order did not reach Shopify. The outbox (Ctrl+Shift+O) shows why, and lets you retry or drop it.</source>
        <translation>En ændring af denne ordre nåede ikke frem til Shopify. Udbakken (Ctrl+Shift+O) viser hvorfor; der kan du prøve igen eller kassere den.</translation>
    </message>
    <message>
        <source>%1 · sending</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) while Smidig sends a change for the order</extracomment>
        <translation>%1 · sendes</translation>
    </message>
    <message>
        <source>%1 · not sent</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) when a change for the order failed</extracomment>
        <translation>%1 · ikke sendt</translation>
    </message>
    <message>
        <source>Short of %1</source>
        <extracomment>%1 is a list of SKUs</extracomment>
        <translation>Mangler %1</translation>
    </message>
    <message>
        <source>Everything this order still needs is on the shelf.</source>
        <translation>Alt, hvad denne ordre stadig mangler, står på hylden.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Shopify no longer shows this open order to Smidig: it is older than 60 days and the app lacks the read_all_orders scope. Smidig keeps it as it was last read.</source>
        <translation>Shopify viser ikke længere denne åbne ordre til Smidig: den er ældre end 60 dage, og appen mangler adgangsområdet read_all_orders. Smidig beholder den, som den sidst blev læst.</translation>
    </message>
    <message>
        <source>Shopify has not yet assigned this new order to a location; it can be fulfilled once it has.</source>
        <translation>Shopify har endnu ikke tildelt denne nye ordre en lokation; den kan afsendes, når det er sket.</translation>
    </message>
    <message>
        <source>The customer collects this order: mark it ready for pickup, then picked up.</source>
        <translation>Kunden henter denne ordre: markér den som klar til afhentning og derefter som afhentet.</translation>
    </message>
    <message>
        <source>Customer details hidden: the app has no access to protected customer data.</source>
        <translation>Kundeoplysninger skjult: appen har ikke adgang til beskyttede kundedata.</translation>
    </message>
    <message>
        <source>A test order: nothing was paid, and nothing needs to ship.</source>
        <translation>En testordre: intet er betalt, og intet skal afsendes.</translation>
    </message>
    <message>
        <source>%1 · test</source>
        <extracomment>an order&apos;s name (&quot;#1001&quot;) when the order was placed in test mode</extracomment>
        <translation>%1 · test</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Ingen kunde</translation>
    </message>
    <message>
        <source>%1 · no longer readable</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order Shopify no longer shows</extracomment>
        <translation>%1 · kan ikke længere læses</translation>
    </message>
    <message>
        <source>%1 · being routed</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order Shopify has not routed yet</extracomment>
        <translation>%1 · tildeles lokation</translation>
    </message>
    <message>
        <source>%1 · pickup</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order the customer collects</extracomment>
        <translation>%1 · afhentning</translation>
    </message>
    <message>
        <source>Shopify shows Smidig no fulfillment orders of this order: a marketplace or another app may handle it. Fulfil it in Shopify&apos;s admin.</source>
        <translation>Shopify viser ikke Smidig nogen afsendelsesordrer for denne ordre: en markedsplads eller en anden app håndterer den måske. Afsend den i Shopifys administration.</translation>
    </message>
    <message>
        <source>%1 · no fulfillment orders</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order with no fulfillment orders the app can see, long after it was placed</extracomment>
        <translation>%1 · ingen afsendelsesordrer</translation>
    </message>
    <message>
        <source>%1 is packing this order. Fulfilling it here takes it over from there.</source>
        <extracomment>%1 is a station (&quot;Station 2 (Anna)&quot;)</extracomment>
        <translation>%1 pakker denne ordre. Afsendes den her, overtages den derfra.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) and another station&apos;s claim on the order (&quot;Packing at Station 2 (Anna), 8 s&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Smidig has listed this order and is still reading its items from Shopify; it can be fulfilled once they are in.</source>
        <translation>Smidig har listet denne ordre og henter stadig dens varer fra Shopify; den kan afsendes, når de er hentet.</translation>
    </message>
    <message>
        <source>%1 · reading items</source>
        <extracomment>a fulfillment status (&quot;Unfulfilled&quot;) of an order whose items are still being read by the first sync</extracomment>
        <translation>%1 · henter varer</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <source>All orders</source>
        <translation>Alle ordrer</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Klar til afsendelse</translation>
    </message>
    <message>
        <source>Blocked by stock</source>
        <translation>Blokeret af lagermangel</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Smidig stopped while sending this; it is checked with Shopify before it is sent again.</source>
        <translation>Smidig stoppede, mens dette blev sendt; det kontrolleres hos Shopify, før det sendes igen.</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n afventer</numerusform>
            <numerusform>%n afventer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislykket</numerusform>
            <numerusform>%n mislykkede</numerusform>
        </translation>
    </message>
    <message>
        <source>Some actions did not reach Shopify: click to see them and retry or drop them</source>
        <translation>Nogle handlinger nåede ikke frem til Shopify: klik for at se dem og prøve igen eller kassere dem</translation>
    </message>
    <message>
        <source>Actions on their way to Shopify: click to see them</source>
        <translation>Handlinger på vej til Shopify: klik for at se dem</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>&amp;Drop...</source>
        <translation>&amp;Kassér...</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>Send the selected failed actions again</source>
        <translation>Send de valgte mislykkede handlinger igen</translation>
    </message>
    <message>
        <source>Forget the selected actions: they are not sent (Delete)</source>
        <translation>Glem de valgte handlinger: de bliver ikke sendt (Delete)</translation>
    </message>
    <message>
        <source>Actions on their way to Shopify. Failed ones stay here until you retry or drop them.</source>
        <translation>Handlinger på vej til Shopify. Mislykkede handlinger bliver her, indtil du prøver igen eller kasserer dem.</translation>
    </message>
    <message>
        <source>Drop Actions</source>
        <translation>Kassér handlinger</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n action(s) for %1?</source>
        <translation>
            <numerusform>Vil du kassere %n handling for %1?</numerusform>
            <numerusform>Vil du kassere %n handlinger for %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are not sent to Shopify, and the orders no longer show them. An action whose outcome Smidig could not check may still have reached Shopify: the next sync shows the order as Shopify has it.</source>
        <translation>De bliver ikke sendt til Shopify, og ordrerne viser dem ikke længere. En handling, hvis resultat Smidig ikke kunne kontrollere, kan alligevel være nået frem til Shopify: næste synkronisering viser ordren, som Shopify har den.</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Shopify refused it: %1</source>
        <translation>Shopify afviste den: %1</translation>
    </message>
    <message>
        <source>Not carried out by Shopify; sending it again.</source>
        <translation>Ikke udført af Shopify; sendes igen.</translation>
    </message>
    <message>
        <source>The order changed in Shopify while Smidig was sending this, so it was not sent again. Check the order, then retry or drop this.</source>
        <translation>Ordren blev ændret i Shopify, mens Smidig sendte dette, så det blev ikke sendt igen. Kontrollér ordren, og prøv derefter igen, eller kassér handlingen.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Fulfill</source>
        <translation>Afsend</translation>
    </message>
    <message>
        <source>Update tracking</source>
        <translation>Opdater sporing</translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation>Annullér forsendelse</translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n item(s)</source>
        <extracomment>%1 is a location, such as &quot;Lager Vejle&quot;</extracomment>
        <translation>
            <numerusform>Afsend %n vare</numerusform>
            <numerusform>Afsend %n varer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fulfill %n item(s) from %1</source>
        <translation>
            <numerusform>Afsend %n vare fra %1</numerusform>
            <numerusform>Afsend %n varer fra %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tracking</source>
        <translation>Fjern sporing</translation>
    </message>
    <message>
        <source>Update tracking: %1</source>
        <extracomment>%1 is one or more tracking numbers</extracomment>
        <translation>Opdater sporing: %1</translation>
    </message>
    <message>
        <source>Waiting (can be undone)</source>
        <translation>Venter (kan fortrydes)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Venter på at blive sendt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sendes</translation>
    </message>
    <message>
        <source>Checking with Shopify</source>
        <translation>Kontrollerer hos Shopify</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Klar til afhentning</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup</source>
        <extracomment>%1 is a location, such as &quot;Butik Aarhus&quot;</extracomment>
        <translation>
            <numerusform>%n vare klar til afhentning</numerusform>
            <numerusform>%n varer klar til afhentning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready for pickup at %1</source>
        <translation>
            <numerusform>%n vare klar til afhentning i %1</numerusform>
            <numerusform>%n varer klar til afhentning i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>%1 is no order Smidig knows. Scan a packing slip or an order number.</source>
        <extracomment>%1 is what the scanner read</extracomment>
        <translation>%1 er ikke en ordre, Smidig kender. Scan en pakkeseddel eller et ordrenummer.</translation>
    </message>
    <message>
        <source>No packing slip to print: no order is on the table.</source>
        <translation>Ingen pakkeseddel at udskrive: der er ingen ordre på bordet.</translation>
    </message>
    <message>
        <source>No order %1 here. Sync, or scan another slip.</source>
        <extracomment>%1 is an order&apos;s name or number as scanned</extracomment>
        <translation>Ingen ordre %1 her. Synkroniser, eller scan en anden pakkeseddel.</translation>
    </message>
    <message>
        <source>%1 is on the table already.</source>
        <translation>%1 er allerede på bordet.</translation>
    </message>
    <message>
        <source>That order is no longer in the store.</source>
        <translation>Den ordre findes ikke længere i lageret.</translation>
    </message>
    <message>
        <source>%1 is taken: %2. Scan another slip.</source>
        <extracomment>%1 is an order, %2 another station&apos;s claim (&quot;Packing at Station 2 (Anna), 8 s&quot;)</extracomment>
        <translation>%1 er optaget: %2. Scan en anden pakkeseddel.</translation>
    </message>
    <message>
        <source>%1: nothing to pack here. %2</source>
        <extracomment>%1 is an order, %2 why nothing of it can be packed here now</extracomment>
        <translation>%1: intet at pakke her. %2</translation>
    </message>
    <message>
        <source>%1 is on the table.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>%1 er på bordet.</translation>
    </message>
    <message>
        <source>Scan a packing slip first.</source>
        <translation>Scan først en pakkeseddel.</translation>
    </message>
    <message>
        <source>Choose a line without barcode first.</source>
        <translation>Vælg først en linje uden stregkode.</translation>
    </message>
    <message>
        <source>No order is waiting. Scan a packing slip.</source>
        <translation>Ingen ordre venter. Scan en pakkeseddel.</translation>
    </message>
    <message>
        <source>No order is on the table.</source>
        <translation>Der er ingen ordre på bordet.</translation>
    </message>
    <message>
        <source>Items are left to scan.</source>
        <translation>Der er stadig varer at scanne.</translation>
    </message>
    <message>
        <source>Scan the shipping label first.</source>
        <translation>Scan først forsendelsesetiketten.</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Intet blev sat i kø.</translation>
    </message>
    <message>
        <source>%1 was not fulfilled: %2</source>
        <extracomment>%1 is an order, %2 why it was refused</extracomment>
        <translation>%1 blev ikke afsendt: %2</translation>
    </message>
    <message>
        <source>%1 fulfilled. Scan the next slip.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>%1 afsendt. Scan den næste pakkeseddel.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Intet at fortryde.</translation>
    </message>
    <message>
        <source>%1 is sent to Shopify already and cannot be taken back here.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>%1 er allerede sendt til Shopify og kan ikke tages tilbage her.</translation>
    </message>
    <message>
        <source>Fulfillment of %1 taken back: it was not sent.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>Afsendelsen af %1 er taget tilbage: den blev ikke sendt.</translation>
    </message>
    <message>
        <source>%1 put aside. Scan the next slip.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>%1 lagt til side. Scan den næste pakkeseddel.</translation>
    </message>
    <message>
        <source>Stop packing %1: %2</source>
        <extracomment>%1 is an order&apos;s name, %2 what happened to it (a hold, a cancellation)</extracomment>
        <translation>Stop med at pakke %1: %2</translation>
    </message>
    <message>
        <source>Another station took over %1. Put its items aside.</source>
        <extracomment>%1 is an order&apos;s name</extracomment>
        <translation>En anden station har overtaget %1. Læg varerne til side.</translation>
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
        <translation>Skift mellem ordretabellen og pakketilstand</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Fulfill the labelled order; with no order on the table, take the order offered</source>
        <translation>Afsend ordren med etiket; er der ingen ordre på bordet, tag den tilbudte ordre</translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <translation>Cifre, derefter Enter</translation>
    </message>
    <message>
        <source>Set how many of the item just scanned are in the box</source>
        <translation>Angiv hvor mange af den netop scannede vare der er i kassen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellemrum</translation>
    </message>
    <message>
        <source>Confirm the selected line by hand (only an item without barcode)</source>
        <translation>Bekræft den valgte linje manuelt (kun en vare uden stregkode)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Op, Ned</translation>
    </message>
    <message>
        <source>Select a line</source>
        <translation>Vælg en linje</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last count, then the label; after fulfilling, take the fulfillment back while it waits to be sent</source>
        <translation>Fortryd den sidste optælling, derefter etiketten; efter afsendelse tages den tilbage, mens den venter på at blive sendt</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Put the order aside (skip it); its claim is let go</source>
        <translation>Læg ordren til side (spring over); dens reservation slippes</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>Vis disse taster</translation>
    </message>
    <message>
        <source>Command sheet: fulfill (as Enter)</source>
        <translation>Kommandoark: afsend (som Enter)</translation>
    </message>
    <message>
        <source>Command sheet: put the order aside (as Esc)</source>
        <translation>Kommandoark: læg ordren til side (som Esc)</translation>
    </message>
    <message>
        <source>Command sheet: undo (as Ctrl+Z)</source>
        <translation>Kommandoark: fortryd (som Ctrl+Z)</translation>
    </message>
    <message>
        <source>Command sheet: put the order aside and take the order offered</source>
        <translation>Kommandoark: læg ordren til side og tag den tilbudte ordre</translation>
    </message>
    <message>
        <source>Command sheet: print the packing slip again</source>
        <translation>Kommandoark: udskriv pakkesedlen igen</translation>
    </message>
    <message>
        <source>Pack Mode Keys</source>
        <translation>Taster i pakketilstand</translation>
    </message>
    <message>
        <source>Pack mode keys</source>
        <translation>Taster i pakketilstand</translation>
    </message>
    <message>
        <source>Key or barcode</source>
        <translation>Tast eller stregkode</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Hvad den gør</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Scans work wherever the focus is. Keys:</source>
        <translation>Scanninger virker, uanset hvor fokus er. Taster:</translation>
    </message>
</context>
<context>
    <name>PackSession</name>
    <message>
        <source>Nothing of %1 ships from this location now.</source>
        <translation>Intet fra %1 sendes fra denne lokation nu.</translation>
    </message>
    <message>
        <source>%1 is no longer in the shop.</source>
        <translation>%1 findes ikke længere i butikken.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 blev annulleret.</translation>
    </message>
    <message>
        <source>%1 was put on hold.</source>
        <translation>%1 blev sat i bero.</translation>
    </message>
    <message>
        <source>%1 changed: what ships from here is not what was being packed.</source>
        <translation>%1 er ændret: det, der sendes herfra, er ikke det, der blev pakket.</translation>
    </message>
    <message>
        <source>Label taken back: scan it again.</source>
        <translation>Etiketten er fjernet: scan den igen.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>An item counted at the packing station: &quot;Wool socks: 2 of 3&quot;</extracomment>
        <translation>%1: %2 af %3</translation>
    </message>
    <message>
        <source>Not in this order: %1. Put it back.</source>
        <translation>Ikke i denne ordre: %1. Læg den tilbage.</translation>
    </message>
    <message numerus="yes">
        <source>Too many: %1 needs %n.</source>
        <translation>
            <numerusform>For mange: %1 skal bruge %n.</numerusform>
            <numerusform>For mange: %1 skal bruge %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many.</source>
        <translation>For mange.</translation>
    </message>
    <message>
        <source>%1 is in this order but does not ship from here now.</source>
        <translation>%1 er i denne ordre, men sendes ikke herfra nu.</translation>
    </message>
    <message>
        <source>Scan an item before typing how many.</source>
        <translation>Scan en vare, før du skriver antallet.</translation>
    </message>
    <message>
        <source>%1 has a barcode: scan it.</source>
        <translation>%1 har en stregkode: scan den.</translation>
    </message>
    <message numerus="yes">
        <source>Scan every item before the label: %n left.</source>
        <translation>
            <numerusform>Scan alle varer før etiketten: %n tilbage.</numerusform>
            <numerusform>Scan alle varer før etiketten: %n tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Intet at fortryde.</translation>
    </message>
    <message>
        <source>Label %1 taken.</source>
        <translation>Etiket %1 registreret.</translation>
    </message>
    <message>
        <source>%1 is no longer being packed.</source>
        <translation>%1 pakkes ikke længere.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message numerus="yes">
        <source>%n scanned</source>
        <translation>
            <numerusform>%n scannet</numerusform>
            <numerusform>%n scannet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed</source>
        <translation>
            <numerusform>%n indtastet</numerusform>
            <numerusform>%n indtastet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by hand</source>
        <translation>
            <numerusform>%n manuelt</numerusform>
            <numerusform>%n manuelt</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack mode</source>
        <translation>Pakketilstand</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Customer and shipping</source>
        <translation>Kunde og forsendelse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Items to pack</source>
        <translation>Varer at pakke</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Talt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Quantity typed</source>
        <translation>Indtastet antal</translation>
    </message>
    <message>
        <source>Order offered</source>
        <translation>Tilbudt ordre</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Sidste scanning</translation>
    </message>
    <message>
        <source>Last scan&apos;s icon</source>
        <translation>Sidste scannings ikon</translation>
    </message>
    <message>
        <source>Last scan&apos;s result</source>
        <translation>Sidste scannings resultat</translation>
    </message>
    <message>
        <source>Fulfill (Enter)</source>
        <translation>Afsend (Enter)</translation>
    </message>
    <message>
        <source>Fulfill the labelled order</source>
        <translation>Afsend ordren med etiket</translation>
    </message>
    <message>
        <source>Confirm by Hand (Space)</source>
        <translation>Bekræft manuelt (mellemrum)</translation>
    </message>
    <message>
        <source>Count the selected line without barcode</source>
        <translation>Tæl den valgte linje uden stregkode</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Fortryd (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Take back the last count, the label, or the last fulfillment</source>
        <translation>Tag den sidste optælling, etiketten eller den sidste afsendelse tilbage</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Spring over (Esc)</translation>
    </message>
    <message>
        <source>Put the order aside; another station may pack it</source>
        <translation>Læg ordren til side; en anden station kan pakke den</translation>
    </message>
    <message>
        <source>Reprint Slip</source>
        <translation>Udskriv pakkeseddel igen</translation>
    </message>
    <message>
        <source>Print the packing slip again</source>
        <translation>Udskriv pakkesedlen igen</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Taster (F1)</translation>
    </message>
    <message>
        <source>Show every key of pack mode</source>
        <translation>Vis alle taster i pakketilstand</translation>
    </message>
    <message>
        <source>Scan a packing slip or an order number</source>
        <translation>Scan en pakkeseddel eller et ordrenummer</translation>
    </message>
    <message>
        <source>No order is waiting to be packed here.</source>
        <translation>Ingen ordre venter på at blive pakket her.</translation>
    </message>
    <message>
        <source>Oldest waiting: %1. Press Enter to take it.</source>
        <translation>Ældste ventende: %1. Tryk Enter for at tage den.</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Ingen kunde</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Noter: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items counted</source>
        <extracomment>%1 units counted, %2 units needed</extracomment>
        <translation>%1 af %2 varer talt</translation>
    </message>
    <message>
        <source>Scan the items</source>
        <translation>Scan varerne</translation>
    </message>
    <message>
        <source>Scan the label: it fulfills the order</source>
        <translation>Scan etiketten: den afsender ordren</translation>
    </message>
    <message>
        <source>Scan the label</source>
        <translation>Scan etiketten</translation>
    </message>
    <message>
        <source>Press Enter to fulfill (label %1)</source>
        <extracomment>%1 is the tracking number</extracomment>
        <translation>Tryk Enter for at afsende (etiket %1)</translation>
    </message>
    <message>
        <source>Quantity: %1, Enter sets it</source>
        <translation>Antal: %1, Enter gemmer det</translation>
    </message>
    <message>
        <source>Take Offered Order (Enter)</source>
        <translation>Tag tilbudt ordre (Enter)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no barcode: confirm by hand</source>
        <translation>ingen stregkode: bekræft manuelt</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>✔ %1 of %2</source>
        <extracomment>%1 counted of %2 needed, the line is complete</extracomment>
        <translation>✔ %1 af %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Klar.</translation>
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
        <translation>4 × 6 tommer etiket</translation>
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
        <translation>Plukliste</translation>
    </message>
    <message>
        <source>%1 · orders: %2 · items to pick: %3</source>
        <translation>%1 · ordrer: %2 · varer at plukke: %3</translation>
    </message>
    <message>
        <source>Nothing to pick: the orders have nothing left to ship.</source>
        <translation>Intet at plukke: ordrerne har intet tilbage at sende.</translation>
    </message>
    <message>
        <source>Unnamed location</source>
        <translation>Lokation uden navn</translation>
    </message>
    <message>
        <source>%1 · items: %2</source>
        <translation>%1 · varer: %2</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(fortsat)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print Packing &amp;Slips...</source>
        <translation>Udskriv &amp;pakkesedler...</translation>
    </message>
    <message>
        <source>Print a packing slip for each selected order (Ctrl+P)</source>
        <translation>Udskriv en pakkeseddel for hver valgt ordre (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print Pic&amp;k List...</source>
        <translation>Udskriv p&amp;lukliste...</translation>
    </message>
    <message>
        <source>Print what the selected orders need from the shelves</source>
        <translation>Udskriv, hvad de valgte ordrer skal have fra hylderne</translation>
    </message>
    <message>
        <source>Print &amp;Command Sheet...</source>
        <translation>Udskriv &amp;kommandoark...</translation>
    </message>
    <message>
        <source>Print pack mode&apos;s commands as barcodes for the packing table</source>
        <translation>Udskriv pakketilstandens kommandoer som stregkoder til pakkebordet</translation>
    </message>
    <message>
        <source>Print Se&amp;ttings...</source>
        <translation>Udskrifts&amp;indstillinger...</translation>
    </message>
    <message>
        <source>The packing slip of %1 was not printed: the printer &quot;%2&quot; cannot be reached. Check it, or choose another in File &gt; Print Settings.</source>
        <translation>Pakkesedlen til %1 blev ikke udskrevet: printeren »%2« kan ikke nås. Tjek den, eller vælg en anden under Filer &gt; Udskriftsindstillinger.</translation>
    </message>
    <message>
        <source>Nothing to Print</source>
        <translation>Intet at udskrive</translation>
    </message>
    <message>
        <source>Select the orders to print in the table first (Ctrl+A selects all shown).</source>
        <translation>Vælg først de ordrer, der skal udskrives, i tabellen (Ctrl+A vælger alle viste).</translation>
    </message>
    <message>
        <source>Packing Slips</source>
        <translation>Pakkesedler</translation>
    </message>
    <message>
        <source>Pick List</source>
        <translation>Plukliste</translation>
    </message>
    <message>
        <source>Command Sheet</source>
        <translation>Kommandoark</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Say what to print: slips, pick-list or command-sheet. See --help.</source>
        <translation>Angiv, hvad der skal udskrives: slips, pick-list eller command-sheet. Se --help.</translation>
    </message>
    <message>
        <source>Give the file to write with --pdf FILE (print it with lp FILE).</source>
        <translation>Angiv filen, der skal skrives, med --pdf FIL (udskriv den med lp FIL).</translation>
    </message>
    <message>
        <source>Unknown paper &quot;%1&quot;. Use a4, letter, a6 or 4x6.</source>
        <translation>Ukendt papir »%1«. Brug a4, letter, a6 eller 4x6.</translation>
    </message>
    <message>
        <source>The command sheet takes no orders.</source>
        <translation>Kommandoarket tager ingen ordrer.</translation>
    </message>
    <message>
        <source>Name the orders (#1001, 1001 or an order id), or choose them with --status or --search, such as --status unfulfilled.</source>
        <translation>Angiv ordrerne (#1001, 1001 eller et ordre-id), eller vælg dem med --status eller --search, f.eks. --status unfulfilled.</translation>
    </message>
    <message>
        <source>Name the orders or choose them with --status or --search, not both.</source>
        <translation>Angiv ordrerne, eller vælg dem med --status eller --search, ikke begge dele.</translation>
    </message>
    <message>
        <source>%1: no such order in the shop.</source>
        <translation>%1: ingen sådan ordre i butikken.</translation>
    </message>
    <message>
        <source>No orders to print: none has that status or text.</source>
        <translation>Ingen ordrer at udskrive: ingen har den status eller tekst.</translation>
    </message>
    <message>
        <source>Wrote the command sheet to %1.</source>
        <translation>Kommandoarket er skrevet til %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the packing slips of %n order(s) to %1.</source>
        <translation>
            <numerusform>Pakkesedlen til %n ordre er skrevet til %1.</numerusform>
            <numerusform>Pakkesedlerne til %n ordrer er skrevet til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the pick list of %n order(s) to %1.</source>
        <translation>
            <numerusform>Pluklisten til %n ordre er skrevet til %1.</numerusform>
            <numerusform>Pluklisten til %n ordrer er skrevet til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDocuments</name>
    <message>
        <source>Cannot write %1: %2. Choose another file or folder.</source>
        <translation>Kan ikke skrive %1: %2. Vælg en anden fil eller mappe.</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Pakkesedler</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Plukliste</translation>
    </message>
    <message>
        <source>Pack mode commands</source>
        <translation>Kommandoer til pakketilstand</translation>
    </message>
    <message numerus="yes">
        <source>Not printed: the items of %n order(s) (%1) are still being read from Shopify. Print them again once their items show.</source>
        <translation>
            <numerusform>Ikke udskrevet: varerne i %1 hentes stadig fra Shopify. Udskriv den igen, når varerne vises.</numerusform>
            <numerusform>Ikke udskrevet: varerne i %n ordrer (%1) hentes stadig fra Shopify. Udskriv dem igen, når varerne vises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>Print the packing slip when an order is &amp;fulfilled</source>
        <translation>Udskriv pakkesedlen, når en ordre er &amp;afsendt</translation>
    </message>
    <message>
        <source>Print Settings</source>
        <translation>Udskriftsindstillinger</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>Systemets standardprinter</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (ikke tilgængelig)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Vælg...</translation>
    </message>
    <message>
        <source>The shop&apos;s name on the first line, then its address</source>
        <translation>Butikkens navn på første linje, derefter dens adresse</translation>
    </message>
    <message>
        <source>Returns, opening hours, a thank you</source>
        <translation>Returnering, åbningstider, en tak</translation>
    </message>
    <message>
        <source>Prints on the printer above without asking, for a packing station whose slips go into the parcel.</source>
        <translation>Udskriver på printeren ovenfor uden at spørge, til et pakkebord, hvor pakkesedlen kommer med i pakken.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papir:</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>P&amp;rinter:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>A&amp;fsender:</translation>
    </message>
    <message>
        <source>F&amp;ooter:</source>
        <translation>&amp;Sidefod:</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Vælg et logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>Fulfil</source>
        <extracomment>A command on the packing station&apos;s printed command sheet: fulfil the order packed</extracomment>
        <translation>Afsend</translation>
    </message>
    <message>
        <source>Skip order</source>
        <extracomment>A command on the command sheet: put this order aside and pack another</extracomment>
        <translation>Spring ordre over</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>A command on the command sheet: take the last count or fulfilment back</extracomment>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Next order</source>
        <extracomment>A command on the command sheet: bring up the next order to pack</extracomment>
        <translation>Næste ordre</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <extracomment>A command on the command sheet: print the packing slip again</extracomment>
        <translation>Udskriv pakkeseddel igen</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Sk&amp;jul</translation>
    </message>
    <message>
        <source>Hide the secret again</source>
        <translation>Skjul hemmeligheden igen</translation>
    </message>
    <message>
        <source>Show the secret to check it</source>
        <translation>Vis hemmeligheden for at kontrollere den</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Skjul hemmelighed</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Vis hemmelighed</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Notify customers by default</source>
        <translation>&amp;Giv kunder besked som standard</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Afsendelse</translation>
    </message>
    <message>
        <source>&quot;Notify customer&quot; starts ticked when you fulfill: Shopify emails a shipping confirmation.</source>
        <translation>»Giv kunden besked« er slået til fra start, når du afsender: Shopify sender en forsendelsesbekræftelse pr. e-mail.</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the undo window&apos;s number of seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>No undo</source>
        <extracomment>The undo window set to 0 seconds</extracomment>
        <translation>Ingen fortrydelse</translation>
    </message>
    <message>
        <source>&amp;Undo window:</source>
        <translation>&amp;Fortrydelsestid:</translation>
    </message>
    <message>
        <source>How long a fulfillment waits before it is sent, so it can be taken back (Ctrl+Z).</source>
        <translation>Hvor længe en afsendelse venter, før den sendes, så den kan tages tilbage (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Shop &amp;country:</source>
        <translation>Butikkens &amp;land:</translation>
    </message>
    <message>
        <source>The carriers of this country are offered first, such as PostNord DK.</source>
        <translation>Fragtfirmaerne i dette land vises først, f.eks. PostNord DK.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after a number of minutes</extracomment>
        <translation> min.</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synkroniser &amp;hver:</translation>
    </message>
    <message>
        <source>Smidig fetches what changed in the shop this often; F5 syncs at once.</source>
        <translation>Så ofte henter Smidig det, der er ændret i butikken; F5 synkroniserer med det samme.</translation>
    </message>
    <message>
        <source>&amp;Reconcile open orders every:</source>
        <translation>Af&amp;stem åbne ordrer hver:</translation>
    </message>
    <message>
        <source>Reads every open order again, for the changes Shopify does not mark as updates.</source>
        <translation>Læser alle åbne ordrer igen for at fange de ændringer, som Shopify ikke markerer som opdateringer.</translation>
    </message>
    <message>
        <source>Connect &amp;Another Shop...</source>
        <translation>Forbind en a&amp;nden butik...</translation>
    </message>
    <message>
        <source>Keeps the changes made here, then connects Smidig to another shop</source>
        <translation>Beholder ændringerne her og forbinder derefter Smidig med en anden butik</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>&amp;Stationens navn:</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Ingen navngivet</translation>
    </message>
    <message>
        <source>&amp;Packer:</source>
        <translation>&amp;Pakker:</translation>
    </message>
    <message>
        <source>Other stations see these names on the orders packed here, and each fulfillment is recorded with them. Change the packer at any time with Ctrl+Shift+P or from the status bar.</source>
        <translation>Andre stationer ser disse navne på de ordrer, der pakkes her, og hver afsendelse registreres med dem. Skift pakker når som helst med Ctrl+Shift+P eller fra statuslinjen.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A volume in percent, &quot;70%&quot; (Danish and German: &quot;70 %&quot;)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Fulfill when the label is scanned</source>
        <translation>&amp;Afsend, når etiketten scannes</translation>
    </message>
    <message>
        <source>Mu&amp;te pack mode&apos;s sounds</source>
        <translation>Slå pakketilstandens lyde &amp;fra</translation>
    </message>
    <message>
        <source>Play a &amp;Sample</source>
        <translation>Afspil et &amp;eksempel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Pakning</translation>
    </message>
    <message>
        <source>Pack Mode</source>
        <translation>Pakketilstand</translation>
    </message>
    <message>
        <source>Fulfill when the label is scanned</source>
        <translation>Afsend, når etiketten scannes</translation>
    </message>
    <message>
        <source>Scanning the shipping label&apos;s tracking number fulfills the order at once, with no Enter. Without it, Enter or the FULFIL barcode fulfills.</source>
        <translation>Når forsendelsesetikettens trackingnummer scannes, afsendes ordren med det samme, uden Enter. Ellers afsender Enter eller stregkoden FULFIL.</translation>
    </message>
    <message>
        <source>Packing location</source>
        <translation>Pakkelokation</translation>
    </message>
    <message>
        <source>Packing &amp;location:</source>
        <translation>Pakke&amp;lokation:</translation>
    </message>
    <message>
        <source>The items are checked against what this location is to ship. &quot;First location that ships&quot; takes, for each order, the first location with something to ship now.</source>
        <translation>Varerne kontrolleres mod det, denne lokation skal sende. »Første lokation, der sender« tager for hver ordre den første lokation, der har noget at sende nu.</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Longest median gap between a scanner&apos;s keys</source>
        <translation>Længste mediane pause mellem en scanners taster</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Unit after a number of milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Longest &amp;gap between keys:</source>
        <translation>Længste &amp;pause mellem taster:</translation>
    </message>
    <message>
        <source>A scanner types a code&apos;s keys a few milliseconds apart, a person 60 ms or more. Raise it only for a slow scanner, such as some wireless ones.</source>
        <translation>En scanner skriver en kodes taster med få millisekunders mellemrum, et menneske med 60 ms eller mere. Hæv den kun for en langsom scanner, som nogle trådløse.</translation>
    </message>
    <message>
        <source>Shortest code that is a scan</source>
        <translation>Korteste kode, der er en scanning</translation>
    </message>
    <message>
        <source> characters</source>
        <extracomment>Unit after the least number of characters in a scanned code</extracomment>
        <translation> tegn</translation>
    </message>
    <message>
        <source>Shortest &amp;code:</source>
        <translation>Korteste &amp;kode:</translation>
    </message>
    <message>
        <source>Scanner prefix</source>
        <translation>Scannerpræfiks</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>The scanner prefix left empty</extracomment>
        <translation>Intet</translation>
    </message>
    <message>
        <source>P&amp;refix:</source>
        <translation>P&amp;ræfiks:</translation>
    </message>
    <message>
        <source>Characters your scanners are set to send before each code; Smidig removes them. Symbology identifiers such as ]C0 are removed without this.</source>
        <translation>Tegn, som jeres scannere er sat op til at sende før hver kode; Smidig fjerner dem. Symbologi-id&apos;er som ]C0 fjernes også uden dette.</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Lyde</translation>
    </message>
    <message>
        <source>Volume of pack mode&apos;s sounds</source>
        <translation>Lydstyrke for pakketilstandens lyde</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>Lyd&amp;styrke:</translation>
    </message>
    <message>
        <source>Mute pack mode&apos;s sounds</source>
        <translation>Slå pakketilstandens lyde fra</translation>
    </message>
    <message>
        <source>Play a sample</source>
        <translation>Afspil et eksempel</translation>
    </message>
    <message>
        <source>Plays the tone of a counted item at this volume</source>
        <translation>Afspiller tonen for en talt vare med denne lydstyrke</translation>
    </message>
    <message>
        <source>Each scan is answered with a tone as well as text and an icon: a short high tone for a counted item, a low double buzz for one refused, a chime for a fulfilled order.</source>
        <translation>Hver scanning besvares med en tone foruden tekst og et ikon: en kort, høj tone for en talt vare, en dyb dobbelt summen for en afvist, et klokkespil for en afsendt ordre.</translation>
    </message>
    <message>
        <source>First location that ships</source>
        <translation>Første lokation, der sender</translation>
    </message>
    <message>
        <source>A location not found in the shop (%1)</source>
        <translation>En lokation, der ikke findes i butikken (%1)</translation>
    </message>
</context>
<context>
    <name>ShipReadiness</name>
    <message>
        <source>Can ship</source>
        <translation>Kan afsendes</translation>
    </message>
    <message>
        <source>Ships partly</source>
        <translation>Kan afsendes delvist</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blokeret</translation>
    </message>
</context>
<context>
    <name>ShipmentTrackingRow</name>
    <message>
        <source>Carrier</source>
        <translation>Fragtfirma</translation>
    </message>
    <message>
        <source>Detected from the number</source>
        <translation>Genkendes ud fra nummeret</translation>
    </message>
    <message>
        <source>Shopify&apos;s name for the carrier. Type any other name to give a tracking URL instead.</source>
        <translation>Shopifys navn for fragtfirmaet. Skriv et andet navn for i stedet at angive en sporings-URL.</translation>
    </message>
    <message>
        <source>Add another tracking number</source>
        <translation>Tilføj endnu et sporingsnummer</translation>
    </message>
    <message>
        <source>Another parcel in this shipment: add a tracking number (+ in a number field)</source>
        <translation>Endnu en pakke i denne forsendelse: tilføj et sporingsnummer (+ i et nummerfelt)</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Fragtfirma:</translation>
    </message>
</context>
<context>
    <name>ShopAddress</name>
    <message>
        <source>Enter your shop&apos;s address, for example my-shop.myshopify.com.</source>
        <translation>Angiv din butiks adresse, f.eks. my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shop address. Enter it as my-shop.myshopify.com or as https://my-shop.myshopify.com.</source>
        <translation>»%1« er ikke en butiksadresse. Angiv den som my-shop.myshopify.com eller som https://my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with https://. Shops are reached over https only.</source>
        <translation>»%1« begynder ikke med https://. Butikker kan kun nås via https.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http, which would send your access token unencrypted. Use https:// instead.</source>
        <translation>»%1« bruger almindelig http, som ville sende dit adgangstoken ukrypteret. Brug https:// i stedet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid shop name. A shop name has only letters, digits and hyphens, as in my-shop.myshopify.com.</source>
        <translation>»%1« er ikke et gyldigt butiksnavn. Et butiksnavn består kun af bogstaver, cifre og bindestreger, som i my-shop.myshopify.com.</translation>
    </message>
</context>
<context>
    <name>ShopLogin</name>
    <message>
        <source>No keychain answered, so Smidig cannot read the secret it saved. Enter it again; it is kept for this session only unless you choose a file.</source>
        <translation>Ingen nøglering svarede, så Smidig kan ikke læse den hemmelighed, den har gemt. Angiv den igen; den opbevares kun for denne session, medmindre du vælger en fil.</translation>
    </message>
    <message>
        <source>The secret was kept for one session only. Enter it again to connect.</source>
        <translation>Hemmeligheden blev kun opbevaret for én session. Angiv den igen for at forbinde.</translation>
    </message>
    <message>
        <source>The saved secret is gone from where it was kept. Enter it again to connect.</source>
        <translation>Den gemte hemmelighed findes ikke længere der, hvor den blev opbevaret. Angiv den igen for at forbinde.</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1). Enter it again to connect.</source>
        <translation>Den gemte hemmelighed kunne ikke læses (%1). Angiv den igen for at forbinde.</translation>
    </message>
    <message>
        <source>The secret could not be saved in %1, so Smidig keeps it for this session only and asks for it at the next start.</source>
        <extracomment>%1 is where it was to be kept, such as &quot;the system keychain&quot;</extracomment>
        <translation>Hemmeligheden kunne ikke gemmes i %1, så Smidig opbevarer den kun for denne session og beder om den ved næste start.</translation>
    </message>
</context>
<context>
    <name>ShopifyError</name>
    <message>
        <source>Could not reach the shop. Check the network connection; Smidig keeps working with the orders it has and tries again.</source>
        <translation>Butikken kunne ikke nås. Kontrollér netværksforbindelsen; Smidig arbejder videre med de ordrer, den har, og prøver igen.</translation>
    </message>
    <message>
        <source>The shop did not answer in time. Smidig tries again shortly.</source>
        <translation>Butikken svarede ikke i tide. Smidig prøver igen om lidt.</translation>
    </message>
    <message>
        <source>The connection to the shop is not secure (certificate problem). Check the shop address and the computer&apos;s date and time.</source>
        <translation>Forbindelsen til butikken er ikke sikker (certifikatproblem). Kontrollér butiksadressen og computerens dato og klokkeslæt.</translation>
    </message>
    <message>
        <source>The shop refused the access token: it is wrong, expired or was revoked. Connect the shop again with a valid token.</source>
        <translation>Butikken afviste adgangstokenet: det er forkert, udløbet eller tilbagekaldt. Forbind butikken igen med et gyldigt token.</translation>
    </message>
    <message>
        <source>The shop is frozen because of unpaid Shopify bills. The shop owner must settle them in Shopify before Smidig can sync.</source>
        <translation>Butikken er frosset på grund af ubetalte Shopify-regninger. Butiksejeren skal betale dem i Shopify, før Smidig kan synkronisere.</translation>
    </message>
    <message>
        <source>The app is not allowed to do this: an access scope is missing. Give the app the scopes listed in Smidig&apos;s guide and connect again.</source>
        <translation>Appen har ikke tilladelse til dette: der mangler et adgangsomfang. Giv appen de adgangsomfang, der står i Smidigs vejledning, og forbind igen.</translation>
    </message>
    <message>
        <source>There is no shop at this address. Check the shop address.</source>
        <translation>Der findes ingen butik på denne adresse. Kontrollér butiksadressen.</translation>
    </message>
    <message>
        <source>The shop is locked by Shopify. The shop owner must contact Shopify support.</source>
        <translation>Butikken er spærret af Shopify. Butiksejeren skal kontakte Shopifys support.</translation>
    </message>
    <message>
        <source>Shopify asked Smidig to slow down. Smidig waits and tries again.</source>
        <translation>Shopify har bedt Smidig om at sætte tempoet ned. Smidig venter og prøver igen.</translation>
    </message>
    <message>
        <source>Shopify has a problem on its side (server error). Smidig keeps your work and tries again later.</source>
        <translation>Shopify har et problem i sin ende (serverfejl). Smidig bevarer dit arbejde og prøver igen senere.</translation>
    </message>
    <message>
        <source>The shop gave an unexpected answer (HTTP status %1). Try again later.</source>
        <translation>Butikken gav et uventet svar (HTTP-status %1). Prøv igen senere.</translation>
    </message>
    <message>
        <source>Access denied: the app lacks an access scope for this data. Give the app the scopes listed in Smidig&apos;s guide and connect again.</source>
        <translation>Adgang nægtet: appen mangler et adgangsomfang til disse data. Giv appen de adgangsomfang, der står i Smidigs vejledning, og forbind igen.</translation>
    </message>
    <message>
        <source>Shopify&apos;s rate limit is used up. Smidig waits and tries again.</source>
        <translation>Shopifys hastighedsbegrænsning er nået. Smidig venter og prøver igen.</translation>
    </message>
    <message>
        <source>A request was too large for Shopify. This is a bug in Smidig; please report it.</source>
        <translation>En forespørgsel var for stor til Shopify. Det er en fejl i Smidig; rapportér den venligst.</translation>
    </message>
    <message>
        <source>Shopify could not carry out the request: %1</source>
        <translation>Shopify kunne ikke udføre forespørgslen: %1</translation>
    </message>
    <message>
        <source>The shop sent an answer Smidig does not understand, so nothing was changed. Try again later; if it keeps happening, report it.</source>
        <translation>Butikken sendte et svar, som Smidig ikke forstår, så intet blev ændret. Prøv igen senere; rapportér det, hvis det bliver ved med at ske.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørgslen blev annulleret.</translation>
    </message>
    <message>
        <source>The shop&apos;s address sent Smidig on to another address. Smidig does not follow redirects, so the access token or client secret goes nowhere but the shop. Connect again with the shop&apos;s own address, my-shop.myshopify.com (Shopify admin: Settings &gt; Domains).</source>
        <translation>Butikkens adresse sendte Smidig videre til en anden adresse. Smidig følger ikke omdirigeringer, så adgangstokenet eller klienthemmeligheden går kun til butikken. Forbind igen med butikkens egen adresse, my-shop.myshopify.com (Shopify-administration: Indstillinger &gt; Domæner).</translation>
    </message>
    <message>
        <source>The shop&apos;s address sent Smidig on to %1. Smidig does not follow redirects, so the access token or client secret goes nowhere but the shop. Connect again with the shop&apos;s own address, my-shop.myshopify.com (Shopify admin: Settings &gt; Domains).</source>
        <extracomment>%1 is the host the redirect pointed to, such as shop.example.com</extracomment>
        <translation>Butikkens adresse sendte Smidig videre til %1. Smidig følger ikke omdirigeringer, så adgangstokenet eller klienthemmeligheden går kun til butikken. Forbind igen med butikkens egen adresse, my-shop.myshopify.com (Shopify-administration: Indstillinger &gt; Domæner).</translation>
    </message>
    <message>
        <source>Signing in with a client ID and secret works only with the shop&apos;s own address, my-shop.myshopify.com, not with %1, so that the secret goes to Shopify and nowhere else. Connect with the shop&apos;s myshopify.com address (Shopify admin: Settings &gt; Domains).</source>
        <extracomment>%1 is the address typed, such as shop.example.com</extracomment>
        <translation>Log ind med klient-id og -hemmelighed virker kun med butikkens egen adresse, my-shop.myshopify.com, ikke med %1, så hemmeligheden kun går til Shopify. Forbind med butikkens myshopify.com-adresse (Shopify-administration: Indstillinger &gt; Domæner).</translation>
    </message>
    <message>
        <source>Shopify refused the client ID or secret: one of them is wrong, or the secret was rotated. Copy both again from the app&apos;s settings in Shopify&apos;s Dev Dashboard and connect again.</source>
        <translation>Shopify afviste klient-id&apos;et eller hemmeligheden: en af dem er forkert, eller hemmeligheden er blevet skiftet. Kopiér begge igen fra appens indstillinger i Shopifys Dev Dashboard, og forbind igen.</translation>
    </message>
    <message>
        <source>Shopify does not let this app sign in to this shop with a client ID and secret: that works only for apps made by the shop&apos;s own organization in the Dev Dashboard. Connect with an Admin API access token instead, or with an app of the shop&apos;s organization.</source>
        <translation>Shopify lader ikke denne app logge ind i butikken med klient-id og -hemmelighed: det virker kun for apps, som butikkens egen organisation har oprettet i Dev Dashboard. Forbind i stedet med et adgangstoken til Admin API eller med en app fra butikkens organisation.</translation>
    </message>
    <message>
        <source>The app is not installed in this shop. Install it on the shop from Shopify&apos;s Dev Dashboard, then connect again.</source>
        <translation>Appen er ikke installeret i denne butik. Installer den i butikken fra Shopifys Dev Dashboard, og forbind derefter igen.</translation>
    </message>
    <message>
        <source>Shopify refused to give Smidig an access token (HTTP status %1). Check the app&apos;s client ID and secret and that the app is installed in the shop, then connect again.</source>
        <translation>Shopify ville ikke give Smidig et adgangstoken (HTTP-status %1). Kontrollér appens klient-id og -hemmelighed, og at appen er installeret i butikken, og forbind derefter igen.</translation>
    </message>
    <message>
        <source>Shopify refused to give Smidig an access token (%1). Check the app&apos;s client ID and secret and that the app is installed in the shop, then connect again.</source>
        <extracomment>%1 is Shopify&apos;s error code, such as invalid_request</extracomment>
        <translation>Shopify ville ikke give Smidig et adgangstoken (%1). Kontrollér appens klient-id og -hemmelighed, og at appen er installeret i butikken, og forbind derefter igen.</translation>
    </message>
</context>
<context>
    <name>SlipRenderer</name>
    <message>
        <source>Shipping</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <source>Local pickup</source>
        <translation>Afhentning i butikken</translation>
    </message>
    <message>
        <source>Local delivery</source>
        <translation>Lokal levering</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Pakkeshop</translation>
    </message>
    <message>
        <source>Handed over in the shop</source>
        <translation>Udleveret i butikken</translation>
    </message>
    <message>
        <source>Nothing to deliver</source>
        <translation>Intet at levere</translation>
    </message>
    <message>
        <source>Customer details hidden (the app has no access to protected customer data)</source>
        <translation>Kundeoplysninger skjult (appen har ikke adgang til beskyttede kundedata)</translation>
    </message>
    <message>
        <source>No customer (guest order without address)</source>
        <translation>Ingen kunde (gæsteordre uden adresse)</translation>
    </message>
    <message>
        <source>Order date: %1</source>
        <translation>Ordredato: %1</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Levering: %1</translation>
    </message>
    <message>
        <source>Ships from: %1</source>
        <translation>Sendes fra: %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>%1 · packing slip, page %2</source>
        <translation>%1 · pakkeseddel, side %2</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Varer: %1</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Pakkeseddel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shipping method: %1</source>
        <translation>Forsendelsesmetode: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
</context>
<context>
    <name>StationIndicator</name>
    <message>
        <source>This station and who packs here, as other stations see them and each fulfillment records them. Click to change the packer (Ctrl+Shift+P).</source>
        <translation>Denne station og hvem der pakker her, som andre stationer ser dem, og som hver afsendelse registrerer dem. Klik for at skifte pakker (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>%1 · no packer named</source>
        <extracomment>The status bar: %1 is this station&apos;s name</extracomment>
        <translation>%1 · ingen pakker navngivet</translation>
    </message>
    <message>
        <source>Station %1, no packer named</source>
        <translation>Station %1, ingen pakker navngivet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The status bar: %1 is this station&apos;s name, %2 who packs there</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Station %1, packer %2</source>
        <translation>Station %1, pakker %2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <translation>Ikke afsendt</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Delvist afsendt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Tilbageholdt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Pending fulfillment</source>
        <translation>Afventer afsendelse</translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation>Anmodning afvist</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Lagt på lager igen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Betaling afventer</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Delvist betalt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Delvist refunderet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunderet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ufuldstændig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Afventer betaling</translation>
    </message>
    <message>
        <source>Awaiting returned items</source>
        <translation>Afventer returvarer</translation>
    </message>
    <message>
        <source>High risk of fraud</source>
        <translation>Høj risiko for svindel</translation>
    </message>
    <message>
        <source>Incorrect address</source>
        <translation>Forkert adresse</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Ikke på lager</translation>
    </message>
    <message>
        <source>Post-purchase offer</source>
        <translation>Tilbud efter køb</translation>
    </message>
    <message>
        <source>Unknown delivery date</source>
        <translation>Ukendt leveringsdato</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anden årsag</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <source>Local pickup</source>
        <translation>Lokal afhentning</translation>
    </message>
    <message>
        <source>Local delivery</source>
        <translation>Lokal levering</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Udleveringssted</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>I butikken</translation>
    </message>
    <message>
        <source>No delivery</source>
        <translation>Ingen levering</translation>
    </message>
</context>
<context>
    <name>StatusCountModel</name>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n ordre</numerusform>
            <numerusform>%1: %n ordrer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSidebar</name>
    <message>
        <source>Order status</source>
        <translation>Ordrestatus</translation>
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
        <translation>Lokation</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>På lager</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgængelig</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>(no SKU) %1</source>
        <translation>(ingen SKU) %1</translation>
    </message>
    <message>
        <source>(not stocked)</source>
        <translation>(ikke lagerført)</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Search SKU or location</source>
        <translation>Søg efter SKU eller lokation</translation>
    </message>
    <message>
        <source>At risk at </source>
        <extracomment>Before the number of units at or below which stock counts as at risk</extracomment>
        <translation>I risiko ved </translation>
    </message>
    <message>
        <source>Stock counts as at risk when this many or fewer units are available.</source>
        <translation>Lageret regnes som i risiko, når der er så mange eller færre enheder tilgængelige.</translation>
    </message>
    <message>
        <source>No stock read yet: it is read after each sync.</source>
        <translation>Lageret er ikke læst endnu: det læses efter hver synkronisering.</translation>
    </message>
    <message numerus="yes">
        <source>%n oversold</source>
        <translation>
            <numerusform>%n oversolgt</numerusform>
            <numerusform>%n oversolgte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n i risiko</numerusform>
            <numerusform>%n i risiko</numerusform>
        </translation>
    </message>
    <message>
        <source>No stock to show.</source>
        <translation>Intet lager at vise.</translation>
    </message>
</context>
<context>
    <name>StockRisk</name>
    <message>
        <source>Oversold</source>
        <translation>Oversolgt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I risiko</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Ikke lagerstyret</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Oversold: open orders need %1, %2 on hand, %3 available.</source>
        <translation>Oversolgt: åbne ordrer skal bruge %1. På lager: %2, tilgængelig: %3.</translation>
    </message>
    <message>
        <source>At risk: %1 available, and the variant keeps selling when out of stock.</source>
        <translation>I risiko (tilgængelig: %1), og varianten sælges fortsat, når den er udsolgt.</translation>
    </message>
    <message>
        <source>At risk: only %1 available.</source>
        <translation>I risiko (tilgængelig: kun %1).</translation>
    </message>
    <message>
        <source>%1 available.</source>
        <translation>Tilgængelig: %1.</translation>
    </message>
    <message>
        <source>Shopify does not track this item&apos;s stock.</source>
        <translation>Shopify holder ikke styr på lagerbeholdningen for denne vare.</translation>
    </message>
    <message>
        <source>Click to show the orders with this SKU.</source>
        <translation>Klik for at vise ordrerne med denne SKU.</translation>
    </message>
    <message>
        <source>(not stocked)</source>
        <translation>(ikke lagerført)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>On Hand</source>
        <extracomment>Stock physically at the location</extracomment>
        <translation>På lager</translation>
    </message>
    <message>
        <source>Committed</source>
        <extracomment>Stock in placed orders that are not shipped yet</extracomment>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgængelig</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <source>Demand</source>
        <extracomment>Units the open orders in this desk still need from this location</extracomment>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Keeps selling</source>
        <extracomment>The variant&apos;s inventory policy CONTINUE: it can be bought when out of stock</extracomment>
        <translation>Sælges fortsat</translation>
    </message>
    <message>
        <source>Stops selling</source>
        <extracomment>The variant&apos;s inventory policy DENY: it cannot be bought when out of stock</extracomment>
        <translation>Sælges ikke</translation>
    </message>
    <message>
        <source>When Out of Stock</source>
        <extracomment>What the shop does when the item is out of stock</extracomment>
        <translation>Ved udsolgt</translation>
    </message>
    <message>
        <source>(no SKU) %1</source>
        <extracomment>An item without SKU in the stock table; %1 is its title</extracomment>
        <translation>(ingen SKU) %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Smidig cannot open its order database. Check that the data folder exists and that you may write to it.</source>
        <translation>Smidig kan ikke åbne sin ordredatabase. Kontrollér, at datamappen findes, og at du har skriveadgang til den.</translation>
    </message>
    <message>
        <source>The order database is in use by another program (perhaps a second Smidig). Close it and try again.</source>
        <translation>Ordredatabasen bruges af et andet program (måske en anden Smidig). Luk det, og prøv igen.</translation>
    </message>
    <message>
        <source>The order database is read-only, so nothing new can be saved. Check the file&apos;s permissions and the free disk space.</source>
        <translation>Ordredatabasen er skrivebeskyttet, så intet nyt kan gemmes. Kontrollér filens rettigheder og den ledige diskplads.</translation>
    </message>
    <message>
        <source>The order database is damaged. Smidig left it untouched; move the file aside and Smidig will build a new one from the shop on the next sync.</source>
        <translation>Ordredatabasen er beskadiget. Smidig har ikke rørt den; flyt filen et andet sted hen, så bygger Smidig en ny fra butikken ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing new could be saved. Free some space and try again.</source>
        <translation>Disken er fuld, så intet nyt kunne gemmes. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The order database was written by a newer version of Smidig. Update Smidig to use it.</source>
        <translation>Ordredatabasen er skrevet af en nyere version af Smidig. Opdater Smidig for at bruge den.</translation>
    </message>
    <message>
        <source>Smidig could not write to its order database. If this happens again, report it with the log (Help &gt; Open Log in the window, --verbose on the command line).</source>
        <translation>Smidig kunne ikke skrive til sin ordredatabase. Hvis det sker igen, så rapportér det sammen med loggen (Hjælp &gt; Åbn log i vinduet, --verbose på kommandolinjen).</translation>
    </message>
    <message>
        <source>Smidig cannot open its order database because Qt&apos;s driver for it is not installed. Install the Debian packages libqt6sql6-sqlite and libqt6sql6-psql (or reinstall Smidig) and start it again.</source>
        <translation>Smidig kan ikke åbne sin ordredatabase, fordi Qt&apos;s driver til den ikke er installeret. Installér Debian-pakkerne libqt6sql6-sqlite og libqt6sql6-psql (eller geninstallér Smidig), og start det igen.</translation>
    </message>
    <message>
        <source>Smidig cannot reach the server of the shared order database. Check that the PostgreSQL server is running, that the database address names it (host and port) and that this PC may connect to it, then try again.</source>
        <translation>Smidig kan ikke nå serveren med den fælles ordredatabase. Kontrollér, at PostgreSQL-serveren kører, at databaseadressen angiver den (vært og port), og at denne pc må forbinde til den, og prøv så igen.</translation>
    </message>
    <message>
        <source>The server of the shared order database did not let Smidig in. Check the user name in the database address, its password in ~/.pgpass (or in the file PGPASSFILE names), and that the server admits this user (pg_hba.conf) and gives it the rights to the database.</source>
        <translation>Serveren med den fælles ordredatabase lukkede ikke Smidig ind. Kontrollér brugernavnet i databaseadressen, dets adgangskode i ~/.pgpass (eller i den fil, PGPASSFILE angiver), og at serveren lukker denne bruger ind (pg_hba.conf) og giver den rettigheder til databasen.</translation>
    </message>
    <message>
        <source>The shared order database named in the address does not exist on its server. Check the name in the address, or create the database (README, &quot;Several stations&quot;).</source>
        <translation>Den fælles ordredatabase, som adressen angiver, findes ikke på serveren. Kontrollér navnet i adressen, eller opret databasen (README, &quot;Several stations&quot;).</translation>
    </message>
    <message>
        <source>Another Smidig took this over while this one was busy with it, so nothing was changed here. The outbox shows how it went.</source>
        <translation>En anden Smidig overtog dette, mens denne var i gang med det, så intet blev ændret her. Udbakken viser, hvordan det gik.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>Give the order database as a file, or as the address of a PostgreSQL database: postgresql://user@host/database.</source>
        <translation>Angiv ordredatabasen som en fil eller som adressen på en PostgreSQL-database: postgresql://bruger@vært/database.</translation>
    </message>
    <message>
        <source>Smidig keeps its orders in a file or in PostgreSQL, not in &quot;%1&quot;. Give a file, or an address such as postgresql://user@host/database.</source>
        <translation>Smidig gemmer sine ordrer i en fil eller i PostgreSQL, ikke i &quot;%1&quot;. Angiv en fil eller en adresse som postgresql://bruger@vært/database.</translation>
    </message>
    <message>
        <source>This PostgreSQL address is not complete. Write it as postgresql://user@host/database, with the port after the host when it is not 5432 (host:5433).</source>
        <translation>Denne PostgreSQL-adresse er ikke fuldstændig. Skriv den som postgresql://bruger@vært/database, med porten efter værten, når den ikke er 5432 (vært:5433).</translation>
    </message>
    <message>
        <source>Leave the password out of the database address: Smidig keeps the address in its settings and its log. Put the password in ~/.pgpass (or in the file the PGPASSFILE variable names), where PostgreSQL finds it by itself.</source>
        <translation>Udelad adgangskoden fra databaseadressen: Smidig gemmer adressen i sine indstillinger og sin log. Skriv adgangskoden i ~/.pgpass (eller i den fil, variablen PGPASSFILE angiver), hvor PostgreSQL selv finder den.</translation>
    </message>
    <message>
        <source>Smidig does not use the setting &quot;%1&quot; of a database address; only sslmode may follow the &quot;?&quot;.</source>
        <translation>Smidig bruger ikke indstillingen &quot;%1&quot; i en databaseadresse; kun sslmode må stå efter &quot;?&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sslmode. Use one of disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>&quot;%1&quot; er ikke en sslmode. Brug en af disable, allow, prefer, require, verify-ca eller verify-full.</translation>
    </message>
    <message>
        <source>The database server %1 is on another machine, so the connection to it must be encrypted: add ?sslmode=verify-full (or ?sslmode=require) to the address.</source>
        <translation>Databaseserveren %1 står på en anden maskine, så forbindelsen til den skal være krypteret: tilføj ?sslmode=verify-full (eller ?sslmode=require) til adressen.</translation>
    </message>
</context>
<context>
    <name>SyncResult</name>
    <message>
        <source>The orders read from the shop could not be saved, so the order list is as it was before this sync. %1</source>
        <translation>Ordrerne, der blev læst fra butikken, kunne ikke gemmes, så ordrelisten er, som den var før denne synkronisering. %1</translation>
    </message>
    <message>
        <source>The open orders are up to date, but Shopify refused to read the order history: the app may not read all of it. Check the app&apos;s access to orders in the shop&apos;s admin, then sync again.</source>
        <translation>De åbne ordrer er opdaterede, men Shopify nægtede at læse ordrehistorikken: appen må ikke læse hele den. Tjek appens adgang til ordrer i butikkens administration, og synkroniser så igen.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but Shopify ran out of time reading the order history. Smidig asks again at the next sync.</source>
        <translation>De åbne ordrer er opdaterede, men Shopify nåede ikke at læse ordrehistorikken i tide. Smidig spørger igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but Shopify could not finish reading the order history (an error on Shopify&apos;s side). Smidig asks again at the next sync.</source>
        <translation>De åbne ordrer er opdaterede, men Shopify kunne ikke læse ordrehistorikken færdig (en fejl hos Shopify). Smidig spørger igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but reading the order history was canceled on Shopify&apos;s side. Smidig asks again at the next sync.</source>
        <translation>De åbne ordrer er opdaterede, men læsningen af ordrehistorikken blev annulleret hos Shopify. Smidig spørger igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but the order history Shopify had prepared is no longer available. Smidig asks for it again at the next sync.</source>
        <translation>De åbne ordrer er opdaterede, men den ordrehistorik, Shopify havde gjort klar, er ikke længere tilgængelig. Smidig beder om den igen ved næste synkronisering.</translation>
    </message>
    <message numerus="yes">
        <source>The open orders are up to date and %n order(s) of the history are saved, but the download of the rest broke off. Smidig goes on at the next sync.</source>
        <translation>
            <numerusform>De åbne ordrer er opdaterede, og %n ordre fra historikken er gemt, men hentningen af resten blev afbrudt. Smidig fortsætter ved næste synkronisering.</numerusform>
            <numerusform>De åbne ordrer er opdaterede, og %n ordrer fra historikken er gemt, men hentningen af resten blev afbrudt. Smidig fortsætter ved næste synkronisering.</numerusform>
        </translation>
    </message>
    <message>
        <source>The open orders are up to date, but Shopify refused the request for the order history. Please report this; the details are in the log.</source>
        <translation>De åbne ordrer er opdaterede, men Shopify afviste anmodningen om ordrehistorikken. Meld venligst fejlen; detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>The open orders are up to date, but another export of this app kept Shopify busy, so the order history was not read. Smidig asks again at the next sync.</source>
        <translation>De åbne ordrer er opdaterede, men en anden eksport fra denne app holdt Shopify optaget, så ordrehistorikken blev ikke læst. Smidig spørger igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: Shopify refused to read them all at once, so the order list is as it was. Check the app&apos;s access to orders in the shop&apos;s admin, then sync again.</source>
        <translation>De åbne ordrer blev ikke afstemt med butikken: Shopify nægtede at læse dem alle på én gang, så ordrelisten er som før. Tjek appens adgang til ordrer i butikkens administration, og synkroniser så igen.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: Shopify ran out of time reading them, so the order list is as it was. Smidig tries again at the next sync.</source>
        <translation>De åbne ordrer blev ikke afstemt med butikken: Shopify nåede ikke at læse dem i tide, så ordrelisten er som før. Smidig prøver igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: Shopify could not finish reading them (an error on Shopify&apos;s side), so the order list is as it was. Smidig tries again at the next sync.</source>
        <translation>De åbne ordrer blev ikke afstemt med butikken: Shopify kunne ikke læse dem færdig (en fejl hos Shopify), så ordrelisten er som før. Smidig prøver igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: reading them was canceled on Shopify&apos;s side, so the order list is as it was. Smidig tries again at the next sync.</source>
        <translation>De åbne ordrer blev ikke afstemt med butikken: læsningen blev annulleret hos Shopify, så ordrelisten er som før. Smidig prøver igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: the list Shopify had prepared is no longer available, so the order list is as it was. Smidig asks for it again at the next sync.</source>
        <translation>De åbne ordrer blev ikke afstemt med butikken: listen, som Shopify havde gjort klar, findes ikke længere, så ordrelisten er som før. Smidig beder om den igen ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: their download broke off, so the order list is as it was. Smidig goes on at the next sync.</source>
        <translation>De åbne ordrer blev ikke afstemt med butikken: downloadet blev afbrudt, så ordrelisten er som før. Smidig fortsætter ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: Shopify refused the request, so the order list is as it was. Please report this; the details are in the log.</source>
        <translation>De åbne ordrer blev ikke afstemt med butikken: Shopify afviste forespørgslen, så ordrelisten er som før. Rapportér venligst dette; detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>The open orders were not checked against the shop: another export of this app kept Shopify busy, so the order list is as it was. Smidig tries again at the next sync.</source>
        <translation>De åbne ordrer blev ikke afstemt med butikken: en anden eksport fra denne app holdt Shopify optaget, så ordrelisten er som før. Smidig prøver igen ved næste synkronisering.</translation>
    </message>
</context>
<context>
    <name>SyncRole</name>
    <message>
        <source>Another station</source>
        <translation>En anden station</translation>
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
        <translation>Endnu ikke synkroniseret</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synkroniserer...</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 orders</source>
        <translation>Synkroniserer: %1 af %2 ordrer</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: waiting %n second(s) for Shopify&apos;s rate limit</source>
        <translation>
            <numerusform>Synkroniserer: venter %n sekund på Shopifys hastighedsbegrænsning</numerusform>
            <numerusform>Synkroniserer: venter %n sekunder på Shopifys hastighedsbegrænsning</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Sidst synkroniseret %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Endnu ikke synkroniseret.</translation>
    </message>
    <message>
        <source>Sync failed: %1 %2</source>
        <translation>Synkronisering mislykkedes: %1 %2</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synkroniseret %1</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <extracomment>%1 is &quot;Synced &lt;time&gt;&quot; or &quot;Not synced yet&quot;</extracomment>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>Sync failed · %1</source>
        <extracomment>%1 is &quot;Synced &lt;time&gt;&quot; or &quot;Not synced yet&quot;</extracomment>
        <translation>Synkronisering mislykkedes · %1</translation>
    </message>
    <message>
        <source>%1 · stock not read</source>
        <extracomment>%1 is &quot;Synced &lt;time&gt;&quot;; the orders synced, reading the stock failed</extracomment>
        <translation>%1 · lager ikke læst</translation>
    </message>
    <message>
        <source>Synced by %1 at %2</source>
        <extracomment>%1 is a station&apos;s name (&quot;Station 1 (Anna)&quot;), %2 a time (&quot;10:42&quot;)</extracomment>
        <translation>Synkroniseret af %1 kl. %2</translation>
    </message>
    <message>
        <source>%1 syncs for every station; not synced yet</source>
        <extracomment>%1 is a station&apos;s name (&quot;Station 1 (Anna)&quot;)</extracomment>
        <translation>%1 synkroniserer for alle stationer; ikke synkroniseret endnu</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) are here; the order history is still coming...</source>
        <translation>
            <numerusform>%n åben ordre er her; ordrehistorikken er stadig på vej ...</numerusform>
            <numerusform>%n åbne ordrer er her; ordrehistorikken er stadig på vej ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Order history: Shopify has read %1 orders (%2 records)...</source>
        <extracomment>%1 is a count of orders, %2 of everything read (orders, their lines, shipments)</extracomment>
        <translation>Ordrehistorik: Shopify har læst %1 ordrer (%2 poster) ...</translation>
    </message>
    <message>
        <source>Order history: Shopify has read %1 of about %2 orders (%3 records)</source>
        <extracomment>%1 and %2 are counts of orders, %3 of everything read (orders, their lines, shipments)</extracomment>
        <translation>Ordrehistorik: Shopify har læst %1 af omkring %2 ordrer (%3 poster)</translation>
    </message>
    <message>
        <source>Order history: %1 orders saved...</source>
        <translation>Ordrehistorik: %1 ordrer gemt ...</translation>
    </message>
    <message>
        <source>Order history: waiting for another export of this app to finish...</source>
        <translation>Ordrehistorik: venter på, at en anden eksport fra denne app bliver færdig ...</translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) listed; reading their items...</source>
        <translation>
            <numerusform>%n åben ordre listet; henter dens varer ...</numerusform>
            <numerusform>%n åbne ordrer listet; henter deres varer ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the open orders: waiting for another export of this app to finish...</source>
        <translation>Afstemmer de åbne ordrer: venter på, at en anden eksport fra denne app bliver færdig ...</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>High</source>
        <extracomment>how sure the app is of the detected carrier</extracomment>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mellem</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Check digit correct</source>
        <translation>Kontrolciffer korrekt</translation>
    </message>
    <message>
        <source>Check digit wrong</source>
        <translation>Kontrolciffer forkert</translation>
    </message>
    <message>
        <source>No check digit</source>
        <translation>Intet kontrolciffer</translation>
    </message>
    <message>
        <source>The file is %1; at most %2 can be imported at once. Please split it into smaller files.</source>
        <extracomment>%1 is the file&apos;s size, %2 the largest size allowed, such as &quot;10.0 MiB&quot;</extracomment>
        <translation>Filen fylder %1; der kan højst importeres %2 ad gangen. Del den op i mindre filer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row naming the columns order, tracking number and, optionally, company.</source>
        <translation>Filen er tom. Den skal have en overskriftsrække med kolonnerne ordre, sporingsnummer og eventuelt fragtfirma.</translation>
    </message>
    <message>
        <source>The header names the same column twice: “%1” and “%2”.</source>
        <extracomment>%1 and %2 are two column names from the file&apos;s header</extracomment>
        <translation>Overskriftsrækken angiver den samme kolonne to gange: »%1« og »%2«.</translation>
    </message>
    <message>
        <source>The first row does not name the columns. It must name order, tracking number and, optionally, company, for example: order,tracking number,company. It reads: %1</source>
        <extracomment>%1 is the first line of the file as read</extracomment>
        <translation>Den første række angiver ikke kolonnerne. Den skal angive ordre, sporingsnummer og eventuelt fragtfirma, for eksempel: ordre,sporingsnummer,fragtfirma. Den lyder: %1</translation>
    </message>
    <message>
        <source>The header has no column for the order.</source>
        <translation>Overskriftsrækken har ingen kolonne til ordren.</translation>
    </message>
    <message>
        <source>The header has no column for the tracking number.</source>
        <translation>Overskriftsrækken har ingen kolonne til sporingsnummeret.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Please import at most %1 rows at a time.</source>
        <extracomment>%1 is the largest number of rows an import can have</extracomment>
        <translation>Filen har mere end %1 rækker. Importér højst %1 rækker ad gangen.</translation>
    </message>
    <message>
        <source>A quoted field starts in this row and is never closed, so the rest of the file was read as part of it.</source>
        <translation>Et felt i anførselstegn begynder i denne række og lukkes aldrig, så resten af filen blev læst som en del af det.</translation>
    </message>
    <message>
        <source>The row has %1 columns, but the header has only %2.</source>
        <extracomment>%1 is how many columns the row has, %2 how many the header has</extracomment>
        <translation>Rækken har %1 kolonner, men overskriftsrækken har kun %2.</translation>
    </message>
    <message>
        <source>The order is missing.</source>
        <translation>Ordrenummeret mangler.</translation>
    </message>
    <message>
        <source>The order is longer than %1 characters.</source>
        <extracomment>%1 is the most characters an order reference can have</extracomment>
        <translation>Ordrenummeret er længere end %1 tegn.</translation>
    </message>
    <message>
        <source>The tracking number is missing.</source>
        <translation>Sporingsnummeret mangler.</translation>
    </message>
    <message>
        <source>The tracking number reads “%1”: a spreadsheet turned it into a quantity and lost its digits. Format the column as text and export the file again.</source>
        <extracomment>%1 is the text found in the file, such as 3.70725E+17</extracomment>
        <translation>Sporingsnummeret lyder »%1«: et regneark har gjort det til et tal og mistet cifre. Formatér kolonnen som tekst, og eksportér filen igen.</translation>
    </message>
    <message>
        <source>“%1” is not in Shopify&apos;s list of tracking companies.</source>
        <extracomment>%1 is the company name found in the file</extracomment>
        <translation>»%1« er ikke på Shopifys liste over fragtfirmaer.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a list of company names</extracomment>
        <translation>Mente du %1?</translation>
    </message>
    <message>
        <source>The check digit is wrong for a %1 number. Please check the number.</source>
        <extracomment>%1 is a carrier, such as UPS</extracomment>
        <translation>Kontrolcifferet er forkert for et %1-nummer. Kontrollér nummeret.</translation>
    </message>
    <message>
        <source>Unknown format: no supported carrier uses numbers like this. Choose the carrier yourself, with a tracking URL if Shopify does not list it.</source>
        <translation>Ukendt format: intet understøttet fragtfirma bruger numre som dette. Vælg selv fragtfirmaet, med en sporings-URL, hvis Shopify ikke har det på listen.</translation>
    </message>
    <message>
        <source>The check digit is wrong: this looks like a %1 number with a typo. Please check the number.</source>
        <extracomment>%1 is a carrier, such as UPS</extracomment>
        <translation>Kontrolcifferet er forkert: det ligner et nummer fra %1 med en tastefejl. Kontrollér nummeret.</translation>
    </message>
    <message>
        <source>This number fits both %1 and %2. Please check the carrier.</source>
        <extracomment>%1 and %2 are carriers, such as FedEx and GLS</extracomment>
        <translation>Nummeret passer til både %1 og %2. Kontrollér fragtfirmaet.</translation>
    </message>
    <message>
        <source>The tracking number is empty.</source>
        <translation>Sporingsnummeret er tomt.</translation>
    </message>
    <message>
        <source>The tracking number is too long: %1 characters, at most %2.</source>
        <extracomment>%1 is how many characters the text has, %2 the most a tracking number has</extracomment>
        <translation>Sporingsnummeret er for langt: %1 tegn, højst %2.</translation>
    </message>
    <message>
        <source>The tracking number contains an invisible control character (%1).</source>
        <extracomment>%1 is an invisible character&apos;s code, such as U+0009 for a tab</extracomment>
        <translation>Sporingsnummeret indeholder et usynligt kontroltegn (%1).</translation>
    </message>
    <message>
        <source>The tracking number contains “%1”; tracking numbers have only the letters A to Z and digits.</source>
        <extracomment>%1 is the refused character</extracomment>
        <translation>Sporingsnummeret indeholder »%1«; sporingsnumre består kun af bogstaverne A til Z og cifre.</translation>
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
        <translation>Postvæsenet i %1</translation>
    </message>
    <message>
        <source>DHL Express waybill</source>
        <translation>DHL Express-fragtbrev</translation>
    </message>
    <message>
        <source>DHL Express piece number</source>
        <translation>DHL Express-kollinummer</translation>
    </message>
    <message>
        <source>DHL eCommerce</source>
        <translation>DHL eCommerce</translation>
    </message>
    <message>
        <source>FedEx Express (12 digits)</source>
        <translation>FedEx Express (12 cifre)</translation>
    </message>
    <message>
        <source>FedEx Ground (15 digits)</source>
        <translation>FedEx Ground (15 cifre)</translation>
    </message>
    <message>
        <source>FedEx Ground barcode (22 digits)</source>
        <translation>FedEx Ground-stregkode (22 cifre)</translation>
    </message>
    <message>
        <source>FedEx barcode (34 digits)</source>
        <translation>FedEx-stregkode (34 cifre)</translation>
    </message>
    <message>
        <source>USPS IMpb</source>
        <translation>USPS IMpb</translation>
    </message>
    <message>
        <source>USPS (20 digits)</source>
        <translation>USPS (20 cifre)</translation>
    </message>
    <message>
        <source>USPS IMpb with ZIP routing</source>
        <translation>USPS IMpb med ZIP-routing</translation>
    </message>
    <message>
        <source>DPD parcel number</source>
        <translation>DPD-pakkenummer</translation>
    </message>
    <message>
        <source>DPD parcel number with check character</source>
        <translation>DPD-pakkenummer med kontroltegn</translation>
    </message>
    <message>
        <source>DPD barcode</source>
        <translation>DPD-stregkode</translation>
    </message>
    <message>
        <source>GLS parcel number</source>
        <translation>GLS-pakkenummer</translation>
    </message>
    <message>
        <source>Canada Post (16 digits)</source>
        <translation>Canada Post (16 cifre)</translation>
    </message>
    <message>
        <source>The check digit is wrong for every carrier this number could belong to (%1). Please check the number.</source>
        <extracomment>%1 is a list of carriers, such as &quot;FedEx, GLS&quot;</extracomment>
        <translation>Kontrolcifferet er forkert for alle de fragtfirmaer, nummeret kan høre til (%1). Kontrollér nummeret.</translation>
    </message>
    <message>
        <source>Check digit unconfirmed</source>
        <extracomment>the number fails a check digit rule its carrier does not publish</extracomment>
        <translation>Kontrolciffer ikke bekræftet</translation>
    </message>
    <message>
        <source>%1 publishes no check digit, but its numbers usually pass one that this number fails. Please check the number; it may still be right.</source>
        <extracomment>%1 is a carrier, such as DHL Express</extracomment>
        <translation>%1 offentliggør intet kontrolciffer, men dets numre består normalt en kontrol, som dette nummer ikke består. Kontrollér nummeret; det kan stadig være rigtigt.</translation>
    </message>
    <message>
        <source>Amazon Logistics</source>
        <translation>Amazon Logistics</translation>
    </message>
    <message>
        <source>FedEx Ground Economy (20 digits)</source>
        <translation>FedEx Ground Economy (20 cifre)</translation>
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
        <translation>Ukendt format: vælg fragtfirmaet</translation>
    </message>
    <message>
        <source>Unknown format: Smidig cannot check this number</source>
        <translation>Ukendt format: Smidig kan ikke kontrollere dette nummer</translation>
    </message>
    <message>
        <source>Looks like %1, not %2: check the carrier</source>
        <extracomment>%1 is the carrier Smidig detected, %2 the one chosen</extracomment>
        <translation>Ligner %1, ikke %2: kontrollér fragtfirmaet</translation>
    </message>
    <message>
        <source>%1 number, %2</source>
        <translation>Nummerformat: %1. %2</translation>
    </message>
    <message>
        <source>The check digit is wrong for a %1 number. Please check the number.</source>
        <extracomment>%1 is a carrier</extracomment>
        <translation>Kontrolcifferet er forkert for et %1-nummer. Kontrollér nummeret.</translation>
    </message>
    <message>
        <source>Detected: %1 (confidence: %2)</source>
        <extracomment>%1 is a carrier, %2 how sure Smidig is (High, Medium, Low)</extracomment>
        <translation>Genkendt: %1 (sikkerhed: %2)</translation>
    </message>
    <message>
        <source>Fits %1 (confidence: %2)</source>
        <extracomment>%1 is a carrier, %2 how sure Smidig is (High, Medium, Low)</extracomment>
        <translation>Passer til %1 (sikkerhed: %2)</translation>
    </message>
</context>
<context>
    <name>TrackingCommand</name>
    <message>
        <source>Give one or more tracking numbers.</source>
        <translation>Angiv et eller flere sporingsnumre.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Fragtfirma</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Kontrolciffer</translation>
    </message>
    <message>
        <source>Tracking link or problem</source>
        <translation>Sporingslink eller problem</translation>
    </message>
    <message>
        <source>Read as one number written with spaces: %1. Quote a number with spaces to be sure.</source>
        <translation>Læst som ét nummer skrevet med mellemrum: %1. Sæt et nummer med mellemrum i anførselstegn for at være sikker.</translation>
    </message>
</context>
<context>
    <name>TrackingEditor</name>
    <message numerus="yes">
        <source>Cannot be sent as typed: %n tracking number(s) or link(s). Correct or clear what is marked above.</source>
        <translation>
            <numerusform>Kan ikke sendes som indtastet: %n sporingsnummer eller link. Ret eller ryd det, der er markeret ovenfor.</numerusform>
            <numerusform>Kan ikke sendes som indtastet: %n sporingsnumre eller links. Ret eller ryd det, der er markeret ovenfor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A warning on %n tracking number(s) (see above). Send anyway only if you are sure.</source>
        <translation>
            <numerusform>Advarsel ved %n sporingsnummer (se ovenfor). Send kun alligevel, hvis du er sikker.</numerusform>
            <numerusform>Advarsler ved %n sporingsnumre (se ovenfor). Send kun alligevel, hvis du er sikker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No tracking links are sent for %n shipment(s): Shopify needs a link for every number of a shipment or for none. Add the missing links, or clear the others.</source>
        <translation>
            <numerusform>Der sendes ingen sporingslinks for %n forsendelse: Shopify skal have et link til hvert nummer i en forsendelse eller til ingen. Tilføj de manglende links, eller ryd de andre.</numerusform>
            <numerusform>Der sendes ingen sporingslinks for %n forsendelser: Shopify skal have et link til hvert nummer i en forsendelse eller til ingen. Tilføj de manglende links, eller ryd de andre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingNumberField</name>
    <message>
        <source>Tracking number</source>
        <translation>Sporingsnummer</translation>
    </message>
    <message>
        <source>Scan or type a tracking number</source>
        <translation>Scan eller indtast et sporingsnummer</translation>
    </message>
    <message>
        <source>Tracking &amp;URL:</source>
        <translation>Sporings-&amp;URL:</translation>
    </message>
    <message>
        <source>Shopify does not list %1, so it cannot link to the parcel: add the carrier&apos;s tracking URL for the customer.</source>
        <extracomment>%1 is a carrier</extracomment>
        <translation>Shopify har ikke %1 på sin liste og kan derfor ikke linke til pakken: tilføj fragtfirmaets sporings-URL til kunden.</translation>
    </message>
    <message>
        <source>This is not a web address: it must start with https:// or http://.</source>
        <translation>Dette er ikke en webadresse: den skal begynde med https:// eller http://.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Smidig cannot start</source>
        <translation>Smidig kan ikke starte</translation>
    </message>
    <message>
        <source>Smidig, the order desk for Shopify stores.</source>
        <translation>Smidig, ordreværktøjet til Shopify-butikker.</translation>
    </message>
    <message>
        <source>Use this language (da, de, en) instead of the system&apos;s.</source>
        <translation>Brug dette sprog (da, de, en) i stedet for systemets.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>Quit once the first sync has finished (for smoke tests).</source>
        <translation>Afslut, når den første synkronisering er færdig (til smoketests).</translation>
    </message>
    <message>
        <source>Cannot Open the Shop</source>
        <translation>Kan ikke åbne butikken</translation>
    </message>
</context>
</TS>
