<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="28"/>
        <source>About Assistant Desk</source>
        <translation>Über Assistant Desk</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="36"/>
        <source>Assistant Desk icon</source>
        <translation>Symbol von Assistant Desk</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="38"/>
        <source>Assistant Desk</source>
        <translation>Assistant Desk</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="40"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="42"/>
        <source>Edit OpenAI Assistants, keep them in a local workspace and in sync with the server, release versions and archive safely.</source>
        <translation>OpenAI-Assistenten bearbeiten, in einem lokalen Arbeitsbereich und synchron mit dem Server halten, Versionen freigeben und sicher archivieren.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="46"/>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="50"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="53"/>
        <source>Assistant Desk %1</source>
        <translation>Assistant Desk %1</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="58"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="59"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="60"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="77"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="79"/>
        <source>Copy the version and library details, for a bug report</source>
        <translation>Versions- und Bibliotheksangaben für einen Fehlerbericht kopieren</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../ui/actionregistry.cpp" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="86"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="88"/>
        <source>&amp;Assistant</source>
        <translation>&amp;Assistent</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="90"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="92"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>ArchiveConfirmation</name>
    <message>
        <location filename="../ui/archiveconfirmation.cpp" line="24"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
</context>
<context>
    <name>ArchivePlan</name>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="146"/>
        <location filename="../app/domain/archiveplanner.cpp" line="431"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="184"/>
        <location filename="../app/domain/archiveplanner.cpp" line="233"/>
        <location filename="../app/domain/archiveplanner.cpp" line="241"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="208"/>
        <location filename="../app/domain/archiveplanner.cpp" line="233"/>
        <location filename="../app/domain/archiveplanner.cpp" line="241"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="178"/>
        <source>uses %1</source>
        <translation>verwendet %1</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="184"/>
        <location filename="../app/domain/archiveplanner.cpp" line="207"/>
        <source>working</source>
        <translation>Arbeitsversion</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="185"/>
        <source>uses pipeline %1 · %2, which uses %3</source>
        <translation>verwendet Pipeline %1 · %2, die %3 verwendet</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="213"/>
        <source>1 Assistant node uses %1</source>
        <translation>1 Assistent-Knoten verwendet %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="214"/>
        <source>%n Assistant nodes use %1</source>
        <translation>
            <numerusform>%n Assistent-Knoten verwendet %1</numerusform>
            <numerusform>%n Assistent-Knoten verwenden %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="295"/>
        <source>No assistant with id “%1”.</source>
        <translation>Kein Assistent mit der ID „%1“.</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="298"/>
        <source>“%1” is a version; archive its working assistant instead.</source>
        <translation>„%1“ ist eine Version; archivieren Sie stattdessen die Arbeitsversion des Assistenten.</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="299"/>
        <source>“%1” is already archived.</source>
        <translation>„%1“ ist bereits archiviert.</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="300"/>
        <source>Archive is offered only on a non-archived working assistant.</source>
        <translation>Archivieren ist nur für die nicht archivierte Arbeitsversion eines Assistenten möglich.</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="384"/>
        <source>Cannot archive “%1”</source>
        <translation>„%1“ kann nicht archiviert werden</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="389"/>
        <source>This assistant or one of its versions is still in use. Resolve each item below, then check again.</source>
        <translation>Dieser Assistent oder eine seiner Versionen wird noch verwendet. Lösen Sie jeden der folgenden Punkte und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="396"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="398"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="400"/>
        <source>Experiments Referencing Pipeline</source>
        <translation>Experimente, die auf die Pipeline verweisen</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="407"/>
        <source>Archive “%1”?</source>
        <translation>„%1“ archivieren?</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="418"/>
        <source>1 version</source>
        <translation>1 Version</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="418"/>
        <source>%n versions</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="419"/>
        <source>1 assistant</source>
        <translation>1 Assistent</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="419"/>
        <source>%n assistants</source>
        <translation>
            <numerusform>%n Assistent</numerusform>
            <numerusform>%n Assistenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="420"/>
        <source>1 vector store</source>
        <translation>1 Vektorspeicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="420"/>
        <source>%n vector stores</source>
        <translation>
            <numerusform>%n Vektorspeicher</numerusform>
            <numerusform>%n Vektorspeicher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="421"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="421"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="422"/>
        <source>This archives the assistant and its %1 and deletes them in OpenAI: %2, %3, %4.</source>
        <translation>Damit werden der Assistent und seine %1 archiviert und in OpenAI gelöscht: %2, %3, %4.</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="431"/>
        <source>These released experiment versions will be archived too: %1</source>
        <translation>Diese freigegebenen Experimentversionen werden ebenfalls archiviert: %1</translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="436"/>
        <source>You are offline; the deletion in OpenAI will run when you are back online.</source>
        <translation>Sie sind offline; die Löschung in OpenAI wird ausgeführt, sobald Sie wieder online sind.</translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="41"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="42"/>
        <source>Tools &amp;&amp; files</source>
        <translation>Tools &amp;&amp; Dateien</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="48"/>
        <source>&amp;Try</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="97"/>
        <source>Sync status</source>
        <translation>Synchronisationsstatus</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="100"/>
        <source>Local changes are not in OpenAI yet</source>
        <translation>Lokale Änderungen sind noch nicht in OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="104"/>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="112"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="227"/>
        <source>Working copy</source>
        <translation>Arbeitsversion</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="232"/>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="257"/>
        <source>No assistant selected</source>
        <translation>Kein Assistent ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="262"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="265"/>
        <source>Checked %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="273"/>
        <source>Read-only: version v%1 of %2</source>
        <translation>Schreibgeschützt: Version v%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="277"/>
        <source>Changed by %1 at %2</source>
        <translation>Geändert von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="358"/>
        <location filename="../ui/assistanteditor.cpp" line="417"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/assistanteditor.cpp" line="399"/>
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Feld muss korrigiert werden.</numerusform>
            <numerusform>Nicht gespeichert: %n Felder müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="409"/>
        <source>Saving waits for the workspace server: %1 Your edits are kept here and saved as soon as it answers.</source>
        <translation>Das Speichern wartet auf den Arbeitsbereich-Server: %1 Ihre Änderungen bleiben hier erhalten und werden gespeichert, sobald er antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="423"/>
        <source>The workspace server is back: your edits are saved.</source>
        <translation>Der Arbeitsbereich-Server ist wieder erreichbar: Ihre Änderungen sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="464"/>
        <location filename="../ui/assistanteditor.cpp" line="522"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="466"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/assistanteditor.cpp" line="467"/>
        <source>%1 changed “%2” at %3, after you started editing it. Choose for each field which value to keep; %n field(s) were changed by both of you.</source>
        <translation>
            <numerusform>%1 hat „%2“ am %3 geändert, nachdem Sie mit der Bearbeitung begonnen hatten. Wählen Sie für jedes Feld, welcher Wert bleiben soll; %n Feld wurde von Ihnen beiden geändert.</numerusform>
            <numerusform>%1 hat „%2“ am %3 geändert, nachdem Sie mit der Bearbeitung begonnen hatten. Wählen Sie für jedes Feld, welcher Wert bleiben soll; %n Felder wurden von Ihnen beiden geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="473"/>
        <source>Not saved: the merge was cancelled; your edits are still in the form.</source>
        <translation>Nicht gespeichert: Das Zusammenführen wurde abgebrochen; Ihre Änderungen stehen noch im Formular.</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="480"/>
        <source>The assistant keeps being changed by someone else; try saving again.</source>
        <translation>Der Assistent wird fortlaufend von jemand anderem geändert; versuchen Sie erneut zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="520"/>
        <source>%1 changed this assistant at %2 while you were editing it. Your edits are kept; when you save, you choose for each field which value to keep.</source>
        <translation>%1 hat diesen Assistenten am %2 geändert, während Sie ihn bearbeitet haben. Ihre Änderungen bleiben erhalten; beim Speichern wählen Sie für jedes Feld, welcher Wert bleiben soll.</translation>
    </message>
</context>
<context>
    <name>AssistantFields</name>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="35"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="35"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="51"/>
        <source>“%1”: expected FIELD=VALUE</source>
        <translation>„%1“: FELD=WERT erwartet</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="61"/>
        <source>%1: not a number (“%2”)</source>
        <translation>%1: keine Zahl („%2“)</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="85"/>
        <source>Field “%1”: not a field set changes (%2)</source>
        <translation>Feld „%1“: kein Feld, das set ändert (%2)</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="93"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="94"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="95"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="96"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="97"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="98"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="99"/>
        <source>Code interpreter</source>
        <translation>Code Interpreter</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="100"/>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="101"/>
        <source>Function tools</source>
        <translation>Funktions-Tools</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="102"/>
        <source>Code interpreter files</source>
        <translation>Code-Interpreter-Dateien</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="103"/>
        <source>File search files</source>
        <translation>Dateien der Dateisuche</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="104"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="105"/>
        <source>Vector store</source>
        <translation>Vektorspeicher</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="106"/>
        <source>Assistant in OpenAI</source>
        <translation>Assistent in OpenAI</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="107"/>
        <source>Include file info</source>
        <translation>Dateiinformationen einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="108"/>
        <source>Allow file search attachments</source>
        <translation>Anhänge für die Dateisuche erlauben</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="109"/>
        <source>Allow code interpreter attachments</source>
        <translation>Anhänge für den Code-Interpreter erlauben</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="110"/>
        <source>Allow file downloads</source>
        <translation>Datei-Downloads erlauben</translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="98"/>
        <location filename="../models/assistantlistmodel.cpp" line="102"/>
        <location filename="../models/assistantlistmodel.cpp" line="103"/>
        <source>checked %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="100"/>
        <source>checked yesterday</source>
        <translation>gestern geprüft</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="109"/>
        <source>No Assistants API</source>
        <translation>Keine Assistants API</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="134"/>
        <source>Showing the last known status (stale)</source>
        <translation>Zeigt den zuletzt bekannten Status (veraltet)</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="137"/>
        <source>Checked %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="140"/>
        <source>Not pushed: local changes are not in OpenAI yet</source>
        <translation>Nicht übertragen: Lokale Änderungen sind noch nicht in OpenAI</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="171"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="171"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="171"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>AssistantWire</name>
    <message>
        <location filename="../app/openai/assistantwire.cpp" line="69"/>
        <source>Code interpreter files: not uploaded yet: %1</source>
        <translation>Code-Interpreter-Dateien: noch nicht hochgeladen: %1</translation>
    </message>
</context>
<context>
    <name>BadgeDelegate</name>
    <message>
        <location filename="../ui/badgedelegate.cpp" line="55"/>
        <source>%1 · stale</source>
        <translation>%1 · veraltet</translation>
    </message>
    <message>
        <location filename="../ui/badgedelegate.cpp" line="66"/>
        <source>Not pushed</source>
        <translation>Nicht übertragen</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <location filename="../app/storage/blobstore.cpp" line="35"/>
        <source>Cannot create the folder for file copies: %1</source>
        <translation>Der Ordner für Dateikopien kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/blobstore.cpp" line="41"/>
        <source>Cannot store a copy of the file: %1</source>
        <translation>Eine Kopie der Datei kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/blobstore.cpp" line="51"/>
        <source>The local copy is missing: %1</source>
        <translation>Die lokale Kopie fehlt: %1</translation>
    </message>
</context>
<context>
    <name>BlobTable</name>
    <message>
        <location filename="../app/storage/blobtable.cpp" line="22"/>
        <source>The workspace holds no copy of the content %1.</source>
        <translation>Der Arbeitsbereich enthält keine Kopie des Inhalts %1.</translation>
    </message>
    <message>
        <location filename="../app/storage/blobtable.cpp" line="28"/>
        <source>The workspace&apos;s copy of the content %1 is damaged (its SHA-256 does not match).</source>
        <translation>Die Kopie des Inhalts %1 im Arbeitsbereich ist beschädigt (ihr SHA-256 stimmt nicht überein).</translation>
    </message>
    <message>
        <location filename="../app/storage/blobtable.cpp" line="74"/>
        <source>The content does not match its SHA-256 %1; nothing was stored.</source>
        <translation>Der Inhalt stimmt nicht mit seinem SHA-256 %1 überein; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/storage/blobtable.cpp" line="139"/>
        <location filename="../app/storage/blobtable.cpp" line="143"/>
        <source>Cannot read the local copy %1: %2</source>
        <translation>Die lokale Kopie %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/blobtable.cpp" line="151"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/blobtable.cpp" line="154"/>
        <location filename="../app/storage/blobtable.cpp" line="157"/>
        <location filename="../app/storage/blobtable.cpp" line="165"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BlockerDialog</name>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="65"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="67"/>
        <source>Look for blockers again after you changed something</source>
        <translation>Nach einer Änderung erneut nach Hindernissen suchen</translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="102"/>
        <location filename="../ui/blockerdialog.cpp" line="185"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="134"/>
        <source>Checked again: 1 item still blocks archiving.</source>
        <translation>Erneut geprüft: 1 Element verhindert noch das Archivieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/blockerdialog.cpp" line="135"/>
        <source>Checked again: %n items still block archiving.</source>
        <translation>
            <numerusform>Erneut geprüft: %n Element verhindert noch das Archivieren.</numerusform>
            <numerusform>Erneut geprüft: %n Elemente verhindern noch das Archivieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="187"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="189"/>
        <source>Show this pipeline with the nodes that use the assistant selected</source>
        <translation>Diese Pipeline anzeigen und die Knoten auswählen, die den Assistenten verwenden</translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="190"/>
        <source>Show this experiment in the main window</source>
        <translation>Dieses Experiment im Hauptfenster anzeigen</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <location filename="../app/about/buildinfo.cpp" line="37"/>
        <source>All rights reserved (no open-source licence has been chosen yet)</source>
        <translation>Alle Rechte vorbehalten (es wurde noch keine Open-Source-Lizenz gewählt)</translation>
    </message>
    <message>
        <location filename="../app/about/buildinfo.cpp" line="43"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <location filename="../app/export/bundle.cpp" line="52"/>
        <source>Cannot import the bundle “%1”: %2. Nothing was imported.</source>
        <translation>Das Bundle „%1“ kann nicht importiert werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="81"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="83"/>
        <source>the size of %1 is unknown</source>
        <translation>die Größe von %1 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="85"/>
        <source>%1 does not have the expected size</source>
        <translation>%1 hat nicht die erwartete Größe</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="88"/>
        <location filename="../app/export/bundle.cpp" line="103"/>
        <source>cannot read %1 (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="161"/>
        <source>Cannot write the bundle “%1”: %2</source>
        <translation>Das Bundle „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="285"/>
        <source>Cannot read the bundle “%1”: %2</source>
        <translation>Das Bundle „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="286"/>
        <source>it is not a readable zip archive (%1)</source>
        <translation>es ist kein lesbares ZIP-Archiv (%1)</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="295"/>
        <source>manifest.json is not an Assistant Desk bundle manifest (version %1)</source>
        <translation>manifest.json ist kein Bundle-Manifest von Assistant Desk (Version %1)</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="306"/>
        <source>Bundle “%1” not imported. Already in the workspace as “%2”.</source>
        <translation>Bundle „%1“ nicht importiert. Bereits im Arbeitsbereich als „%2“.</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="308"/>
        <source>Cannot import the bundle “%1”: its definition has problems. Nothing was imported.</source>
        <translation>Das Bundle „%1“ kann nicht importiert werden: Seine Definition ist fehlerhaft. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="337"/>
        <source>manifest.json lists a file that is not in the definition (%1)</source>
        <translation>manifest.json führt eine Datei auf, die nicht in der Definition enthalten ist (%1)</translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="343"/>
        <source>the copy of “%1” (%2) does not match its SHA-256</source>
        <translation>die Kopie von „%1“ (%2) passt nicht zu ihrer SHA-256-Prüfsumme</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../ui/checkdialog.cpp" line="40"/>
        <source>Edit check</source>
        <translation>Prüfung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="40"/>
        <source>Save as check</source>
        <translation>Als Prüfung speichern</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="52"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="58"/>
        <source>&amp;Messages:</source>
        <translation>&amp;Nachrichten:</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="64"/>
        <source>Function results</source>
        <translation>Funktionsergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="65"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="65"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="75"/>
        <source>Function &amp;results:</source>
        <translation>Funktions&amp;ergebnisse:</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="82"/>
        <source>&amp;Expectations:</source>
        <translation>&amp;Erwartungen:</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="98"/>
        <source>A check plays its messages to the assistant, answers each function call with the result given here, and passes when every expectation holds for the last answer (“calls” looks at every turn).</source>
        <translation>Eine Prüfung spielt ihre Nachrichten dem Assistenten vor, beantwortet jeden Funktionsaufruf mit dem hier angegebenen Ergebnis und ist bestanden, wenn jede Erwartung für die letzte Antwort zutrifft („calls“ betrachtet jede Runde).</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="132"/>
        <source>The user messages, in order; double-click one to edit it</source>
        <translation>Die Nachrichten des Benutzers, der Reihe nach; doppelklicken Sie auf eine, um sie zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="133"/>
        <location filename="../ui/checkdialog.cpp" line="162"/>
        <location filename="../ui/checkdialog.cpp" line="195"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="134"/>
        <location filename="../ui/checkdialog.cpp" line="163"/>
        <location filename="../ui/checkdialog.cpp" line="196"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="144"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="161"/>
        <source>The output each function call is answered with when the check runs</source>
        <translation>Die Ausgabe, mit der jeder Funktionsaufruf beantwortet wird, wenn die Prüfung läuft</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="193"/>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="199"/>
        <source>Kind of expectation</source>
        <translation>Art der Erwartung</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="204"/>
        <source>Expected value</source>
        <translation>Erwarteter Wert</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="223"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="226"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="265"/>
        <source>The answer contains</source>
        <translation>Die Antwort enthält</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="267"/>
        <source>The answer does not contain</source>
        <translation>Die Antwort enthält nicht</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="269"/>
        <source>The answer matches the regular expression</source>
        <translation>Die Antwort passt auf den regulären Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="271"/>
        <source>The answer is JSON valid for the schema</source>
        <translation>Die Antwort ist JSON, das dem Schema entspricht</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="273"/>
        <source>The assistant calls the function</source>
        <translation>Der Assistent ruft die Funktion auf</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="317"/>
        <source>Type the text to look for in the answer.</source>
        <translation>Geben Sie den Text ein, der in der Antwort gesucht wird.</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="320"/>
        <source>Type a regular expression, e.g. ^Order \d+ is shipped</source>
        <translation>Geben Sie einen regulären Ausdruck ein, z. B. ^Order \d+ is shipped</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="323"/>
        <source>Not a valid regular expression: %1 (at offset %2)</source>
        <translation>Kein gültiger regulärer Ausdruck: %1 (an Position %2)</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="331"/>
        <source>Not JSON: %1 at offset %2</source>
        <translation>Kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="333"/>
        <source>A schema is a JSON object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;required&quot;: [&quot;status&quot;]}</source>
        <translation>Ein Schema ist ein JSON-Objekt, z. B. {&quot;type&quot;: &quot;object&quot;, &quot;required&quot;: [&quot;status&quot;]}</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="339"/>
        <source>Type the name of a function.</source>
        <translation>Geben Sie den Namen einer Funktion ein.</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="340"/>
        <source>“%1” is not a function name.</source>
        <translation>„%1“ ist kein Funktionsname.</translation>
    </message>
    <message>
        <location filename="../ui/checkdialog.cpp" line="390"/>
        <source>Expectation %1: %2</source>
        <translation>Erwartung %1: %2</translation>
    </message>
</context>
<context>
    <name>CheckResultText</name>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="32"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="33"/>
        <source>✓ Passed</source>
        <translation>✓ Bestanden</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="33"/>
        <source>✕ Failed</source>
        <translation>✕ Nicht bestanden</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="55"/>
        <source>%1 in · %2 out</source>
        <translation>%1 ein · %2 aus</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="79"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="84"/>
        <source>Function results</source>
        <translation>Funktionsergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="92"/>
        <location filename="../ui/checkresulttext.cpp" line="113"/>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="94"/>
        <source>Not run yet by this way.</source>
        <translation>Auf diesem Weg noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="99"/>
        <source>%1 · ran %2 · tokens: %3</source>
        <translation>%1 · ausgeführt %2 · Tokens: %3</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="106"/>
        <source>Could not finish: %1</source>
        <translation>Konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="117"/>
        <source>Functions called:</source>
        <translation>Aufgerufene Funktionen:</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="119"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/checkresulttext.cpp" line="120"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <location filename="../app/conversation/checkrunner.cpp" line="36"/>
        <location filename="../app/conversation/checkrunner.cpp" line="82"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/conversation/checkrunner.cpp" line="38"/>
        <source>The answer broke off.</source>
        <translation>Die Antwort brach ab.</translation>
    </message>
    <message>
        <location filename="../app/conversation/checkrunner.cpp" line="40"/>
        <source>The conversation failed.</source>
        <translation>Die Unterhaltung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/conversation/checkrunner.cpp" line="91"/>
        <source>no result for function %1</source>
        <translation>kein Ergebnis für die Funktion %1</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../app/domain/check.cpp" line="47"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="54"/>
        <location filename="../app/domain/check.cpp" line="141"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="56"/>
        <location filename="../app/domain/check.cpp" line="98"/>
        <location filename="../app/domain/check.cpp" line="152"/>
        <location filename="../app/domain/check.cpp" line="167"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="63"/>
        <location filename="../app/domain/check.cpp" line="126"/>
        <location filename="../app/domain/check.cpp" line="159"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="79"/>
        <source>must have exactly one of contains, not_contains, regex, json_schema, calls</source>
        <translation>muss genau eines von contains, not_contains, regex, json_schema, calls enthalten</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="89"/>
        <source>must be an object (a JSON schema)</source>
        <translation>muss ein Objekt sein (ein JSON-Schema)</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="103"/>
        <location filename="../app/domain/check.cpp" line="136"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="109"/>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>ist kein gültiger regulärer Ausdruck: %1 (an Position %2)</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="116"/>
        <location filename="../app/domain/check.cpp" line="165"/>
        <source>%1 is not a valid function name</source>
        <translation>%1 ist kein gültiger Funktionsname</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="133"/>
        <source>%1 is not a valid id</source>
        <translation>%1 ist keine gültige ID</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="143"/>
        <location filename="../app/domain/check.cpp" line="176"/>
        <location filename="../app/domain/check.cpp" line="255"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="145"/>
        <source>must hold at least one message</source>
        <translation>muss mindestens eine Nachricht enthalten</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="196"/>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="203"/>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="207"/>
        <source>it holds more than one JSON value</source>
        <translation>sie enthält mehr als einen JSON-Wert</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="226"/>
        <source>contains “%1”</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="228"/>
        <source>does not contain “%1”</source>
        <translation>enthält nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="230"/>
        <source>matches /%1/</source>
        <translation>passt auf /%1/</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="232"/>
        <source>is JSON that matches a schema</source>
        <translation>ist JSON, das einem Schema entspricht</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="234"/>
        <source>calls %1</source>
        <translation>ruft %1 auf</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="263"/>
        <source>duplicate id %1 (also at %2)</source>
        <translation>doppelte ID %1 (auch bei %2)</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="307"/>
        <location filename="../app/domain/check.cpp" line="313"/>
        <source>The answer contains “%1”.</source>
        <translation>Die Antwort enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="308"/>
        <location filename="../app/domain/check.cpp" line="312"/>
        <source>The answer does not contain “%1”.</source>
        <translation>Die Antwort enthält „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="318"/>
        <source>/%1/ is not a valid regular expression: %2</source>
        <translation>/%1/ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="322"/>
        <source>The answer matches /%1/.</source>
        <translation>Die Antwort passt auf /%1/.</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="322"/>
        <source>The answer does not match /%1/.</source>
        <translation>Die Antwort passt nicht auf /%1/.</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="329"/>
        <source>The answer is not JSON: %1.</source>
        <translation>Die Antwort ist kein JSON: %1.</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="335"/>
        <source>The answer is JSON that matches the schema.</source>
        <translation>Die Antwort ist JSON, das dem Schema entspricht.</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="339"/>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="340"/>
        <source>The answer does not match the schema: %1</source>
        <translation>Die Antwort entspricht nicht dem Schema: %1</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="346"/>
        <source>The assistant called %1.</source>
        <translation>Der Assistent hat %1 aufgerufen.</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="346"/>
        <source>The assistant never called %1.</source>
        <translation>Der Assistent hat %1 nie aufgerufen.</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="369"/>
        <source>Expectation %1</source>
        <translation>Erwartung %1</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="374"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="377"/>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="379"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="381"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="383"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/domain/check.cpp" line="400"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <location filename="../ui/checkstab.cpp" line="48"/>
        <source>R&amp;un by:</source>
        <translation>A&amp;usführen über:</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="54"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="55"/>
        <source>Run the selected check</source>
        <translation>Die ausgewählte Prüfung ausführen</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="56"/>
        <source>Run &amp;all</source>
        <translation>A&amp;lle ausführen</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="57"/>
        <source>Run every check of this assistant, one after another</source>
        <translation>Alle Prüfungen dieses Assistenten nacheinander ausführen</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="58"/>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="59"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="60"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="61"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="65"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="68"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="68"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="68"/>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="68"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="75"/>
        <source>Check details</source>
        <translation>Details der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="76"/>
        <source>Select a check to see its messages, expectations and last answer.</source>
        <translation>Wählen Sie eine Prüfung aus, um ihre Nachrichten, Erwartungen und letzte Antwort zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="179"/>
        <source>No assistant selected.</source>
        <translation>Kein Assistent ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="181"/>
        <source>This window has no server connection.</source>
        <translation>Dieses Fenster hat keine Serververbindung.</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="195"/>
        <source>Checks (%1 · %2 failed)</source>
        <translation>Prüfungen (%1 · %2 nicht bestanden)</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="196"/>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="230"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="232"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="283"/>
        <source>No checks yet: try the assistant and use “Save as check…”.</source>
        <translation>Noch keine Prüfungen: Probieren Sie den Assistenten aus und verwenden Sie „Als Prüfung speichern…“.</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="328"/>
        <source>Running %1 of %2: %3…</source>
        <translation>Führe %1 von %2 aus: %3…</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="342"/>
        <source>The result of “%1” was not stored: %2</source>
        <translation>Das Ergebnis von „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="362"/>
        <source>Passed %1 · failed %2</source>
        <translation>Bestanden %1 · nicht bestanden %2</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="363"/>
        <source>Stopped. %1</source>
        <translation>Angehalten. %1</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="364"/>
        <source>Checks stopped: %1</source>
        <translation>Prüfungen angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="364"/>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="407"/>
        <source>The check was not saved: %1</source>
        <translation>Die Prüfung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="411"/>
        <source>Saved the check “%1”.</source>
        <translation>Die Prüfung „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="425"/>
        <source>Delete check</source>
        <translation>Prüfung löschen</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="425"/>
        <source>Delete the check “%1”?</source>
        <translation>Die Prüfung „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="426"/>
        <source>Its saved results go with it.</source>
        <translation>Ihre gespeicherten Ergebnisse werden mit gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="426"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/checkstab.cpp" line="430"/>
        <source>The check was not deleted: %1</source>
        <translation>Die Prüfung wurde nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>CleanupPanel</name>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="68"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="69"/>
        <location filename="../ui/cleanuppanel.cpp" line="174"/>
        <source>Queue the selected failed deletions again</source>
        <translation>Die ausgewählten fehlgeschlagenen Löschungen erneut einreihen</translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="70"/>
        <source>Retry all failed</source>
        <translation>Alle fehlgeschlagenen wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="71"/>
        <location filename="../ui/cleanuppanel.cpp" line="173"/>
        <source>Queue every failed deletion again</source>
        <translation>Alle fehlgeschlagenen Löschungen erneut einreihen</translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="172"/>
        <source>You are offline; retried deletions run when you are back online.</source>
        <translation>Sie sind offline; wiederholte Löschungen werden ausgeführt, sobald Sie wieder online sind.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="110"/>
        <source>Usage: assistant-desk-cli [global options] %1 [arguments]</source>
        <translation>Aufruf: assistant-desk-cli [globale Optionen] %1 [Argumente]</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="119"/>
        <location filename="../app/cli/clisupport.cpp" line="89"/>
        <source>Run &apos;assistant-desk-cli --help&apos; for usage.</source>
        <translation>&apos;assistant-desk-cli --help&apos; zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="47"/>
        <source>Usage: assistant-desk-cli [--workspace PATH] [--json] [--quiet] [--interactive] &lt;command&gt; [arguments]

Commands:
  import-workspace FILE                     load a workspace interchange file or a bundle .zip (all or nothing)
  export-workspace [--with-content] [FILE]  write the workspace as interchange JSON (stdout without FILE)
  list [--all]                              assistants with their cached sync status
  show ID                                   one assistant: fields, files, versions, sync state
  import-remote (REMOTE_ID… | --all)        link remote assistants without duplicating linked ones [--concurrency N]
  check (ID… | --all) [--concurrency N]     sync check; statuses and differences
  push ID [--dry-run]                       push local → OpenAI; --dry-run prints the plan only
  pull ID                                   take the OpenAI state into the workspace
  release EXPERIMENT_ID [--publish]         release an experiment: assistant versions, experiment version
  archive ID [--dry-run]                    archive an assistant family, or show what blocks it
  deletions [--retry]                       remote deletion jobs and their state
  orphans [--cached] [--delete --yes]       remote files and vector stores no assistant uses; delete them
  connect --base-url URL [--organization ID] [--project ID] [--no-key]
                                            set the workspace&apos;s connection; key read from stdin
  remote list                               every assistant of the account (all pages)
  export-responses ID                       the assistant as a Responses-API request config
  bundle ID OUT.zip                         archive bundle: definition, versions, manifest, file copies
  set (ID… | --all) FIELD=VALUE…            change only the named fields of working assistants, all or none:
                                            name, description, instructions (instructions=@PATH reads a file),
                                            model, temperature, top_p, metadata.KEY (empty value removes it)
  workspace init URL                        create the team workspace schema in an empty PostgreSQL database
  workspace copy FROM TO                    copy a whole workspace (file copies included) into an empty one,
                                            SQLite or PostgreSQL either way; all or nothing
  test (ID… | --all) [--via assistants|responses] [--json]
                                            run the saved conversation checks (default: --via responses);
                                            exit 1 when one fails, 4 when the server cannot be reached

Global options:
  --workspace PATH   the workspace file or a postgresql://user@host:port/dbname URL (password from
                     PGPASSWORD or the keychain; default: %1)
  --json             machine-readable output on stdout
  --quiet            no progress or informational messages
  --interactive      ask before deleting or sending (archive, orphans --delete, push)
  --help, --version

Exit status: 0 success, 1 failed or refused, 2 usage error, 3 blocked, 4 network or server error.
</source>
        <translation>Usage: assistant-desk-cli [--workspace PATH] [--json] [--quiet] [--interactive] &lt;command&gt; [arguments]

Commands:
  import-workspace FILE                     load a workspace interchange file or a bundle .zip (all or nothing)
  export-workspace [--with-content] [FILE]  write the workspace as interchange JSON (stdout without FILE)
  list [--all]                              assistants with their cached sync status
  show ID                                   one assistant: fields, files, versions, sync state
  import-remote (REMOTE_ID… | --all)        link remote assistants without duplicating linked ones [--concurrency N]
  check (ID… | --all) [--concurrency N]     sync check; statuses and differences
  push ID [--dry-run]                       push local → OpenAI; --dry-run prints the plan only
  pull ID                                   take the OpenAI state into the workspace
  release EXPERIMENT_ID [--publish]         release an experiment: assistant versions, experiment version
  archive ID [--dry-run]                    archive an assistant family, or show what blocks it
  deletions [--retry]                       remote deletion jobs and their state
  orphans [--cached] [--delete --yes]       remote files and vector stores no assistant uses; delete them
  connect --base-url URL [--organization ID] [--project ID] [--no-key]
                                            set the workspace&apos;s connection; key read from stdin
  remote list                               every assistant of the account (all pages)
  export-responses ID                       the assistant as a Responses-API request config
  bundle ID OUT.zip                         archive bundle: definition, versions, manifest, file copies
  set (ID… | --all) FIELD=VALUE…            change only the named fields of working assistants, all or none:
                                            name, description, instructions (instructions=@PATH reads a file),
                                            model, temperature, top_p, metadata.KEY (empty value removes it)
  workspace init URL                        create the team workspace schema in an empty PostgreSQL database
  workspace copy FROM TO                    copy a whole workspace (file copies included) into an empty one,
                                            SQLite or PostgreSQL either way; all or nothing
  test (ID… | --all) [--via assistants|responses] [--json]
                                            run the saved conversation checks (default: --via responses);
                                            exit 1 when one fails, 4 when the server cannot be reached

Global options:
  --workspace PATH   the workspace file or a postgresql://user@host:port/dbname URL (password from
                     PGPASSWORD or the keychain; default: %1)
  --json             machine-readable output on stdout
  --quiet            no progress or informational messages
  --interactive      ask before deleting or sending (archive, orphans --delete, push)
  --help, --version

Exit status: 0 success, 1 failed or refused, 2 usage error, 3 blocked, 4 network or server error.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="166"/>
        <source>import-workspace takes exactly one FILE.</source>
        <translation>import-workspace erwartet genau eine Datei (FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="170"/>
        <source>Cannot import “%1”: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="189"/>
        <source>Cannot import “%1”: the file has errors; nothing was imported. Problems: %2</source>
        <translation>„%1“ kann nicht importiert werden: Die Datei enthält Fehler; es wurde nichts importiert. Probleme: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="208"/>
        <source>Imported “%1” into %2.</source>
        <translation>„%1“ wurde in %2 importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="221"/>
        <source>Unknown option for export-workspace: %1</source>
        <translation>Unbekannte Option für export-workspace: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="225"/>
        <source>export-workspace takes at most one FILE.</source>
        <translation>export-workspace erwartet höchstens eine Datei (FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="237"/>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="241"/>
        <source>Exported the workspace to “%1”.</source>
        <translation>Der Arbeitsbereich wurde nach „%1“ exportiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="252"/>
        <source>Unknown argument for list: %1</source>
        <translation>Unbekanntes Argument für list: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="282"/>
        <source>No assistants in this workspace.</source>
        <translation>Keine Assistenten in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="286"/>
        <source>No Assistants API</source>
        <translation>Keine Assistants API</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="288"/>
        <location filename="../app/cli/cli.cpp" line="396"/>
        <location filename="../app/cli/synccommands.cpp" line="63"/>
        <source> · Not pushed</source>
        <translation> · Nicht übertragen</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="290"/>
        <source> · Archived</source>
        <translation> · Archiviert</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="292"/>
        <source>never checked</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="310"/>
        <source>show takes exactly one assistant ID.</source>
        <translation>show erwartet genau eine Assistenten-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="394"/>
        <source>Read-only: version v%1</source>
        <translation>Schreibgeschützt: Version v%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="395"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="397"/>
        <location filename="../app/cli/synccommands.cpp" line="65"/>
        <source> · checked %1</source>
        <translation> · geprüft %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="399"/>
        <source>Last check failed: %1</source>
        <translation>Letzte Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="401"/>
        <source>Differs: %1</source>
        <translation>Unterschiede: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="402"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="403"/>
        <source>Remote id: %1</source>
        <translation>Remote-ID: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="403"/>
        <location filename="../app/cli/cli.cpp" line="407"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="405"/>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="406"/>
        <source>Temperature: %1 · Top P: %2</source>
        <translation>Temperatur: %1 · Top P: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="407"/>
        <source>Tools: %1</source>
        <translation>Tools: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="410"/>
        <source>Function: %1 — %2</source>
        <translation>Funktion: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="412"/>
        <source>Code interpreter file: %1 (%2 bytes)</source>
        <translation>Code-Interpreter-Datei: %1 (%2 Byte)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="414"/>
        <source>File search file: %1 (%2 bytes)</source>
        <translation>Datei für die Dateisuche: %1 (%2 Byte)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="416"/>
        <source>Version v%1: %2 (%3)</source>
        <translation>Version v%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="417"/>
        <source>Instructions:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="430"/>
        <location filename="../app/cli/cli.cpp" line="468"/>
        <source>--workspace needs a PATH.</source>
        <translation>--workspace erwartet einen Pfad (PATH).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="449"/>
        <source>Unknown option: %1</source>
        <translation>Unbekannte Option: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="466"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="495"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="70"/>
        <source>Last known: %1, checked %2 (stale)</source>
        <translation>Zuletzt bekannt: %1, geprüft %2 (veraltet)</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="74"/>
        <source>in the workspace but not in OpenAI: %1 (%2)%3</source>
        <translation>im Arbeitsbereich, aber nicht in OpenAI: %1 (%2)%3</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="77"/>
        <source>in OpenAI but not in the workspace: %1 (%2)%3</source>
        <translation>in OpenAI, aber nicht im Arbeitsbereich: %1 (%2)%3</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="117"/>
        <source>Unknown option for import-remote: %1</source>
        <translation>Unbekannte Option für import-remote: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="124"/>
        <source>import-remote takes REMOTE_ID… or --all.</source>
        <translation>import-remote erwartet REMOTE_ID… oder --all.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="128"/>
        <source>REMOTE_ID: “%1” is not an assistant id (e.g. asst_abc123).</source>
        <translation>REMOTE_ID: „%1“ ist keine Assistenten-ID (z. B. asst_abc123).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="157"/>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="160"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="168"/>
        <source>Imported %1 · already in the workspace %2 · failed %3</source>
        <translation>Importiert: %1 · bereits im Arbeitsbereich: %2 · fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="177"/>
        <source>Unknown option for check: %1</source>
        <translation>Unbekannte Option für check: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="180"/>
        <source>check takes ID… or --all.</source>
        <translation>check erwartet ID… oder --all.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="121"/>
        <location filename="../app/cli/synccommands.cpp" line="184"/>
        <source>--concurrency takes a number from 1 to 32.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 32.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="223"/>
        <source>Check cancelled: %1</source>
        <translation>Prüfung abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="233"/>
        <source>push takes one assistant ID: push ID [--dry-run].</source>
        <translation>push erwartet eine Assistenten-ID: push ID [--dry-run].</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="257"/>
        <source>Push these changes to OpenAI?</source>
        <translation>Diese Änderungen nach OpenAI übertragen?</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="258"/>
        <source>Nothing was pushed.</source>
        <translation>Es wurde nichts übertragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="281"/>
        <source>Nothing to push: already in sync</source>
        <translation>Nichts zu übertragen: bereits synchron</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommands.cpp" line="283"/>
        <source>Pushed %n step(s).</source>
        <translation>
            <numerusform>%n Schritt übertragen.</numerusform>
            <numerusform>%n Schritte übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="285"/>
        <source>The server did not keep: %1</source>
        <translation>Der Server hat nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="303"/>
        <source>pull takes one assistant ID.</source>
        <translation>pull erwartet eine Assistenten-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="323"/>
        <source>archive takes one assistant ID: archive ID [--dry-run].</source>
        <translation>archive erwartet eine Assistenten-ID: archive ID [--dry-run].</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="350"/>
        <location filename="../app/cli/synccommands.cpp" line="369"/>
        <source>Cannot archive “%1”: it is still in use.</source>
        <translation>„%1“ kann nicht archiviert werden: Der Assistent wird noch verwendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="360"/>
        <source>Nothing was archived.</source>
        <translation>Es wurde nichts archiviert.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="377"/>
        <source>Archived. The deletion in OpenAI is queued: %1</source>
        <translation>Archiviert. Die Löschung in OpenAI steht in der Löschwarteschlange: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="383"/>
        <source>Archived, but the remote cleanup could not record its work: %1</source>
        <translation>Archiviert, aber die Bereinigung bei OpenAI konnte ihre Arbeit nicht festhalten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="387"/>
        <source>Archived. Remote cleanup: %1 done, %2 failed, %3 pending.</source>
        <translation>Archiviert. Remote-Bereinigung: %1 erledigt, %2 fehlgeschlagen, %3 ausstehend.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="395"/>
        <source>deletions takes only --retry and --json.</source>
        <translation>deletions akzeptiert nur --retry und --json.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="412"/>
        <source>The remote cleanup could not record its work: %1</source>
        <translation>Die Bereinigung bei OpenAI konnte ihre Arbeit nicht festhalten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommands.cpp" line="441"/>
        <source>%n deletion(s) still queued: %1</source>
        <translation>
            <numerusform>%n Löschung noch in der Warteschlange: %1</numerusform>
            <numerusform>%n Löschungen noch in der Warteschlange: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommands.cpp" line="439"/>
        <source>%n deletion(s) failed; see the list.</source>
        <translation>
            <numerusform>%n Löschung fehlgeschlagen; siehe Liste.</numerusform>
            <numerusform>%n Löschungen fehlgeschlagen; siehe Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="77"/>
        <source>--base-url needs a URL.</source>
        <translation>--base-url erwartet eine URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="81"/>
        <source>--organization needs an ID.</source>
        <translation>--organization erwartet eine ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="84"/>
        <source>--project needs an ID.</source>
        <translation>--project erwartet eine ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="88"/>
        <source>Unknown argument for connect: %1</source>
        <translation>Unbekanntes Argument für connect: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="92"/>
        <source>connect needs --base-url URL.</source>
        <translation>connect erwartet --base-url URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="94"/>
        <source>Base URL: is empty; give the server&apos;s URL, e.g. https://api.openai.com/v1.</source>
        <translation>Basis-URL: ist leer; geben Sie die URL des Servers an, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="103"/>
        <source>No API key on standard input. Pipe the key in, or pass --no-key to use OPENAI_API_KEY.</source>
        <translation>Kein API-Schlüssel auf der Standardeingabe. Leiten Sie den Schlüssel per Pipe ein oder geben Sie --no-key an, um OPENAI_API_KEY zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="121"/>
        <source>The connection changed: every status is now Not checked yet.</source>
        <translation>Die Verbindung wurde geändert: Jeder Status ist jetzt „Noch nicht geprüft“.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="140"/>
        <source>Connected %1 to %2; the key will come from OPENAI_API_KEY.</source>
        <translation>%1 mit %2 verbunden; der Schlüssel wird aus OPENAI_API_KEY gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="141"/>
        <source>Connected %1 to %2; the key is stored in the system keychain.</source>
        <translation>%1 mit %2 verbunden; der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="151"/>
        <source>remote takes a subcommand: remote list [--json]</source>
        <translation>remote erwartet einen Unterbefehl: remote list [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="153"/>
        <source>Unknown argument for remote list: %1</source>
        <translation>Unbekanntes Argument für remote list: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="155"/>
        <source>Workspace “%1” does not exist. Connect it first with connect --base-url URL.</source>
        <translation>Der Arbeitsbereich „%1“ existiert nicht. Verbinden Sie ihn zuerst mit connect --base-url URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="199"/>
        <source>Untitled assistant</source>
        <translation>Unbenannter Assistent</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/remotecommands.cpp" line="203"/>
        <source>%n assistant(s) on %1.</source>
        <translation>
            <numerusform>%n Assistent auf %1.</numerusform>
            <numerusform>%n Assistenten auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="39"/>
        <source>Unknown option for export-responses: %1</source>
        <translation>Unbekannte Option für export-responses: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="44"/>
        <source>export-responses takes exactly one assistant ID.</source>
        <translation>export-responses erwartet genau eine Assistenten-ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="62"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="67"/>
        <source>Not carried over: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="80"/>
        <source>Unknown option for bundle: %1</source>
        <translation>Unbekannte Option für bundle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="85"/>
        <source>bundle takes an assistant ID and the OUT.zip file to write.</source>
        <translation>bundle erwartet eine Assistenten-ID und die zu schreibende Datei OUT.zip.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="101"/>
        <source>Wrote the bundle “%1”: “%2”, %3, %4.</source>
        <translation>Bundle „%1“ geschrieben: „%2“, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="102"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="102"/>
        <location filename="../app/cli/orphancommands.cpp" line="46"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="106"/>
        <source>Warning: “%1” has no local copy; the bundle holds its record only.</source>
        <translation>Warnung: „%1“ hat keine lokale Kopie; das Bundle enthält nur den Datensatz.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="127"/>
        <source>Imported the bundle “%1” (“%2”) into %3.</source>
        <translation>Bundle „%1“ („%2“) wurde in %3 importiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="30"/>
        <source>Orphans as of %1</source>
        <translation>Verwaiste Objekte, Stand %1</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="32"/>
        <source>The server has no Assistants API (404): no remote assistants were listed.</source>
        <translation>Der Server hat keine Assistants API (404): Es wurden keine entfernten Assistenten aufgelistet.</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="34"/>
        <source>The server has no vector stores API (404): no vector stores were listed.</source>
        <translation>Der Server hat keine Vector Stores API (404): Es wurden keine Vektorspeicher aufgelistet.</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="38"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="38"/>
        <location filename="../app/cli/orphancommands.cpp" line="43"/>
        <source> none</source>
        <translation> keine</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="41"/>
        <location filename="../app/cli/orphancommands.cpp" line="47"/>
        <location filename="../app/cli/orphancommands.cpp" line="53"/>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="42"/>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="42"/>
        <location filename="../app/cli/orphancommands.cpp" line="48"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="43"/>
        <source>Vector stores:</source>
        <translation>Vektorspeicher:</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="45"/>
        <location filename="../app/cli/orphancommands.cpp" line="52"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="48"/>
        <source>last active %1</source>
        <translation>zuletzt aktiv %1</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="50"/>
        <source>Assistants not in this workspace (import them with import-remote):</source>
        <translation>Assistenten, die nicht in diesem Arbeitsbereich sind (mit import-remote importieren):</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="60"/>
        <source>vector store</source>
        <translation>Vektorspeicher</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="60"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="75"/>
        <source>Unknown argument for orphans: %1</source>
        <translation>Unbekanntes Argument für orphans: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="78"/>
        <source>orphans --delete needs --yes (or --interactive): it deletes every listed orphan in OpenAI. Run orphans without --delete first to see the list.</source>
        <translation>orphans --delete braucht --yes (oder --interactive): Es löscht jedes aufgeführte verwaiste Objekt in OpenAI. Führen Sie orphans zuerst ohne --delete aus, um die Liste zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="81"/>
        <source>--yes goes with --delete.</source>
        <translation>--yes ist nur zusammen mit --delete zulässig.</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="83"/>
        <source>--cached shows the last scan; it cannot be combined with --delete.</source>
        <translation>--cached zeigt den letzten Scan; die Option kann nicht mit --delete kombiniert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="94"/>
        <source>No orphan scan is stored in this workspace for its server yet. Run orphans online first.</source>
        <translation>In diesem Arbeitsbereich ist für seinen Server noch kein Scan nach verwaisten Objekten gespeichert. Führen Sie orphans zuerst online aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/orphancommands.cpp" line="126"/>
        <source>Delete these %n object(s) in OpenAI? This cannot be undone.</source>
        <translation>
            <numerusform>Dieses %n Objekt in OpenAI löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Diese %n Objekte in OpenAI löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="128"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="164"/>
        <source>Skipped %1: now in use</source>
        <translation>%1 übersprungen: wird jetzt verwendet</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="166"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="168"/>
        <source>Failed %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="170"/>
        <source>Queued %1: not run yet</source>
        <translation>%1 eingereiht: noch nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="180"/>
        <source>No orphans to delete.</source>
        <translation>Keine verwaisten Objekte zu löschen.</translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="55"/>
        <source>Unknown option for release: %1</source>
        <translation>Unbekannte Option für release: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="61"/>
        <source>release takes one experiment ID: release EXPERIMENT_ID [--publish].</source>
        <translation>release erwartet eine Experiment-ID: release EXPERIMENT_ID [--publish].</translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="93"/>
        <source>Released “%1” v%2%3</source>
        <translation>„%1“ v%2%3 freigegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="96"/>
        <source> [published]</source>
        <translation> [veröffentlicht]</translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="101"/>
        <source>Pipeline %1 v%2</source>
        <translation>Pipeline %1 v%2</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="60"/>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="64"/>
        <source>y</source>
        <comment>the short yes answer to a [y/N] question</comment>
        <translation>j</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="46"/>
        <source>--via takes assistants or responses.</source>
        <translation>--via erwartet assistants oder responses.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="51"/>
        <source>Unknown option for test: %1</source>
        <translation>Unbekannte Option für test: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="58"/>
        <source>test takes ID… or --all.</source>
        <translation>test erwartet ID… oder --all.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="71"/>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="71"/>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="72"/>
        <source>%1, %2 in · %3 out tokens</source>
        <translation>%1, %2 ein · %3 aus Tokens</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="81"/>
        <source>answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="109"/>
        <source>“%1” is a version; checks belong to the working assistant %2.</source>
        <translation>„%1“ ist eine Version; Prüfungen gehören zum Arbeitsassistenten %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="114"/>
        <source>“%1” has no saved checks.</source>
        <translation>„%1“ hat keine gespeicherten Prüfungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="119"/>
        <source>No assistant has saved checks.</source>
        <translation>Kein Assistent hat gespeicherte Prüfungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="149"/>
        <source>Running “%1” (%2 of %3)…</source>
        <translation>Führe „%1“ aus (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="158"/>
        <source>Cannot store the result of “%1”: %2</source>
        <translation>Das Ergebnis von „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="181"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/cli/testcommands.cpp" line="183"/>
        <source>Test cancelled: %1</source>
        <translation>Test abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="35"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="54"/>
        <source>Instructions: cannot read “%1”: %2</source>
        <translation>Anweisungen: „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="55"/>
        <source>no file named after @</source>
        <translation>keine Datei nach @ angegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="63"/>
        <source>workspace init takes exactly one URL: postgresql://user@host:port/dbname</source>
        <translation>workspace init erwartet genau eine URL: postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="66"/>
        <source>workspace init creates a team workspace and needs a postgresql:// URL; “%1” is a file path. A workspace file is created by import-workspace or by the app.</source>
        <translation>workspace init erstellt einen Team-Arbeitsbereich und braucht eine postgresql://-URL; „%1“ ist ein Dateipfad. Eine Arbeitsbereich-Datei wird mit import-workspace oder von der App erstellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="83"/>
        <source>Created a team workspace in %1 (format %2). Open it with --workspace %3</source>
        <translation>Team-Arbeitsbereich in %1 erstellt (Format %2). Öffnen Sie ihn mit --workspace %3</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="103"/>
        <source>Unknown option for workspace copy: %1</source>
        <translation>Unbekannte Option für workspace copy: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="105"/>
        <source>workspace copy takes FROM and TO: two workspace files or postgresql:// URLs.</source>
        <translation>workspace copy erwartet FROM und TO: zwei Arbeitsbereich-Dateien oder postgresql://-URLs.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="118"/>
        <source>Cannot copy “%1” onto itself: FROM and TO name the same workspace.</source>
        <translation>„%1“ kann nicht auf sich selbst kopiert werden: FROM und TO bezeichnen denselben Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="132"/>
        <source>Copying: %1 of %2 steps</source>
        <translation>Kopiere: %1 von %2 Schritten</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="142"/>
        <source>Cannot copy “%1” to “%2”: %3</source>
        <translation>„%1“ kann nicht nach „%2“ kopiert werden: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="159"/>
        <source>Copied “%1” to “%2”: %3 assistant records, %4 files, %5 experiment records, %6 pipeline records.</source>
        <translation>„%1“ nach „%2“ kopiert: %3 Assistenten-Einträge, %4 Dateien, %5 Experiment-Einträge, %6 Pipeline-Einträge.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="183"/>
        <source>Unknown option for set: %1</source>
        <translation>Unbekannte Option für set: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="193"/>
        <source>Field “%1”: set changes only %2.</source>
        <translation>Feld „%1“: set ändert nur %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="196"/>
        <source>Field “%1” is given twice.</source>
        <translation>Feld „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="201"/>
        <source>set takes assistant IDs or --all, not both.</source>
        <translation>set erwartet Assistenten-IDs oder --all, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="203"/>
        <source>set needs the assistant IDs (or --all), then FIELD=VALUE edits.</source>
        <translation>set braucht die Assistenten-IDs (oder --all), dann Änderungen als FELD=WERT.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="205"/>
        <source>set needs at least one FIELD=VALUE edit (fields: %1).</source>
        <translation>set braucht mindestens eine Änderung FELD=WERT (Felder: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="238"/>
        <source>%1 is version v%2 of “%3”: versions are read-only. Set the fields of the working assistant %3 instead.</source>
        <translation>%1 ist Version v%2 von „%3“: Versionen sind schreibgeschützt. Setzen Sie stattdessen die Felder des Arbeitsassistenten %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="244"/>
        <source>%1 is archived: archived assistants are read-only.</source>
        <translation>%1 ist archiviert: Archivierte Assistenten sind schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="253"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="260"/>
        <source>No working assistants in this workspace; nothing was changed.</source>
        <translation>Keine Arbeitsassistenten in diesem Arbeitsbereich; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/workspacecommands.cpp" line="271"/>
        <source>%n assistants</source>
        <translation>
            <numerusform>%n Assistent</numerusform>
            <numerusform>%n Assistenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="273"/>
        <source>Cannot set the fields of %1; nothing was changed:</source>
        <translation>Die Felder von %1 können nicht gesetzt werden; es wurde nichts geändert:</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="278"/>
        <source>Cannot set the fields of %1: %2</source>
        <translation>Die Felder von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="296"/>
        <source>Changed %1 of %2.</source>
        <translation>%1 von %2 geändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="312"/>
        <source>workspace needs a subcommand: init URL, or copy FROM TO.</source>
        <translation>workspace braucht einen Unterbefehl: init URL oder copy FROM TO.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommands.cpp" line="313"/>
        <source>Unknown workspace subcommand: %1 (init URL, copy FROM TO)</source>
        <translation>Unbekannter workspace-Unterbefehl: %1 (init URL, copy FROM TO)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../ui/comparedialog.cpp" line="38"/>
        <source>Compare — %1</source>
        <translation>Vergleichen — %1</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="45"/>
        <source>&amp;Migration check</source>
        <translation>&amp;Migrationsprüfung</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="47"/>
        <source>This assistant by the Assistants way on the left, by its Responses configuration on the right</source>
        <translation>Dieser Assistent über den Assistants-Weg links, über seine Responses-Konfiguration rechts</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="58"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="59"/>
        <source>Message sent to both sides (Ctrl+Enter sends)</source>
        <translation>An beide Seiten gesendete Nachricht (Ctrl+Enter sendet)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="63"/>
        <source>&amp;Send to both</source>
        <translation>An &amp;beide senden</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="65"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="67"/>
        <source>&amp;New conversations</source>
        <translation>&amp;Neue Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="133"/>
        <source>Left target</source>
        <translation>Linkes Ziel</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="133"/>
        <source>Right target</source>
        <translation>Rechtes Ziel</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="162"/>
        <source>%1 (this version)</source>
        <translation>%1 (diese Version)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="163"/>
        <source>%1 · working copy</source>
        <translation>%1 · Arbeitskopie</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="170"/>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="173"/>
        <source>%1 · working copy (saved)</source>
        <translation>%1 · Arbeitskopie (gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="217"/>
        <source>This window has no server connection.</source>
        <translation>Dieses Fenster hat keine Serververbindung.</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="239"/>
        <source>Cannot run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="279"/>
        <source>Type a message: it goes to both sides, and the final answers are compared.</source>
        <translation>Geben Sie eine Nachricht ein: Sie geht an beide Seiten, und die endgültigen Antworten werden verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="290"/>
        <source>Waiting for both answers…</source>
        <translation>Warte auf beide Antworten…</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="301"/>
        <source>Send the message to both sides (Ctrl+Enter)</source>
        <translation>Die Nachricht an beide Seiten senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="302"/>
        <source>A side cannot run: see the reason above its conversation</source>
        <translation>Eine Seite kann nicht ausgeführt werden: Den Grund sehen Sie über ihrer Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="322"/>
        <source>= The final answers are the same.</source>
        <translation>= Die endgültigen Antworten sind gleich.</translation>
    </message>
    <message>
        <location filename="../ui/comparedialog.cpp" line="324"/>
        <source>≠ The final answers differ: %1 only on the left (marked red), %2 only on the right (marked green).</source>
        <translation>≠ Die endgültigen Antworten unterscheiden sich: %1 nur links (rot markiert), %2 nur rechts (grün markiert).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/comparedialog.cpp" line="326"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="20"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="37"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="37"/>
        <location filename="../ui/conflictdialog.cpp" line="63"/>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="37"/>
        <location filename="../ui/conflictdialog.cpp" line="64"/>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="37"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="54"/>
        <source>Both of you changed this field</source>
        <translation>Sie beide haben dieses Feld geändert</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="56"/>
        <source>Only you changed this field</source>
        <translation>Nur Sie haben dieses Feld geändert</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="56"/>
        <source>Only they changed this field</source>
        <translation>Nur die anderen haben dieses Feld geändert</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="71"/>
        <source>Save merged</source>
        <translation>Zusammengeführt speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="74"/>
        <source>Keep all mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="75"/>
        <source>Take all theirs</source>
        <translation>Alle ihre übernehmen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="33"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="38"/>
        <source>optional, e.g. org-…</source>
        <translation>optional, z. B. org-…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="39"/>
        <source>optional, e.g. proj_…</source>
        <translation>optional, z. B. proj_…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Stored in the system keychain, never in the workspace.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="66"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="67"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="68"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="168"/>
        <source>Connected: %n model(s)</source>
        <translation>
            <numerusform>Verbunden: %n Modell</numerusform>
            <numerusform>Verbunden: %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="169"/>
        <source>Connected (the server offers no models list)</source>
        <translation>Verbunden (der Server bietet keine Modellliste an)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="177"/>
        <source>Connected, but the capabilities could not be stored: %1</source>
        <translation>Verbunden, aber die Fähigkeiten des Servers konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="199"/>
        <location filename="../ui/connectiondialog.cpp" line="205"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="220"/>
        <source>The connection is saved, but the key could not be stored in the keychain: %1</source>
        <translation>Die Verbindung ist gespeichert, aber der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="240"/>
        <source>What the server supports (checked %1):</source>
        <translation>Was der Server unterstützt (geprüft %1):</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="241"/>
        <source>What the server supports:</source>
        <translation>Was der Server unterstützt:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="265"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="30"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="59"/>
        <source>This assistant has changes that are not pushed; the Assistants way runs it as the server has it.</source>
        <translation>Dieser Assistent hat Änderungen, die nicht übertragen sind; der Assistants-Weg führt ihn so aus, wie der Server ihn hat.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="78"/>
        <source>This server does not offer the Assistants API.</source>
        <translation>Dieser Server bietet die Assistants-API nicht an.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="80"/>
        <source>Push the assistant first: the Assistants way runs it as the server has it.</source>
        <translation>Übertragen Sie den Assistenten zuerst: Der Assistants-Weg führt ihn so aus, wie der Server ihn hat.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="112"/>
        <source>This conversation is closed.</source>
        <translation>Diese Unterhaltung ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="114"/>
        <source>Wait for the answer or stop it first.</source>
        <translation>Warten Sie auf die Antwort oder halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="117"/>
        <source>The assistant waits for a function result: give it or stop the turn first.</source>
        <translation>Der Assistent wartet auf ein Funktionsergebnis: Geben Sie es an oder halten Sie die Runde zuerst an.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="129"/>
        <source>There is nothing to retry.</source>
        <translation>Es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="161"/>
        <source>No function call is waiting for a result.</source>
        <translation>Kein Funktionsaufruf wartet auf ein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="168"/>
        <source>No call %1 is waiting for a result.</source>
        <translation>Kein Aufruf %1 wartet auf ein Ergebnis.</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="434"/>
        <source>The answer broke off: %1</source>
        <translation>Die Antwort brach ab: %1</translation>
    </message>
    <message>
        <location filename="../app/conversation/conversation.cpp" line="437"/>
        <source>The answer ended before it was complete.</source>
        <translation>Die Antwort endete, bevor sie vollständig war.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../ui/conversationpane.cpp" line="44"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="46"/>
        <source>Type a message below and send it with Ctrl+Enter; the answer streams in here.</source>
        <translation>Geben Sie unten eine Nachricht ein und senden Sie sie mit Ctrl+Enter; die Antwort erscheint hier fortlaufend.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="51"/>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="53"/>
        <source>Send the last message again; the partial answer is dropped</source>
        <translation>Die letzte Nachricht erneut senden; die unvollständige Antwort wird verworfen</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="249"/>
        <source>Answering…</source>
        <translation>Antwortet…</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="253"/>
        <source>Waiting for a function result.</source>
        <translation>Warte auf ein Funktionsergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="254"/>
        <source>%1 was called: give its result below and submit it to go on.</source>
        <translation>%1 wurde aufgerufen: Geben Sie unten sein Ergebnis an und senden Sie es ab, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="259"/>
        <source>Incomplete: %1</source>
        <translation>Unvollständig: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="259"/>
        <source>the answer broke off.</source>
        <translation>die Antwort brach ab.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="263"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="267"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="275"/>
        <source>This conversation: %1 tokens in · %2 out</source>
        <translation>Diese Unterhaltung: %1 Tokens ein · %2 aus</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="316"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="337"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="340"/>
        <source>Code interpreter ran:</source>
        <translation>Code-Interpreter ausgeführt:</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="340"/>
        <source>Code interpreter is running:</source>
        <translation>Code-Interpreter läuft:</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="351"/>
        <source>Called &lt;b&gt;%1&lt;/b&gt; with:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aufgerufen mit:</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="353"/>
        <source>Returned: %1</source>
        <translation>Zurückgegeben: %1</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="354"/>
        <source>(waiting for its result)</source>
        <translation>(wartet auf sein Ergebnis)</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="368"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="373"/>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 Tokens ein · %2 aus</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="379"/>
        <source>⚠ incomplete</source>
        <translation>⚠ unvollständig</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="383"/>
        <source>✕ failed</source>
        <translation>✕ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/conversationpane.cpp" line="386"/>
        <source>■ stopped</source>
        <translation>■ angehalten</translation>
    </message>
</context>
<context>
    <name>CreateGuard</name>
    <message>
        <location filename="../app/sync/createguard.cpp" line="56"/>
        <source>Another program on this workspace is creating this %1 in OpenAI right now. Try again when it has finished.</source>
        <translation>Ein anderes Programm in diesem Arbeitsbereich erstellt gerade dieses %1 in OpenAI. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>CreateIntents</name>
    <message>
        <location filename="../app/storage/createintents.cpp" line="36"/>
        <source>Another program on this workspace is creating this %1 in OpenAI right now (since %2). Try again when it has finished.</source>
        <translation>Ein anderes Programm in diesem Arbeitsbereich erstellt gerade dieses %1 in OpenAI (seit %2). Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/storage/createintents.cpp" line="53"/>
        <source>Another program linked %1 to this record in OpenAI meanwhile. Check it, then push again.</source>
        <translation>Ein anderes Programm hat inzwischen %1 mit diesem Eintrag in OpenAI verknüpft. Prüfen Sie es und übertragen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/storage/createintents.cpp" line="54"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="26"/>
        <source>Cannot open workspace “%1”: %2</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="31"/>
        <source>it is locked by another program. Close the other program and try again. The file was left untouched.</source>
        <translation>Die Datei ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm und versuchen Sie es erneut. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="54"/>
        <source>The server %1 rejected the password of the role “%2”. Nothing was changed.</source>
        <translation>Der Server %1 hat das Passwort der Rolle „%2“ abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="58"/>
        <source>The server %1 needs the password of the role “%2”. Set PGPASSWORD or store it in the system keychain (Assistant Desk asks for it once).</source>
        <translation>Der Server %1 braucht das Passwort der Rolle „%2“. Setzen Sie PGPASSWORD oder speichern Sie es im Schlüsselbund des Systems (Assistant Desk fragt einmal danach).</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="64"/>
        <source>The database “%1” does not exist on %2. Ask its administrator to create it (createdb), then create the workspace in it: assistant-desk-cli workspace init %3</source>
        <translation>Die Datenbank „%1“ existiert auf %2 nicht. Bitten Sie ihren Administrator, sie anzulegen (createdb), und erstellen Sie dann den Arbeitsbereich darin: assistant-desk-cli workspace init %3</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="69"/>
        <source>The role “%1” does not exist on %2.</source>
        <translation>Die Rolle „%1“ existiert auf %2 nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="72"/>
        <source>The role “%1” may not connect to the database “%2” on %3.</source>
        <translation>Die Rolle „%1“ darf sich nicht mit der Datenbank „%2“ auf %3 verbinden.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="76"/>
        <source>The TLS connection to %1 failed (sslmode=%2): %3</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen (sslmode=%2): %3</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="79"/>
        <source>Cannot reach the workspace server %1: %2</source>
        <translation>Der Arbeitsbereich-Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="120"/>
        <source>it is not an Assistant Desk workspace (%1). The file was left untouched.</source>
        <translation>Die Datei ist kein Arbeitsbereich von Assistant Desk (%1). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="190"/>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="195"/>
        <source>it is a folder</source>
        <translation>Der Pfad ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="202"/>
        <source>it is not an Assistant Desk workspace (not an SQLite database). The file was left untouched.</source>
        <translation>Die Datei ist kein Arbeitsbereich von Assistant Desk (keine SQLite-Datenbank). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="209"/>
        <source>it was written by a newer version of Assistant Desk (workspace format %1; this version reads up to %2). Update Assistant Desk. The file was left untouched.</source>
        <translation>Die Datei wurde von einer neueren Version von Assistant Desk geschrieben (Arbeitsbereichsformat %1; diese Version liest bis %2). Aktualisieren Sie Assistant Desk. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="216"/>
        <source>it is an SQLite database of another program, not an Assistant Desk workspace. The file was left untouched.</source>
        <translation>Die Datei ist eine SQLite-Datenbank eines anderen Programms, kein Arbeitsbereich von Assistant Desk. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="221"/>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="247"/>
        <source>it was written by a newer version of Assistant Desk. The file was left untouched.</source>
        <translation>Die Datei wurde von einer neueren Version von Assistant Desk geschrieben. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="286"/>
        <source>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="309"/>
        <location filename="../app/storage/database.cpp" line="377"/>
        <source>the server did not answer</source>
        <translation>der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="318"/>
        <source>the database holds tables of another program, not an Assistant Desk workspace. Nothing was changed.</source>
        <translation>die Datenbank enthält Tabellen eines anderen Programms, keinen Assistant-Desk-Arbeitsbereich. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="322"/>
        <source>The database “%1” holds no Assistant Desk workspace yet. Create one with: assistant-desk-cli workspace init %2</source>
        <translation>Die Datenbank „%1“ enthält noch keinen Assistant-Desk-Arbeitsbereich. Erstellen Sie einen mit: assistant-desk-cli workspace init %2</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="335"/>
        <source>The role “%1” may not create tables in the database “%2”. Ask the database owner to run workspace init, or to grant CREATE on its schema. Nothing was changed.</source>
        <translation>Die Rolle „%1“ darf in der Datenbank „%2“ keine Tabellen erstellen. Bitten Sie den Eigentümer der Datenbank, workspace init auszuführen oder CREATE auf ihrem Schema zu gewähren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="344"/>
        <source>The database “%1” already holds an Assistant Desk workspace (format %2). Nothing was changed.</source>
        <translation>Die Datenbank „%1“ enthält bereits einen Assistant-Desk-Arbeitsbereich (Format %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="350"/>
        <source>it was written by a newer version of Assistant Desk (workspace format %1; this version reads up to %2). Update Assistant Desk. Nothing was changed.</source>
        <translation>er wurde von einer neueren Version von Assistant Desk geschrieben (Arbeitsbereich-Format %1; diese Version liest bis %2). Aktualisieren Sie Assistant Desk. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="383"/>
        <source>The role “%1” may not read the workspace in “%2”. Ask the database owner for access.</source>
        <translation>Die Rolle „%1“ darf den Arbeitsbereich in „%2“ nicht lesen. Bitten Sie den Eigentümer der Datenbank um Zugriff.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="404"/>
        <location filename="../app/storage/database.cpp" line="416"/>
        <source>updating the workspace format to %1</source>
        <translation>Aktualisieren des Arbeitsbereichsformats auf %1</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="486"/>
        <source>This team workspace is read-only for the role “%1”. Ask the database owner for write access.</source>
        <translation>Dieser Team-Arbeitsbereich ist für die Rolle „%1“ schreibgeschützt. Bitten Sie den Eigentümer der Datenbank um Schreibzugriff.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="531"/>
        <source>starting a change</source>
        <translation>Beginnen einer Änderung</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="547"/>
        <location filename="../app/storage/database.cpp" line="559"/>
        <source>saving the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="589"/>
        <source>connecting again</source>
        <translation>verbinde erneut</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="621"/>
        <source>preparing a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="695"/>
        <source>Cannot reach the workspace server %1 (%2). Nothing was saved; try again when it is back.</source>
        <translation>Der Arbeitsbereich-Server %1 ist nicht erreichbar (%2). Es wurde nichts gespeichert; versuchen Sie es erneut, wenn er wieder da ist.</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="451"/>
        <location filename="../app/storage/database.cpp" line="652"/>
        <source>running a query</source>
        <translation>Ausführen einer Abfrage</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="670"/>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="688"/>
        <location filename="../app/storage/database.cpp" line="705"/>
        <source>Workspace error while %1: %2</source>
        <translation>Fehler im Arbeitsbereich beim %1: %2</translation>
    </message>
</context>
<context>
    <name>DeletionJobModel</name>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="97"/>
        <source>Waiting to be deleted in OpenAI; runs when the app is online.</source>
        <translation>Wartet auf die Löschung in OpenAI; wird ausgeführt, wenn die App online ist.</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="98"/>
        <source>Being deleted in OpenAI now.</source>
        <translation>Wird gerade in OpenAI gelöscht.</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="99"/>
        <source>Deleted in OpenAI (or already gone).</source>
        <translation>In OpenAI gelöscht (oder bereits entfernt).</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="100"/>
        <source>The deletion failed; select it and choose Retry.</source>
        <translation>Die Löschung ist fehlgeschlagen; wählen Sie sie aus und klicken Sie auf „Wiederholen“.</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Remote ID</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="139"/>
        <source>Remote cleanup: %1 failed, %2 pending</source>
        <translation>Remote-Bereinigung: %1 fehlgeschlagen, %2 ausstehend</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/deletionjobmodel.cpp" line="141"/>
        <source>Remote cleanup: %n failed</source>
        <translation>
            <numerusform>Remote-Bereinigung: %n fehlgeschlagen</numerusform>
            <numerusform>Remote-Bereinigung: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/deletionjobmodel.cpp" line="143"/>
        <source>Remote cleanup: %n pending</source>
        <translation>
            <numerusform>Remote-Bereinigung: %n ausstehend</numerusform>
            <numerusform>Remote-Bereinigung: %n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="144"/>
        <source>Remote cleanup: done</source>
        <translation>Remote-Bereinigung: erledigt</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="150"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="150"/>
        <source>Vector store</source>
        <translation>Vektorspeicher</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="150"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="157"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="157"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="157"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="158"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DeletionQueue</name>
    <message>
        <location filename="../app/archive/deletionqueue.cpp" line="105"/>
        <location filename="../app/versions/releaser.cpp" line="64"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="65"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="66"/>
        <source>“%1” has unsaved changes. Save them before continuing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
</context>
<context>
    <name>DifferencesTab</name>
    <message>
        <location filename="../ui/differencestab.cpp" line="71"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="71"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="71"/>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="71"/>
        <source>Resolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="84"/>
        <source>Choose per row whether to keep the workspace value or take the OpenAI value, then Apply. Apply works offline; what is still different can be pushed afterwards.</source>
        <translation>Wählen Sie je Zeile, ob der Wert des Arbeitsbereichs bleibt oder der Wert aus OpenAI übernommen wird, und klicken Sie dann auf „Übernehmen“. Übernehmen funktioniert offline; was danach noch abweicht, kann anschließend übertragen werden.</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="89"/>
        <location filename="../ui/differencestab.cpp" line="175"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="91"/>
        <source>Write the values of the rows set to “Take OpenAI” into the workspace</source>
        <translation>Die Werte der Zeilen mit „OpenAI übernehmen“ in den Arbeitsbereich schreiben</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="107"/>
        <source>Select a row to compare its workspace and OpenAI values line by line.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Werte aus Arbeitsbereich und OpenAI zeilenweise zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/differencestab.cpp" line="175"/>
        <source>Apply (%n)</source>
        <translation>
            <numerusform>Übernehmen (%n)</numerusform>
            <numerusform>Übernehmen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="180"/>
        <source>Differences (%1)</source>
        <translation>Unterschiede (%1)</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="180"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="190"/>
        <source>Never pushed: this assistant is not in OpenAI yet. Push it to create it.</source>
        <translation>Nie übertragen: Dieser Assistent ist noch nicht in OpenAI. Übertragen Sie ihn, um ihn dort zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="193"/>
        <source>Not checked yet. Use Check to compare it with OpenAI.</source>
        <translation>Noch nicht geprüft. Mit „Prüfen“ wird er mit OpenAI verglichen.</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="196"/>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="196"/>
        <source>In sync · checked %1</source>
        <translation>Synchron · geprüft %1</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="199"/>
        <source>%1 · checked %2</source>
        <translation>%1 · geprüft %2</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="202"/>
        <source>This assistant no longer exists in OpenAI (%1). Push re-creates it.</source>
        <translation>Dieser Assistent existiert in OpenAI nicht mehr (%1). Übertragen erstellt ihn neu.</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="205"/>
        <source>No Assistants API</source>
        <translation>Keine Assistants API</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="205"/>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="211"/>
        <source>Last known: %1, checked %2 (stale)</source>
        <translation>Zuletzt bekannt: %1, geprüft %2 (veraltet)</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="242"/>
        <source>Only in the workspace: %1</source>
        <translation>Nur im Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="244"/>
        <source>Only in OpenAI: %1</source>
        <translation>Nur in OpenAI: %1</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="260"/>
        <source>Keep workspace</source>
        <translation>Arbeitsbereich behalten</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="261"/>
        <source>Take OpenAI</source>
        <translation>OpenAI übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="262"/>
        <source>Resolve %1</source>
        <translation>%1 auflösen</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="263"/>
        <source>Keep the workspace value (pushed later), or take the OpenAI value into the workspace</source>
        <translation>Den Wert des Arbeitsbereichs behalten (wird später übertragen) oder den Wert aus OpenAI in den Arbeitsbereich übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="273"/>
        <source>only in the workspace</source>
        <translation>nur im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="273"/>
        <source>only in OpenAI</source>
        <translation>nur in OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="274"/>
        <source>no remote id</source>
        <translation>keine Remote-ID</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="275"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="277"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="290"/>
        <source>- workspace</source>
        <translation>- Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="290"/>
        <source>+ OpenAI</source>
        <translation>+ OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="312"/>
        <location filename="../ui/differencestab.cpp" line="320"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="314"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="316"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="316"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>ExperimentListModel</name>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="23"/>
        <source>Assistant: %1</source>
        <translation>Assistent: %1</translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="25"/>
        <source>Pipeline: %1</source>
        <translation>Pipeline: %1</translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="26"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="36"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="36"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="36"/>
        <source>Uses</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="36"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>ExperimentView</name>
    <message>
        <location filename="../ui/experimentview.cpp" line="60"/>
        <source>The assistant this experiment uses directly</source>
        <translation>Der Assistent, den dieses Experiment direkt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="61"/>
        <source>Remove assistant</source>
        <translation>Assistent entfernen</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="63"/>
        <source>Remove pipeline</source>
        <translation>Pipeline entfernen</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="64"/>
        <source>⚠ Highlighted: uses the assistant you are archiving.</source>
        <translation>⚠ Hervorgehoben: verwendet den Assistenten, den Sie archivieren.</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="66"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="67"/>
        <source>Make this the published version (the family&apos;s other versions are unpublished)</source>
        <translation>Diese Version veröffentlichen (für die anderen Versionen der Familie wird die Veröffentlichung aufgehoben)</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="68"/>
        <source>Unpublish</source>
        <translation>Veröffentlichung aufheben</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="69"/>
        <source>Release…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="70"/>
        <source>Create a version of this experiment and of the assistants it uses</source>
        <translation>Eine Version dieses Experiments und der verwendeten Assistenten erstellen</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="71"/>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="75"/>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="76"/>
        <source>Archived:</source>
        <translation>Archiviert:</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="77"/>
        <source>&amp;Assistant (direct):</source>
        <translation>A&amp;ssistent (direkt):</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="80"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="140"/>
        <source>Archived: this experiment record is read-only.</source>
        <translation>Archiviert: Dieses Experiment ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="141"/>
        <source>Read-only: released version v%1 of %2. Publish, unpublish or archive it here.</source>
        <translation>Schreibgeschützt: freigegebene Version v%1 von %2. Hier können Sie sie veröffentlichen, ihre Veröffentlichung aufheben oder sie archivieren.</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="208"/>
        <source>This archives this released version. It stays in the workspace, read-only; there is no unarchive.</source>
        <translation>Damit wird diese freigegebene Version archiviert. Sie bleibt schreibgeschützt im Arbeitsbereich; das Archivieren kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="209"/>
        <source>This archives the experiment and its released versions. They stay in the workspace, read-only; there is no unarchive.</source>
        <translation>Damit werden das Experiment und seine freigegebenen Versionen archiviert. Sie bleiben schreibgeschützt im Arbeitsbereich; das Archivieren kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="26"/>
        <source>E&amp;xport for Responses API…</source>
        <translation>Für Responses API e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="28"/>
        <source>Show the assistant as a Responses-API request config to copy or save</source>
        <translation>Den Assistenten als Anfragekonfiguration für die Responses API zum Kopieren oder Speichern anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="33"/>
        <source>Export &amp;bundle…</source>
        <translation>B&amp;undle exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="35"/>
        <source>Save the assistant, every version, the file list and the local file copies in one zip file</source>
        <translation>Den Assistenten, jede Version, die Dateiliste und die lokalen Dateikopien in einer ZIP-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="39"/>
        <source>Import &amp;bundle…</source>
        <translation>Bundle i&amp;mportieren…</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="83"/>
        <source>Export bundle</source>
        <translation>Bundle exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportcontroller.cpp" line="94"/>
        <source>Bundle saved to %1, without the contents of %n file(s): the workspace has no local copy of them.</source>
        <translation>
            <numerusform>Bundle in %1 gespeichert, ohne den Inhalt von %n Datei: Der Arbeitsbereich hat keine lokale Kopie davon.</numerusform>
            <numerusform>Bundle in %1 gespeichert, ohne den Inhalt von %n Dateien: Der Arbeitsbereich hat keine lokale Kopie davon.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="101"/>
        <source>Bundle saved to %1.</source>
        <translation>Bundle in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="109"/>
        <source>Import bundle</source>
        <translation>Bundle importieren</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="119"/>
        <source>Imported “%1” from %2.</source>
        <translation>„%1“ aus %2 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="126"/>
        <source>Assistant Desk bundles (*.zip);;All files (*)</source>
        <translation>Assistant-Desk-Bundles (*.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FunctionCallPanel</name>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="17"/>
        <location filename="../ui/functioncallpanel.cpp" line="83"/>
        <source>The assistant waits for a function result</source>
        <translation>Der Assistent wartet auf ein Funktionsergebnis</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="27"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="32"/>
        <source>Saved results</source>
        <translation>Gespeicherte Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="36"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="37"/>
        <source>What the function returned, e.g. {&quot;status&quot;: &quot;shipped&quot;}</source>
        <translation>Was die Funktion zurückgegeben hat, z. B. {&quot;status&quot;: &quot;shipped&quot;}</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="40"/>
        <source>Su&amp;bmit result</source>
        <translation>Ergebnis a&amp;bsenden</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="42"/>
        <source>Send the result to the assistant (Ctrl+Enter)</source>
        <translation>Das Ergebnis an den Assistenten senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="45"/>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="46"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="49"/>
        <source>Sa&amp;ved result:</source>
        <translation>Gespei&amp;chertes Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="52"/>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/functioncallpanel.cpp" line="82"/>
        <source>The assistant waits for %n function result(s)</source>
        <translation>
            <numerusform>Der Assistent wartet auf %n Funktionsergebnis</numerusform>
            <numerusform>Der Assistent wartet auf %n Funktionsergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="87"/>
        <source>No saved results for %1</source>
        <translation>Keine gespeicherten Ergebnisse für %1</translation>
    </message>
    <message>
        <location filename="../ui/functioncallpanel.cpp" line="88"/>
        <source>Pick a result saved in a check…</source>
        <translation>Ein in einer Prüfung gespeichertes Ergebnis wählen…</translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="36"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="38"/>
        <source>Add function</source>
        <translation>Funktion hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="39"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="40"/>
        <source>Function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="43"/>
        <source>Parameters (JSON)</source>
        <translation>Parameter (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="47"/>
        <source>Pretty-print</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="48"/>
        <source>Strict (the model must follow the schema exactly)</source>
        <translation>Strikt (das Modell muss das Schema genau einhalten)</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="72"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="73"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="74"/>
        <source>Parameters (JSON):</source>
        <translation>Parameter (JSON):</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="111"/>
        <source>invalid JSON: %1 at character %2</source>
        <translation>ungültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="113"/>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="149"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="203"/>
        <source>new_function</source>
        <translation>neue_funktion</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsController</name>
    <message>
        <location filename="../ui/generalsettingscontroller.cpp" line="15"/>
        <source>&amp;General…</source>
        <translation>&amp;Allgemein…</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingscontroller.cpp" line="17"/>
        <source>Concurrent requests, request timeout and language</source>
        <translation>Gleichzeitige Anfragen, Zeitlimit pro Anfrage und Sprache</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingscontroller.cpp" line="31"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsDialog</name>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="21"/>
        <source>General settings</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="27"/>
        <source>How many requests run at once, for Check all and every other server action (1–32)</source>
        <translation>Wie viele Anfragen gleichzeitig laufen, für „Alle prüfen“ und jede andere Serveraktion (1–32)</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="33"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="35"/>
        <source>How long one request may wait for an answer before it is retried; uploads time out only without progress</source>
        <translation>Wie lange eine Anfrage auf eine Antwort warten darf, bevor sie wiederholt wird; Uploads laufen nur ohne Fortschritt ab</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="41"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="41"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="41"/>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="46"/>
        <source>Takes effect after restarting Assistant Desk.</source>
        <translation>Wird nach einem Neustart von Assistant Desk wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="50"/>
        <source>The theme follows the system&apos;s light or dark palette.</source>
        <translation>Das Design folgt der hellen oder dunklen Farbpalette des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="55"/>
        <source>&amp;Concurrent requests:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="56"/>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit pro Anfrage:</translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../ui/generaltab.cpp" line="51"/>
        <location filename="../ui/generaltab.cpp" line="261"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="52"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="59"/>
        <location filename="../ui/generaltab.cpp" line="260"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="59"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="60"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="68"/>
        <location filename="../ui/generaltab.cpp" line="71"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="72"/>
        <location filename="../ui/generaltab.cpp" line="75"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="79"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="80"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="80"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="86"/>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="87"/>
        <source>Remove pair</source>
        <translation>Paar entfernen</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="109"/>
        <source>Top P:</source>
        <translation>Top P:</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="132"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="142"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="143"/>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="144"/>
        <source>&amp;Instructions:</source>
        <translation>Anwe&amp;isungen:</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="145"/>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="146"/>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="204"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../ui/helpcontroller.cpp" line="14"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/helpcontroller.cpp" line="20"/>
        <source>&amp;About Assistant Desk</source>
        <translation>Ü&amp;ber Assistant Desk</translation>
    </message>
</context>
<context>
    <name>ImportAllDialog</name>
    <message>
        <location filename="../ui/importalldialog.cpp" line="60"/>
        <source>Import all from OpenAI</source>
        <translation>Alle aus OpenAI importieren</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="72"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="72"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="72"/>
        <source>In the workspace</source>
        <translation>Im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="76"/>
        <source>Assistants in OpenAI</source>
        <translation>Assistenten in OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="96"/>
        <source>Select all &amp;new</source>
        <translation>Alle &amp;neuen auswählen</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="99"/>
        <source>Select n&amp;one</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="102"/>
        <source>&amp;List again</source>
        <translation>Erneut &amp;auflisten</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="107"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="190"/>
        <source>Could not list the assistants in OpenAI: %1</source>
        <translation>Die Assistenten in OpenAI konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="222"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="229"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="233"/>
        <source>Already in the workspace as “%1”</source>
        <translation>Bereits im Arbeitsbereich als „%1“</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="303"/>
        <source>Importing %1 of %2</source>
        <translation>Import %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="310"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="329"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="334"/>
        <source>Imported %1 · already in the workspace %2 · failed %3</source>
        <translation>Importiert: %1 · bereits im Arbeitsbereich: %2 · fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="339"/>
        <source>Import cancelled: %1 · not imported %2</source>
        <translation>Import abgebrochen: %1 · nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="368"/>
        <source>Listing assistants in OpenAI…</source>
        <translation>Assistenten in OpenAI werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="383"/>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="390"/>
        <source>Listing every assistant in OpenAI…</source>
        <translation>Alle Assistenten in OpenAI werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="392"/>
        <source>Not listed yet.</source>
        <translation>Noch nicht aufgelistet.</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="392"/>
        <source>Not listed yet. Listing needs a connection to the server.</source>
        <translation>Noch nicht aufgelistet. Zum Auflisten ist eine Verbindung zum Server nötig.</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="396"/>
        <source>Listed %1 — offline, import not available</source>
        <translation>Aufgelistet %1 — offline, Import nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="398"/>
        <source>Listed %1 (listing again failed) · %2 in OpenAI, %3 new</source>
        <translation>Aufgelistet %1 (erneutes Auflisten fehlgeschlagen) · %2 in OpenAI, %3 neu</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="400"/>
        <source>Listed %1 · %2 in OpenAI, %3 new</source>
        <translation>Aufgelistet %1 · %2 in OpenAI, %3 neu</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="405"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="407"/>
        <source>Import the checked assistants into the workspace</source>
        <translation>Die angehakten Assistenten in den Arbeitsbereich importieren</translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="409"/>
        <source>List the assistants in OpenAI again</source>
        <translation>Die Assistenten in OpenAI erneut auflisten</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="188"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="198"/>
        <location filename="../app/interchange/interchange.cpp" line="237"/>
        <location filename="../app/interchange/interchange.cpp" line="774"/>
        <location filename="../app/interchange/interchange.cpp" line="779"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="202"/>
        <location filename="../app/interchange/interchange.cpp" line="278"/>
        <location filename="../app/interchange/interchange.cpp" line="493"/>
        <location filename="../app/interchange/interchange.cpp" line="522"/>
        <location filename="../app/interchange/interchange.cpp" line="784"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="214"/>
        <source>must be a string or null</source>
        <translation>muss eine Zeichenkette oder null sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="226"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="242"/>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="254"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="266"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="292"/>
        <location filename="../app/interchange/interchange.cpp" line="514"/>
        <location filename="../app/interchange/interchange.cpp" line="527"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="359"/>
        <source>duplicate id %1 (also at %2)</source>
        <translation>doppelte ID %1 (auch bei %2)</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="364"/>
        <source>id already exists in the workspace (%1)</source>
        <translation>ID existiert bereits im Arbeitsbereich (%1)</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="402"/>
        <source>unknown file id %1</source>
        <translation>unbekannte Datei-ID %1</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="403"/>
        <source>unknown assistant id %1</source>
        <translation>unbekannte Assistenten-ID %1</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="404"/>
        <source>unknown experiment id %1</source>
        <translation>unbekannte Experiment-ID %1</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="405"/>
        <source>unknown pipeline id %1</source>
        <translation>unbekannte Pipeline-ID %1</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="406"/>
        <source>unknown check id %1</source>
        <translation>unbekannte Prüfungs-ID %1</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="417"/>
        <source>%1 is also used at %2</source>
        <translation>%1 wird auch bei %2 verwendet</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="421"/>
        <source>%1 is already linked in the workspace</source>
        <translation>%1 ist im Arbeitsbereich bereits verknüpft</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="444"/>
        <source>is not valid base64</source>
        <translation>ist kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="446"/>
        <source>decodes to %1 bytes, but size is %2</source>
        <translation>ergibt dekodiert %1 Byte, aber size ist %2</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="450"/>
        <source>its SHA-256 is %1, but sha256 is %2</source>
        <translation>die SHA-256-Prüfsumme ist %1, aber sha256 ist %2</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="475"/>
        <source>%1 is listed twice</source>
        <translation>%1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="481"/>
        <source>must be &quot;code_interpreter&quot; or &quot;file_search&quot;</source>
        <translation>muss &quot;code_interpreter&quot; oder &quot;file_search&quot; sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="498"/>
        <location filename="../app/interchange/interchange.cpp" line="766"/>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="559"/>
        <location filename="../app/interchange/interchange.cpp" line="570"/>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="561"/>
        <source>version %1 appears twice in this family</source>
        <translation>Version %1 kommt in dieser Familie zweimal vor</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="569"/>
        <source>must be greater than every version number (highest is %1)</source>
        <translation>muss größer als jede Versionsnummer sein (die höchste ist %1)</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="639"/>
        <location filename="../app/interchange/interchange.cpp" line="692"/>
        <location filename="../app/interchange/interchange.cpp" line="695"/>
        <location filename="../app/interchange/interchange.cpp" line="716"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="641"/>
        <location filename="../app/interchange/interchange.cpp" line="658"/>
        <location filename="../app/interchange/interchange.cpp" line="718"/>
        <location filename="../app/interchange/interchange.cpp" line="732"/>
        <source>%1 is not a valid id</source>
        <translation>%1 ist keine gültige ID</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="664"/>
        <source>only one version of an experiment can be published (also %1)</source>
        <translation>nur eine Version eines Experiments kann veröffentlicht sein (auch %1)</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="688"/>
        <source>duplicate node id %1 (also at %2)</source>
        <translation>doppelte Knoten-ID %1 (auch bei %2)</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="698"/>
        <source>only nodes of type &quot;assistant&quot; may name an assistant</source>
        <translation>nur Knoten vom Typ &quot;assistant&quot; dürfen einen Assistenten angeben</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="753"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="760"/>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="764"/>
        <source>invalid JSON at %1: %2</source>
        <translation>ungültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="776"/>
        <source>must be &quot;%1&quot;</source>
        <translation>muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="782"/>
        <source>must be %1 (this version of Assistant Desk reads format version %1)</source>
        <translation>muss %1 sein (diese Version von Assistant Desk liest Formatversion %1)</translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="814"/>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../ui/jobprogress.cpp" line="19"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../ui/jobprogress.cpp" line="21"/>
        <location filename="../ui/jobprogress.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobprogress.cpp" line="38"/>
        <source>Checking %1 of %2</source>
        <translation>Prüfung %1 von %2</translation>
    </message>
</context>
<context>
    <name>JsonSchemaSubset</name>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="28"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="30"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="32"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="34"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="36"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="38"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="39"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="90"/>
        <source>must be a JSON schema (an object)</source>
        <translation>muss ein JSON-Schema sein (ein Objekt)</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="106"/>
        <source>must name at least one type</source>
        <translation>muss mindestens einen Typ nennen</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="109"/>
        <source>%1 is not a type; use one of %2</source>
        <translation>%1 ist kein Typ; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="115"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="128"/>
        <source>must be an array of property names</source>
        <translation>muss ein Array von Eigenschaftsnamen sein</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="133"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="141"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="144"/>
        <source>must be a whole number of at least 0</source>
        <translation>muss eine ganze Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="163"/>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="163"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="173"/>
        <source>must be one of %1</source>
        <translation>muss einer von %1 sein</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="179"/>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="181"/>
        <source>must be at most %1</source>
        <translation>muss höchstens %1 sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/jsonschemasubset.cpp" line="188"/>
        <source>must have at least %n character(s)</source>
        <translation>
            <numerusform>muss mindestens %n Zeichen haben</numerusform>
            <numerusform>muss mindestens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/jsonschemasubset.cpp" line="190"/>
        <source>must have at most %n character(s)</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
            <numerusform>darf höchstens %n Zeichen haben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="197"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/domain/jsonschemasubset.cpp" line="204"/>
        <source>is not allowed</source>
        <translation>ist nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/secrets/keychainsecretstore.cpp" line="40"/>
        <source>The system keychain is not available (%1).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../app/secrets/keychainsecretstore.cpp" line="41"/>
        <source>The system keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund des Systems: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Assistant Desk workspaces (*.adesk);;All files (*)</source>
        <translation>Assistant-Desk-Arbeitsbereiche (*.adesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Arbeitsbereichsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Import workspace file…</source>
        <translation>Arbeitsbereichsdatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;Export workspace file…</source>
        <translation>Arbeitsbereichsdatei &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;New assistant</source>
        <translation>&amp;Neuer Assistent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Save the assistant (Ctrl+S)</source>
        <translation>Den Assistenten speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Drop the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>Copy the assistant as a new, never-pushed assistant</source>
        <translation>Den Assistenten als neuen, nie übertragenen Assistenten kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source>Released.</source>
        <translation>Freigegeben.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>Applied: “%1” now matches OpenAI.</source>
        <translation>Übernommen: „%1“ entspricht jetzt OpenAI.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="345"/>
        <source>Applied. %n difference(s) remain; push them when you are online.</source>
        <translation>
            <numerusform>Übernommen. %n Unterschied bleibt; übertragen Sie ihn, sobald Sie online sind.</numerusform>
            <numerusform>Übernommen. %n Unterschiede bleiben; übertragen Sie sie, sobald Sie online sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="392"/>
        <source>The workspace %1 could not be opened.
%2</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geöffnet werden.
%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>%1 (offline copy)</source>
        <translation>%1 (Offline-Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="530"/>
        <source>Select an assistant on the left, or create one with Ctrl+N.</source>
        <translation>Wählen Sie links einen Assistenten aus oder erstellen Sie einen mit Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>Select an experiment on the left to see its details.</source>
        <translation>Wählen Sie links ein Experiment aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="536"/>
        <source>Select a pipeline on the left to see its nodes.</source>
        <translation>Wählen Sie links eine Pipeline aus, um ihre Knoten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>New assistant</source>
        <translation>Neuer Assistent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Could not create the assistant: %1</source>
        <translation>Der Assistent konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="607"/>
        <source>Could not duplicate the assistant: %1</source>
        <translation>Der Assistent konnte nicht dupliziert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="618"/>
        <location filename="../ui/mainwindow.cpp" line="623"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="624"/>
        <source>%1 already exists. Use “Open workspace…” to open it.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei mit „Arbeitsbereich öffnen…“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="632"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="641"/>
        <source>Import workspace file</source>
        <translation>Arbeitsbereichsdatei importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="651"/>
        <source>Nothing was imported from %1: the file has problems.</source>
        <translation>Aus %1 wurde nichts importiert: Die Datei ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="666"/>
        <source>Export workspace file</source>
        <translation>Arbeitsbereichsdatei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="675"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>Could not create the demo workspace: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="86"/>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="53"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="61"/>
        <source>&amp;Push…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="65"/>
        <source>&amp;Update from OpenAI…</source>
        <translation>Von OpenAI a&amp;ktualisieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="70"/>
        <source>&amp;Import all from OpenAI…</source>
        <translation>Alle aus OpenAI &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="75"/>
        <source>&amp;Archive…</source>
        <translation>A&amp;rchivieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="78"/>
        <source>Archive the assistant and its versions and delete them in OpenAI</source>
        <translation>Den Assistenten und seine Versionen archivieren und in OpenAI löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="47"/>
        <source>Work o&amp;ffline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="57"/>
        <source>Check a&amp;ll</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="81"/>
        <source>R&amp;emote cleanup…</source>
        <translation>Remote-B&amp;ereinigung…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="84"/>
        <source>Deletions in OpenAI after archiving, with their state</source>
        <translation>Löschungen in OpenAI nach dem Archivieren, mit ihrem Zustand</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="118"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="133"/>
        <source>Checked “%1”: %2</source>
        <translation>„%1“ geprüft: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="140"/>
        <source>Check all cancelled: %1</source>
        <translation>„Alle prüfen“ abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="180"/>
        <source>No API key is stored. Add one in Settings → Connection.</source>
        <translation>Es ist kein API-Schlüssel gespeichert. Fügen Sie einen unter Einstellungen → Verbindung hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="181"/>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="196"/>
        <source>Compare the assistant with OpenAI (F5)</source>
        <translation>Den Assistenten mit OpenAI vergleichen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="197"/>
        <source>Compare every assistant with OpenAI</source>
        <translation>Jeden Assistenten mit OpenAI vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="198"/>
        <source>Review and send the workspace version to OpenAI</source>
        <translation>Den Stand im Arbeitsbereich durchsehen und an OpenAI übertragen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="199"/>
        <source>Take the assistant as it is in OpenAI into the workspace</source>
        <translation>Den Assistenten so, wie er in OpenAI ist, in den Arbeitsbereich übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="200"/>
        <source>Import every assistant of the account</source>
        <translation>Alle Assistenten des Kontos importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="216"/>
        <source>Checking “%1”…</source>
        <translation>„%1“ wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="236"/>
        <source>Change the connection?</source>
        <translation>Verbindung ändern?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="237"/>
        <source>This workspace has assistants linked to the current server. Their ids mean nothing on another server or project, so every status becomes “Not checked yet”. Change the connection?</source>
        <translation>Dieser Arbeitsbereich enthält Assistenten, die mit dem aktuellen Server verknüpft sind. Ihre IDs gelten auf einem anderen Server oder in einem anderen Projekt nicht, daher wird jeder Status zu „Noch nicht geprüft“. Verbindung ändern?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="247"/>
        <source>Connection saved.</source>
        <translation>Verbindung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="265"/>
        <source>Pushed “%1”.</source>
        <translation>„%1“ übertragen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="279"/>
        <source>Take “%1” as it is in OpenAI into the workspace? Files no longer in OpenAI are detached from this assistant, never deleted.</source>
        <translation>„%1“ so, wie er in OpenAI ist, in den Arbeitsbereich übernehmen? Dateien, die nicht mehr in OpenAI sind, werden von diesem Assistenten getrennt, aber nie gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="286"/>
        <source>As of the last check this changes:</source>
        <translation>Laut der letzten Prüfung ändert sich Folgendes:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="288"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowsync.cpp" line="290"/>
        <source>• and %n more</source>
        <translation>
            <numerusform>• und %n weiterer</numerusform>
            <numerusform>• und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="293"/>
        <source>Discard your unpushed changes?</source>
        <translation>Ihre nicht übertragenen Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="294"/>
        <source>Update from OpenAI</source>
        <translation>Von OpenAI aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="298"/>
        <source>Updating “%1” from OpenAI…</source>
        <translation>„%1“ wird von OpenAI aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="302"/>
        <source>Could not update “%1” from OpenAI: %2</source>
        <translation>„%1“ konnte nicht von OpenAI aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="307"/>
        <source>Updated “%1” from OpenAI: %2</source>
        <translation>„%1“ von OpenAI aktualisiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="352"/>
        <source>“%1” changed in the workspace; Revert shows the stored version.</source>
        <translation>„%1“ wurde im Arbeitsbereich geändert; „Zurücksetzen“ zeigt den gespeicherten Stand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowarchive.cpp" line="50"/>
        <source>Archived. %n deletion(s) in OpenAI queued.</source>
        <translation>
            <numerusform>Archiviert. %n Löschung in OpenAI eingereiht.</numerusform>
            <numerusform>Archiviert. %n Löschungen in OpenAI eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowarchive.cpp" line="63"/>
        <source>Remote cleanup</source>
        <translation>Remote-Bereinigung</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="32"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="33"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagebanner.cpp" line="61"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="94"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="95"/>
        <location filename="../ui/navigatorpanel.cpp" line="141"/>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="95"/>
        <location filename="../ui/navigatorpanel.cpp" line="153"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="95"/>
        <location filename="../ui/navigatorpanel.cpp" line="156"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="103"/>
        <source>Search name or model (Ctrl+F)</source>
        <translation>Name oder Modell suchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="103"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="105"/>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="191"/>
        <source>New e&amp;xperiment</source>
        <translation>Neues E&amp;xperiment</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="193"/>
        <source>Create an unreleased experiment</source>
        <translation>Ein nicht freigegebenes Experiment erstellen</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="194"/>
        <source>New &amp;pipeline</source>
        <translation>Neue &amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="196"/>
        <source>Create a working pipeline without nodes</source>
        <translation>Eine Pipeline (Arbeitsversion) ohne Knoten erstellen</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="247"/>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="247"/>
        <source>Could not create the experiment: %1</source>
        <translation>Das Experiment konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="255"/>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="255"/>
        <source>Could not create the pipeline: %1</source>
        <translation>Die Pipeline konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="14"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="19"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>OfflineCache</name>
    <message>
        <location filename="../app/session/offlinecache.cpp" line="56"/>
        <source>Cannot keep the offline copy at %1.</source>
        <translation>Die Offline-Kopie kann nicht unter %1 gehalten werden.</translation>
    </message>
    <message>
        <location filename="../app/session/offlinecache.cpp" line="64"/>
        <source>No offline copy of %1 on this computer yet.</source>
        <translation>Noch keine Offline-Kopie von %1 auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../app/session/offlinecache.cpp" line="76"/>
        <source>The server of %1 cannot be reached. This is its offline copy as of %2: read-only until the server is back.</source>
        <translation>Der Server von %1 ist nicht erreichbar. Dies ist seine Offline-Kopie vom Stand %2: schreibgeschützt, bis der Server wieder da ist.</translation>
    </message>
</context>
<context>
    <name>OpenAi</name>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="558"/>
        <location filename="../app/sync/syncengine.cpp" line="755"/>
        <location filename="../app/versions/releaser.cpp" line="41"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OpenAi::ApiError</name>
    <message>
        <location filename="../app/openai/apierror.cpp" line="31"/>
        <source>Bad request (400)</source>
        <translation>Ungültige Anfrage (400)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="32"/>
        <source>Access denied (403)</source>
        <translation>Zugriff verweigert (403)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="33"/>
        <source>Not found (404)</source>
        <translation>Nicht gefunden (404)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="34"/>
        <source>Method not allowed (405)</source>
        <translation>Methode nicht erlaubt (405)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="35"/>
        <source>Request timeout (408)</source>
        <translation>Zeitüberschreitung der Anfrage (408)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="36"/>
        <source>Conflict (409)</source>
        <translation>Konflikt (409)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="37"/>
        <source>Request too large (413)</source>
        <translation>Anfrage zu groß (413)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="38"/>
        <source>Unsupported media type (415)</source>
        <translation>Nicht unterstützter Medientyp (415)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="39"/>
        <source>Unprocessable request (422)</source>
        <translation>Nicht verarbeitbare Anfrage (422)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="40"/>
        <source>HTTP error (%1)</source>
        <translation>HTTP-Fehler (%1)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="46"/>
        <source>%1 (request %2)</source>
        <translation>%1 (Anfrage %2)</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="83"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="90"/>
        <source>The server did not answer in time (1 attempt).</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (1 Versuch).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/openai/apierror.cpp" line="91"/>
        <source>The server did not answer in time (%n attempts).</source>
        <translation>
            <numerusform>Der Server hat nicht rechtzeitig geantwortet (%n Versuch).</numerusform>
            <numerusform>Der Server hat nicht rechtzeitig geantwortet (%n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="95"/>
        <source>Cannot reach %1 (1 attempt): %2</source>
        <translation>%1 ist nicht erreichbar (1 Versuch): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/openai/apierror.cpp" line="96"/>
        <source>Cannot reach %1 (%n attempts): %2</source>
        <translation>
            <numerusform>%1 ist nicht erreichbar (%n Versuch): %2</numerusform>
            <numerusform>%1 ist nicht erreichbar (%n Versuche): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="100"/>
        <source>The server sent a reply that is not valid JSON (HTTP %1): %2</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="107"/>
        <source>The server rejected the API key (401). Check Settings → Connection.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (401). Prüfen Sie Einstellungen → Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="109"/>
        <source>The server is rate-limiting requests. Tried once; try again later.</source>
        <translation>Der Server begrenzt die Anfragerate. Einmal versucht; versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/openai/apierror.cpp" line="110"/>
        <source>The server is rate-limiting requests. Tried %n times; try again later.</source>
        <translation>
            <numerusform>Der Server begrenzt die Anfragerate. %n-mal versucht; versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Server begrenzt die Anfragerate. %n-mal versucht; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="115"/>
        <source>Server error %1 after 1 attempt: %2</source>
        <translation>Serverfehler %1 nach 1 Versuch: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/openai/apierror.cpp" line="116"/>
        <source>Server error %1 after %n attempts: %2</source>
        <translation>
            <numerusform>Serverfehler %1 nach %n Versuch: %2</numerusform>
            <numerusform>Serverfehler %1 nach %n Versuchen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="121"/>
        <source>%1 does not offer the Assistants API (404). Point the base URL at an Assistants-v2-compatible server.</source>
        <translation>%1 bietet die Assistants API nicht an (404). Richten Sie die Basis-URL auf einen mit Assistants v2 kompatiblen Server.</translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OpenAi::Connection</name>
    <message>
        <location filename="../app/openai/connection.cpp" line="45"/>
        <source>Base URL: must be an absolute URL such as https://api.openai.com/v1.</source>
        <translation>Basis-URL: muss eine absolute URL sein, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="48"/>
        <source>Base URL: must start with https:// (or http:// for a server on this computer).</source>
        <translation>Basis-URL: muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="50"/>
        <source>Base URL: http:// is allowed only for a server on this computer (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation>Basis-URL: http:// ist nur für einen Server auf diesem Computer erlaubt (localhost, 127.0.0.1, ::1); verwenden Sie https://.</translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="53"/>
        <source>Base URL: must not contain a query, a fragment or credentials.</source>
        <translation>Basis-URL: darf weder eine Abfrage noch ein Fragment oder Zugangsdaten enthalten.</translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="61"/>
        <source>Organization: must be an id without spaces, such as org-…</source>
        <translation>Organisation: muss eine ID ohne Leerzeichen sein, z. B. org-…</translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="62"/>
        <source>Project: must be an id without spaces, such as proj_…</source>
        <translation>Projekt: muss eine ID ohne Leerzeichen sein, z. B. proj_…</translation>
    </message>
    <message>
        <location filename="../app/openai/apikey.cpp" line="19"/>
        <source>No API key is stored for %1. Add one in Settings → Connection.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Fügen Sie einen unter Einstellungen → Verbindung hinzu.</translation>
    </message>
</context>
<context>
    <name>OpenAi::OpenAiClient</name>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="424"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="459"/>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="461"/>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="496"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="522"/>
        <source>No API key is stored for %1. Add one in Settings → Connection.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Fügen Sie einen unter Einstellungen → Verbindung hinzu.</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="703"/>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="704"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="735"/>
        <source>the list has no &quot;data&quot; array</source>
        <translation>die Liste hat kein &quot;data&quot;-Array</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="961"/>
        <source>File batch: between 1 and 500 files per batch (now %1)</source>
        <translation>Datei-Batch: zwischen 1 und 500 Dateien pro Batch (jetzt %1)</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclientstreams.cpp" line="158"/>
        <source>nothing arrived for %1 s</source>
        <translation>seit %1 s ist nichts angekommen</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclientstreams.cpp" line="162"/>
        <source>the stream ended in the middle of an event</source>
        <translation>der Stream endete mitten in einem Ereignis</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclientstreams.cpp" line="164"/>
        <source>the stream ended before its last event</source>
        <translation>der Stream endete vor seinem letzten Ereignis</translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclientstreams.cpp" line="208"/>
        <source>expected a stream of events</source>
        <translation>einen Stream von Ereignissen erwartet</translation>
    </message>
</context>
<context>
    <name>OpenAi::SseParser</name>
    <message>
        <location filename="../app/openai/sse.cpp" line="99"/>
        <source>an event of the stream is larger than %1 bytes</source>
        <translation>ein Ereignis des Streams ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>OrphanScan</name>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="246"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="247"/>
        <source>was used by archived %1</source>
        <translation>wurde von archivierten Assistenten verwendet: %1</translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="268"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cleanup/orphanscan.cpp" line="269"/>
        <source>%n file(s) (%1)</source>
        <translation>
            <numerusform>%n Datei (%1)</numerusform>
            <numerusform>%n Dateien (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cleanup/orphanscan.cpp" line="270"/>
        <source>%n vector store(s) (%1)</source>
        <translation>
            <numerusform>%n Vektorspeicher (%1)</numerusform>
            <numerusform>%n Vektorspeicher (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="356"/>
        <source>skipped: now in use</source>
        <translation>übersprungen: wird jetzt verwendet</translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="382"/>
        <source>Listing assistants…</source>
        <translation>Assistenten werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="393"/>
        <source>Listing files…</source>
        <translation>Dateien werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="400"/>
        <source>Listing vector stores…</source>
        <translation>Vektorspeicher werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cleanup/orphanscan.cpp" line="413"/>
        <source>Listing the files of %n vector store(s)…</source>
        <translation>
            <numerusform>Die Dateien von %n Vektorspeicher werden aufgelistet…</numerusform>
            <numerusform>Die Dateien von %n Vektorspeichern werden aufgelistet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="439"/>
        <source>Listed the files of vector store %1 of %2…</source>
        <translation>Dateien von Vektorspeicher %1 von %2 aufgelistet…</translation>
    </message>
</context>
<context>
    <name>OrphanTableModel</name>
    <message>
        <location filename="../ui/orphansview.cpp" line="105"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="107"/>
        <source>No workspace assistant used it</source>
        <translation>Von keinem Assistenten des Arbeitsbereichs verwendet</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="114"/>
        <source>Vector store</source>
        <translation>Vektorspeicher</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="114"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="116"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="128"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="142"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="142"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="142"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>OrphansController</name>
    <message>
        <location filename="../ui/orphanscontroller.cpp" line="21"/>
        <source>&amp;Orphans…</source>
        <translation>&amp;Verwaiste Objekte…</translation>
    </message>
    <message>
        <location filename="../ui/orphanscontroller.cpp" line="24"/>
        <source>Files and vector stores in OpenAI that no assistant uses; delete them</source>
        <translation>Dateien und Vektorspeicher in OpenAI, die kein Assistent verwendet, anzeigen und löschen</translation>
    </message>
    <message>
        <location filename="../ui/orphanscontroller.cpp" line="37"/>
        <source>Orphans in OpenAI</source>
        <translation>Verwaiste Objekte in OpenAI</translation>
    </message>
</context>
<context>
    <name>OrphansView</name>
    <message>
        <location filename="../ui/orphansview.cpp" line="50"/>
        <location filename="../ui/orphansview.cpp" line="306"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="52"/>
        <source>Vector store “%1” (%2) · %3</source>
        <translation>Vektorspeicher „%1“ (%2) · %3</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="53"/>
        <source>File “%1” (%2) · %3</source>
        <translation>Datei „%1“ (%2) · %3</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="55"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="165"/>
        <source>Assistants not in this workspace</source>
        <translation>Assistenten außerhalb dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="169"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="169"/>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="169"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="169"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="179"/>
        <source>They are never deleted here. Import them with Assistant → Import all from OpenAI…</source>
        <translation>Sie werden hier nie gelöscht. Importieren Sie sie mit Assistent → Alle aus OpenAI importieren…</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="191"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="193"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="195"/>
        <source>Delete selected…</source>
        <translation>Ausgewählte löschen…</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="279"/>
        <source>Not scanned yet. A scan lists every file and vector store in OpenAI and shows the ones no assistant uses.</source>
        <translation>Noch nicht gescannt. Ein Scan listet alle Dateien und Vektorspeicher in OpenAI auf und zeigt die, die kein Assistent verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="284"/>
        <source>Last scan: %1</source>
        <translation>Letzter Scan: %1</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="285"/>
        <source>Last scan: %1 · shown as last fetched (offline)</source>
        <translation>Letzter Scan: %1 · Stand des letzten Abrufs (offline)</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="289"/>
        <source>The server has no Assistants API (404): remote assistants could not be listed, so only the workspace decides what is in use.</source>
        <translation>Der Server hat keine Assistants API (404): Entfernte Assistenten konnten nicht aufgelistet werden, daher entscheidet nur der Arbeitsbereich, was verwendet wird.</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="292"/>
        <source>The server has no vector stores API (404): no vector stores were listed.</source>
        <translation>Der Server hat keine Vector Stores API (404): Es wurden keine Vektorspeicher aufgelistet.</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="318"/>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="320"/>
        <source>List every file and vector store in OpenAI and find the unused ones</source>
        <translation>Alle Dateien und Vektorspeicher in OpenAI auflisten und die unbenutzten finden</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="324"/>
        <source>Show what would be deleted, then delete it in OpenAI</source>
        <translation>Anzeigen, was gelöscht würde, und es dann in OpenAI löschen</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="336"/>
        <source>Scanning…</source>
        <translation>Wird gescannt…</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="371"/>
        <source>Scan cancelled. The last scan is shown.</source>
        <translation>Scan abgebrochen. Der letzte Scan wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="374"/>
        <source>Scan failed: %1</source>
        <translation>Scan fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="384"/>
        <source>The scan could not be kept for offline use: %1</source>
        <translation>Der Scan konnte nicht für die Offline-Nutzung gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="389"/>
        <source>Scan finished.</source>
        <translation>Scan abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="430"/>
        <source>Delete in OpenAI?</source>
        <translation>In OpenAI löschen?</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="431"/>
        <source>This deletes %1 in OpenAI. Just before each deletion the app checks again that nothing uses the object; what is in use by then is skipped.</source>
        <translation>Damit werden %1 in OpenAI gelöscht. Unmittelbar vor jeder Löschung prüft die App erneut, dass nichts das Objekt verwendet; was bis dahin verwendet wird, wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="434"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="436"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orphansview.cpp" line="447"/>
        <source>Deleting %n object(s) in OpenAI…</source>
        <translation>
            <numerusform>%n Objekt wird in OpenAI gelöscht…</numerusform>
            <numerusform>%n Objekte werden in OpenAI gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="484"/>
        <source>Deleted %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="486"/>
        <source>skipped %1 (now in use)</source>
        <translation>übersprungen: %1 (jetzt in Verwendung)</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="488"/>
        <source>failed %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="490"/>
        <source>queued %1</source>
        <translation>eingereiht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orphansview.cpp" line="494"/>
        <source>%n deletion(s) failed. Assistant → Remote cleanup… shows the errors and offers Retry.</source>
        <translation>
            <numerusform>%n Löschung ist fehlgeschlagen. Assistent → Remote-Bereinigung… zeigt die Fehler und bietet „Wiederholen“ an.</numerusform>
            <numerusform>%n Löschungen sind fehlgeschlagen. Assistent → Remote-Bereinigung… zeigt die Fehler und bietet „Wiederholen“ an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineListModel</name>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="17"/>
        <source>(no assistant)</source>
        <translation>(kein Assistent)</translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="18"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="23"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="23"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="23"/>
        <source>Assistant nodes</source>
        <translation>Assistent-Knoten</translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="23"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../ui/pipelineview.cpp" line="45"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="45"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="45"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="45"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="53"/>
        <source>The assistant the selected Assistant node uses</source>
        <translation>Der Assistent, den der ausgewählte Assistent-Knoten verwendet</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="54"/>
        <source>Remove node</source>
        <translation>Knoten entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="58"/>
        <source>Label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="59"/>
        <source>Add assistant node</source>
        <translation>Assistent-Knoten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="61"/>
        <source>Archive pipeline…</source>
        <translation>Pipeline archivieren…</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="65"/>
        <source>Archived:</source>
        <translation>Archiviert:</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="66"/>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="69"/>
        <source>Selected node&apos;s &amp;assistant:</source>
        <translation>A&amp;ssistent des ausgewählten Knotens:</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="82"/>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="119"/>
        <source>Archived: this pipeline record is read-only.</source>
        <translation>Archiviert: Diese Pipeline ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="120"/>
        <source>Read-only: version v%1 of %2. Edit the working pipeline instead.</source>
        <translation>Schreibgeschützt: Version v%1 von %2. Bearbeiten Sie stattdessen die Arbeitsversion der Pipeline.</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="137"/>
        <source>%1 (uses %2)</source>
        <translation>%1 (verwendet %2)</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="141"/>
        <source>no experiment</source>
        <translation>kein Experiment</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="161"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="265"/>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="268"/>
        <source>This archives this pipeline version. It stays in the workspace, read-only; there is no unarchive.</source>
        <translation>Damit wird diese Pipeline-Version archiviert. Sie bleibt schreibgeschützt im Arbeitsbereich; das Archivieren kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="269"/>
        <source>This archives the pipeline and its versions. They stay in the workspace, read-only; there is no unarchive.</source>
        <translation>Damit werden die Pipeline und ihre Versionen archiviert. Sie bleiben schreibgeschützt im Arbeitsbereich; das Archivieren kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <location filename="../ui/pushdialog.cpp" line="35"/>
        <source>Push “%1”</source>
        <translation>„%1“ übertragen</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="39"/>
        <source>Checking “%1” against OpenAI to plan the push…</source>
        <translation>„%1“ wird mit OpenAI verglichen, um die Übertragung zu planen…</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="51"/>
        <source>&amp;Push</source>
        <translation>Ü&amp;bertragen</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="74"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="80"/>
        <source>The push cannot start.</source>
        <translation>Die Übertragung kann nicht beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="105"/>
        <source>The push runs these steps in this order. Lines marked “removes a change made in OpenAI” undo edits made there.</source>
        <translation>Die Übertragung führt diese Schritte in dieser Reihenfolge aus. Mit „entfernt eine in OpenAI vorgenommene Änderung“ markierte Zeilen machen dort vorgenommene Bearbeitungen rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="107"/>
        <source>The push runs these steps in this order.</source>
        <translation>Die Übertragung führt diese Schritte in dieser Reihenfolge aus.</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="111"/>
        <location filename="../ui/pushdialog.cpp" line="175"/>
        <location filename="../ui/pushdialog.cpp" line="187"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="158"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="166"/>
        <source>Uploaded %1 of %2</source>
        <translation>%1 von %2 hochgeladen</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="174"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pushdialog.cpp" line="191"/>
        <source>Pushed: %n step(s) done.</source>
        <translation>
            <numerusform>Übertragen: %n Schritt ausgeführt.</numerusform>
            <numerusform>Übertragen: %n Schritte ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="195"/>
        <source>The server did not keep: %1</source>
        <translation>Der Server hat nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="197"/>
        <source>Failed to index in the vector store: %1</source>
        <translation>Indizierung im Vektorspeicher fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="199"/>
        <source>Status now: %1</source>
        <translation>Status jetzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="212"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="212"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PushPlan</name>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="20"/>
        <location filename="../app/sync/pushplan.cpp" line="30"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="26"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="26"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="58"/>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="60"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="77"/>
        <source>Nothing to push: already in sync</source>
        <translation>Nichts zu übertragen: bereits synchron</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="80"/>
        <location filename="../app/sync/pushplan.cpp" line="83"/>
        <source> (removes a change made in OpenAI)</source>
        <translation> (entfernt eine in OpenAI vorgenommene Änderung)</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="119"/>
        <source>File “%1” has no local copy and was never uploaded. Add it again.</source>
        <translation>Die Datei „%1“ hat keine lokale Kopie und wurde nie hochgeladen. Fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="120"/>
        <source>Upload %1 (%2)</source>
        <translation>%1 hochladen (%2)</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="144"/>
        <source>Use vector store %1 already attached in OpenAI</source>
        <translation>Den in OpenAI bereits verknüpften Vektorspeicher %1 verwenden</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="160"/>
        <source>Create vector store “%1 - File Search” with 1 file</source>
        <translation>Vektorspeicher „%1 - File Search“ mit 1 Datei erstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="161"/>
        <source>Create vector store “%1 - File Search” with %n files</source>
        <translation>
            <numerusform>Vektorspeicher „%1 - File Search“ mit %n Datei erstellen</numerusform>
            <numerusform>Vektorspeicher „%1 - File Search“ mit %n Dateien erstellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="182"/>
        <source>Add 1 file to vector store %1</source>
        <translation>1 Datei zum Vektorspeicher %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="182"/>
        <source>Add %n files to vector store %1</source>
        <translation>
            <numerusform>%n Datei zum Vektorspeicher %1 hinzufügen</numerusform>
            <numerusform>%n Dateien zum Vektorspeicher %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="186"/>
        <source>Remove 1 file from vector store %1</source>
        <translation>1 Datei aus dem Vektorspeicher %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="187"/>
        <source>Remove %n files from vector store %1</source>
        <translation>
            <numerusform>%n Datei aus dem Vektorspeicher %1 entfernen</numerusform>
            <numerusform>%n Dateien aus dem Vektorspeicher %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="194"/>
        <source>Create assistant in OpenAI</source>
        <translation>Assistent in OpenAI erstellen</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="197"/>
        <source>Re-create assistant in OpenAI (%1 no longer exists)</source>
        <translation>Assistent in OpenAI neu erstellen (%1 existiert nicht mehr)</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="207"/>
        <source>Update assistant %1</source>
        <translation>Assistent %1 aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="219"/>
        <source>%1: detach %2</source>
        <translation>%1: %2 trennen</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="219"/>
        <source>%1: attach new files</source>
        <translation>%1: neue Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="225"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>RecordLabel</name>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="16"/>
        <source>unreleased</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="17"/>
        <source>v%1 [published]</source>
        <translation>v%1 [veröffentlicht]</translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="17"/>
        <location filename="../app/domain/recordlabels.cpp" line="27"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="22"/>
        <location filename="../app/domain/recordlabels.cpp" line="32"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="27"/>
        <source>working</source>
        <translation>Arbeitsversion</translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="37"/>
        <source>%1 (working)</source>
        <translation>%1 (Arbeitsversion)</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../ui/recordlabels.cpp" line="18"/>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <location filename="../ui/recordlabels.cpp" line="34"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/recordlabels.cpp" line="34"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../models/recordlistmodel.h" line="104"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../models/recordlistmodel.h" line="105"/>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../ui/recordview.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/recordview.cpp" line="38"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/recordview.cpp" line="149"/>
        <source>Archive “%1”?</source>
        <translation>„%1“ archivieren?</translation>
    </message>
    <message>
        <location filename="../ui/recordview.cpp" line="150"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
</context>
<context>
    <name>ReferenceCombos</name>
    <message>
        <location filename="../ui/referencecombos.cpp" line="69"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/referencecombos.cpp" line="74"/>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <location filename="../ui/referencecombos.cpp" line="84"/>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (nicht in diesem Arbeitsbereich)</translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <location filename="../app/storage/workspacerelease.cpp" line="25"/>
        <source>The experiment or its assistants changed during the release. Try again.</source>
        <translation>Das Experiment oder seine Assistenten wurden während der Freigabe geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="50"/>
        <source>Release failed: %1. Nothing was released.</source>
        <translation>Freigabe fehlgeschlagen: %1. Es wurde nichts freigegeben.</translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="28"/>
        <source>No experiment with id “%1” in this workspace.</source>
        <translation>Kein Experiment mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="30"/>
        <source>“%1” v%2 is already a released version; release the unreleased experiment instead.</source>
        <translation>„%1“ v%2 ist bereits eine freigegebene Version; geben Sie stattdessen das nicht freigegebene Experiment frei.</translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="34"/>
        <source>Archived experiments cannot be released.</source>
        <translation>Archivierte Experimente können nicht freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="52"/>
        <source>The experiment uses a pipeline that is not in the workspace (“%1”).</source>
        <translation>Das Experiment verwendet eine Pipeline, die nicht im Arbeitsbereich ist („%1“).</translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="55"/>
        <source>The experiment uses the pipeline “%1”, which is archived.</source>
        <translation>Das Experiment verwendet die Pipeline „%1“, die archiviert ist.</translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="66"/>
        <source>The experiment uses an assistant that is not in the workspace (“%1”).</source>
        <translation>Das Experiment verwendet einen Assistenten, der nicht im Arbeitsbereich ist („%1“).</translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="68"/>
        <source>The experiment uses “%1”, which is archived.</source>
        <translation>Das Experiment verwendet „%1“; dieser Assistent ist archiviert.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../ui/releasedialog.cpp" line="37"/>
        <source>&amp;Publish this version</source>
        <translation>Diese Version &amp;veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="41"/>
        <source>The first release is published automatically.</source>
        <translation>Die erste Freigabe wird automatisch veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="43"/>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="52"/>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="69"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="71"/>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="72"/>
        <source>This experiment cannot be released.</source>
        <translation>Dieses Experiment kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="85"/>
        <source>Release “%1”</source>
        <translation>„%1“ freigeben</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="87"/>
        <source>Release creates version v%1 of “%2” and, in OpenAI, a version of each assistant it uses:</source>
        <translation>Die Freigabe erstellt Version v%1 von „%2“ und in OpenAI eine Version jedes verwendeten Assistenten:</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="90"/>
        <source>Release creates version v%1 of “%2”. It uses no unreleased assistant, so nothing is sent to OpenAI.</source>
        <translation>Die Freigabe erstellt Version v%1 von „%2“. Es wird kein nicht freigegebener Assistent verwendet, daher wird nichts an OpenAI gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="97"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="104"/>
        <source>Pipeline “%1” → a new version</source>
        <translation>Pipeline „%1“ → eine neue Version</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="192"/>
        <source>Released v%1 [published].</source>
        <translation>v%1 freigegeben [veröffentlicht].</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="192"/>
        <source>Released v%1.</source>
        <translation>v%1 freigegeben.</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="208"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="208"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="227"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Releaser</name>
    <message>
        <location filename="../app/versions/releaser.cpp" line="110"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="124"/>
        <source>File “%1” has no local copy and was never uploaded. Add it again.</source>
        <translation>Die Datei „%1“ hat keine lokale Kopie und wurde nie hochgeladen. Fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="131"/>
        <location filename="../app/versions/releaser.cpp" line="164"/>
        <source>Save the release</source>
        <translation>Freigabe speichern</translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="140"/>
        <location filename="../app/versions/releaser.cpp" line="355"/>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/versions/releaser.cpp" line="185"/>
        <source>%n objects created in OpenAI could not be deleted; see Remote cleanup.</source>
        <translation>
            <numerusform>%n in OpenAI erstelltes Objekt konnte nicht gelöscht werden; siehe Remote-Bereinigung.</numerusform>
            <numerusform>%n in OpenAI erstellte Objekte konnten nicht gelöscht werden; siehe Remote-Bereinigung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="223"/>
        <source>Upload %1 (%2)</source>
        <translation>%1 hochladen (%2)</translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="247"/>
        <source>Create vector store “%1” with 1 file</source>
        <translation>Vektorspeicher „%1“ mit 1 Datei erstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/versions/releaser.cpp" line="248"/>
        <source>Create vector store “%1” with %n files</source>
        <translation>
            <numerusform>Vektorspeicher „%1“ mit %n Datei erstellen</numerusform>
            <numerusform>Vektorspeicher „%1“ mit %n Dateien erstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/versions/releaser.cpp" line="268"/>
        <source>%n file(s) failed to index in vector store %1</source>
        <translation>
            <numerusform>Indizierung von %n Datei im Vektorspeicher %1 fehlgeschlagen</numerusform>
            <numerusform>Indizierung von %n Dateien im Vektorspeicher %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="278"/>
        <source>Create assistant “%1”</source>
        <translation>Assistent „%1“ erstellen</translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="357"/>
        <source>Delete assistant %1</source>
        <translation>Assistent %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="360"/>
        <source>Delete vector store %1</source>
        <translation>Vektorspeicher %1 löschen</translation>
    </message>
</context>
<context>
    <name>RemoteMap</name>
    <message>
        <location filename="../app/domain/remotemapping.cpp" line="25"/>
        <source>Untitled assistant</source>
        <translation>Unbenannter Assistent</translation>
    </message>
    <message>
        <location filename="../app/domain/remotemapping.cpp" line="51"/>
        <source>Tool type %1 is not supported and will be removed by the next push</source>
        <translation>Der Tool-Typ %1 wird nicht unterstützt und bei der nächsten Übertragung entfernt</translation>
    </message>
</context>
<context>
    <name>ResponsesExport</name>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="43"/>
        <source>File search has no vector store yet; push the assistant first</source>
        <translation>Die Dateisuche hat noch keinen Vektorspeicher; übertragen Sie zuerst den Assistenten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export/responsesexport.cpp" line="68"/>
        <source>%n code interpreter files are not uploaded</source>
        <translation>
            <numerusform>%n Code-Interpreter-Datei ist nicht hochgeladen</numerusform>
            <numerusform>%n Code-Interpreter-Dateien sind nicht hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="123"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="124"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="125"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="126"/>
        <source>Include file info (local setting)</source>
        <translation>Dateiinformationen einbeziehen (lokale Einstellung)</translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="128"/>
        <source>Allow file search attachments (local setting)</source>
        <translation>Dateisuche-Anhänge erlauben (lokale Einstellung)</translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="130"/>
        <source>Allow code interpreter attachments (local setting)</source>
        <translation>Code-Interpreter-Anhänge erlauben (lokale Einstellung)</translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="131"/>
        <source>Allow file downloads (local setting)</source>
        <translation>Datei-Downloads erlauben (lokale Einstellung)</translation>
    </message>
</context>
<context>
    <name>ResponsesExportDialog</name>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="23"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="24"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/responsesexportdialog.cpp" line="35"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n Paar</numerusform>
            <numerusform>%n Paare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="73"/>
        <source>Export “%1” for Responses API</source>
        <translation>„%1“ für Responses API exportieren</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="75"/>
        <source>The request settings of “%1” for the Responses API. Nothing is sent; copy the JSON or save it to a file.</source>
        <translation>Die Anfrageeinstellungen von „%1“ für die Responses API. Es wird nichts gesendet; kopieren Sie das JSON oder speichern Sie es in einer Datei.</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="89"/>
        <source>Left out of the JSON</source>
        <translation>Nicht im JSON enthalten</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="97"/>
        <source>Nothing: every enabled tool is in the JSON.</source>
        <translation>Nichts: Jedes aktivierte Tool ist im JSON enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="104"/>
        <source>Does not carry over to the Responses API</source>
        <translation>Wird nicht in die Responses API übernommen</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="110"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="122"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="125"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="147"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="152"/>
        <source>Save Responses config</source>
        <translation>Responses-Konfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="154"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="159"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="162"/>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>RunAllChecksDialog</name>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="42"/>
        <source>Run all checks</source>
        <translation>Alle Prüfungen ausführen</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="45"/>
        <source>R&amp;un by:</source>
        <translation>A&amp;usführen über:</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="50"/>
        <source>&amp;Run again</source>
        <translation>E&amp;rneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="52"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="56"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="62"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="63"/>
        <source>Assistant / check</source>
        <translation>Assistent / Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="63"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="63"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="68"/>
        <source>Check details</source>
        <translation>Details der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="121"/>
        <source>This window has no server connection.</source>
        <translation>Dieses Fenster hat keine Serververbindung.</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="157"/>
        <location filename="../ui/runallchecksdialog.cpp" line="244"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="166"/>
        <source>No assistant has saved checks.</source>
        <translation>Kein Assistent hat gespeicherte Prüfungen.</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="190"/>
        <source>Running %1 of %2: %3 · %4…</source>
        <translation>Führe %1 von %2 aus: %3 · %4…</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="193"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="208"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="245"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="250"/>
        <source>Passed %1 · failed %2</source>
        <translation>Bestanden %1 · nicht bestanden %2</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="251"/>
        <source>Stopped. %1</source>
        <translation>Angehalten. %1</translation>
    </message>
    <message>
        <location filename="../ui/runallchecksdialog.cpp" line="252"/>
        <source>Stopped after %1 of %2 checks.</source>
        <translation>Angehalten nach %1 von %2 Prüfungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runallchecksdialog.cpp" line="253"/>
        <source>Ran %n check(s).</source>
        <translation>
            <numerusform>%n Prüfung ausgeführt.</numerusform>
            <numerusform>%n Prüfungen ausgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerCapabilities</name>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="51"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="53"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="57"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="73"/>
        <source>Assistants API: %1</source>
        <translation>Assistants API: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="74"/>
        <source>Vector stores: %1</source>
        <translation>Vektorspeicher: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="75"/>
        <source>File batches: %1</source>
        <translation>Datei-Batches: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="77"/>
        <source>Models list: yes (%1)</source>
        <translation>Modellliste: ja (%1)</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="78"/>
        <source>Models list: %1</source>
        <translation>Modellliste: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="80"/>
        <source>Fields kept: all that the last push sent</source>
        <translation>Übernommene Felder: alle, die die letzte Übertragung gesendet hat</translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="81"/>
        <source>Fields not kept: %1</source>
        <translation>Nicht übernommene Felder: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="16"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="25"/>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="26"/>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="29"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="31"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="31"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StreamReader</name>
    <message>
        <location filename="../app/conversation/streamreader.cpp" line="149"/>
        <location filename="../app/conversation/streamreader.cpp" line="301"/>
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../app/conversation/streamreader.cpp" line="190"/>
        <source>The assistant asked for an action this app cannot take.</source>
        <translation>Der Assistent hat eine Aktion angefordert, die diese App nicht ausführen kann.</translation>
    </message>
    <message>
        <location filename="../app/conversation/streamreader.cpp" line="198"/>
        <location filename="../app/conversation/streamreader.cpp" line="382"/>
        <source>The server ended the answer early.</source>
        <translation>Der Server hat die Antwort vorzeitig beendet.</translation>
    </message>
    <message>
        <location filename="../app/conversation/streamreader.cpp" line="199"/>
        <location filename="../app/conversation/streamreader.cpp" line="383"/>
        <source>The server ended the answer early (%1).</source>
        <translation>Der Server hat die Antwort vorzeitig beendet (%1).</translation>
    </message>
    <message>
        <location filename="../app/conversation/streamreader.cpp" line="203"/>
        <source>The run failed.</source>
        <translation>Der Lauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/conversation/streamreader.cpp" line="205"/>
        <source>The run expired before it finished.</source>
        <translation>Der Lauf ist abgelaufen, bevor er fertig war.</translation>
    </message>
    <message>
        <location filename="../app/conversation/streamreader.cpp" line="387"/>
        <source>The response failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/synccontroller.cpp" line="102"/>
        <source>Offline: cannot reach %1. Showing OpenAI state as last fetched.</source>
        <translation>Offline: %1 ist nicht erreichbar. Der Stand in OpenAI wird wie zuletzt abgerufen angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="104"/>
        <source>Working offline. Showing OpenAI state as last fetched.</source>
        <translation>Offline-Modus. Der Stand in OpenAI wird wie zuletzt abgerufen angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="113"/>
        <source>This window has no server connection.</source>
        <translation>Dieses Fenster hat keine Serververbindung.</translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="118"/>
        <source>No API key: add one in Settings → Connection.</source>
        <translation>Kein API-Schlüssel: Fügen Sie einen unter Einstellungen → Verbindung hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="120"/>
        <source>Connecting to the server…</source>
        <translation>Verbinde mit dem Server…</translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="122"/>
        <source>Not available offline.</source>
        <translation>Offline nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="189"/>
        <location filename="../ui/synccontroller.cpp" line="198"/>
        <location filename="../ui/synccontroller.cpp" line="208"/>
        <location filename="../ui/synccontroller.cpp" line="216"/>
        <location filename="../ui/synccontroller.cpp" line="224"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>SyncDiff</name>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="88"/>
        <source>(unknown file)</source>
        <translation>(unbekannte Datei)</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="194"/>
        <source>Vector store %1 not found in OpenAI</source>
        <translation>Vektorspeicher %1 in OpenAI nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="225"/>
        <source>not uploaded yet</source>
        <translation>noch nicht hochgeladen</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="233"/>
        <source>changed since upload</source>
        <translation>seit dem Hochladen geändert</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="235"/>
        <location filename="../app/domain/syncdiff.cpp" line="263"/>
        <source>Failed to index in the vector store</source>
        <translation>Indizierung im Vektorspeicher fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="331"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="332"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="333"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="334"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="335"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="336"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="337"/>
        <source>Code interpreter</source>
        <translation>Code Interpreter</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="338"/>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="339"/>
        <source>Vector store</source>
        <translation>Vektorspeicher</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="340"/>
        <source>Code interpreter files</source>
        <translation>Code-Interpreter-Dateien</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="341"/>
        <source>File search files</source>
        <translation>Dateien der Dateisuche</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="347"/>
        <source>Function “%1”</source>
        <translation>Funktion „%1“</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="349"/>
        <source>Metadata “%1”</source>
        <translation>Metadaten „%1“</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="357"/>
        <source>%1: %2 only in the workspace, %3 only in OpenAI</source>
        <translation>%1: %2 nur im Arbeitsbereich, %3 nur in OpenAI</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="362"/>
        <location filename="../app/domain/syncdiff.cpp" line="370"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="366"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="366"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="373"/>
        <source>%1: %2 in the workspace, %3 in OpenAI</source>
        <translation>%1: %2 im Arbeitsbereich, %3 in OpenAI</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="79"/>
        <source>In sync %1</source>
        <translation>Synchron %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="79"/>
        <source>Out of sync %1</source>
        <translation>Nicht synchron %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="81"/>
        <source>Missing remotely %1</source>
        <translation>Fehlt in OpenAI %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="83"/>
        <source>Check failed %1</source>
        <translation>Prüfung fehlgeschlagen %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="85"/>
        <source>Not checked %1</source>
        <translation>Nicht geprüft %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="87"/>
        <source>Never pushed %1</source>
        <translation>Nie übertragen %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="118"/>
        <source>%1 does not offer the Assistants API (404). Point the base URL at an Assistants-v2-compatible server.</source>
        <translation>%1 bietet die Assistants API nicht an (404). Richten Sie die Basis-URL auf einen mit Assistants v2 kompatiblen Server.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="318"/>
        <source>Already in the workspace as “%1”.</source>
        <translation>Bereits im Arbeitsbereich als „%1“.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="335"/>
        <source>No assistant %1 in OpenAI.</source>
        <translation>Kein Assistent %1 in OpenAI.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="441"/>
        <source>Assistant versions are read-only. Edit the working assistant instead.</source>
        <translation>Assistentenversionen sind schreibgeschützt. Bearbeiten Sie stattdessen die Arbeitsversion des Assistenten.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="443"/>
        <source>“%1” was never pushed; there is nothing to update from.</source>
        <translation>„%1“ wurde nie übertragen; es gibt nichts, von dem aktualisiert werden kann.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="447"/>
        <source>This assistant no longer exists in OpenAI (%1).</source>
        <translation>Dieser Assistent existiert in OpenAI nicht mehr (%1).</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="477"/>
        <source>Archived assistants cannot be pushed.</source>
        <translation>Archivierte Assistenten können nicht übertragen werden.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="532"/>
        <location filename="../app/sync/syncengine.cpp" line="560"/>
        <source>1 file failed to index in vector store %1</source>
        <translation>Indizierung von 1 Datei im Vektorspeicher %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/syncengine.cpp" line="533"/>
        <location filename="../app/sync/syncengine.cpp" line="561"/>
        <source>%n files failed to index in vector store %1</source>
        <translation>
            <numerusform>Indizierung von %n Datei im Vektorspeicher %1 fehlgeschlagen</numerusform>
            <numerusform>Indizierung von %n Dateien im Vektorspeicher %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="775"/>
        <source>Push failed at “%1”: %2. Your changes are saved and marked Not pushed.</source>
        <translation>Übertragung bei „%1“ fehlgeschlagen: %2. Ihre Änderungen sind gespeichert und als „Nicht übertragen“ markiert.</translation>
    </message>
    <message>
        <location filename="../app/storage/importlisting.cpp" line="22"/>
        <source>Untitled assistant</source>
        <translation>Unbenannter Assistent</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="49"/>
        <source>Never pushed</source>
        <translation>Nie übertragen</translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="51"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="53"/>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="55"/>
        <source>Out of sync (%1)</source>
        <translation>Nicht synchron (%1)</translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="56"/>
        <source>Out of sync</source>
        <translation>Nicht synchron</translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="58"/>
        <source>Missing remotely</source>
        <translation>Fehlt in OpenAI</translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="60"/>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/domain/syncstate.cpp" line="8"/>
        <source>No Assistants API</source>
        <translation>Keine Assistants API</translation>
    </message>
</context>
<context>
    <name>TakeRemote</name>
    <message>
        <location filename="../app/domain/takeremote.cpp" line="63"/>
        <source>%1: cannot be taken from OpenAI</source>
        <translation>%1: kann nicht aus OpenAI übernommen werden</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="36"/>
        <source>Open &amp;team workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="39"/>
        <source>Open a workspace the team shares on a PostgreSQL server</source>
        <translation>Einen Arbeitsbereich öffnen, den das Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="43"/>
        <source>&amp;Move workspace to a server…</source>
        <translation>Arbeitsbereich auf einen Server &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="45"/>
        <source>Copy this workspace into an empty PostgreSQL database and open it there</source>
        <translation>Diesen Arbeitsbereich in eine leere PostgreSQL-Datenbank kopieren und dort öffnen</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="67"/>
        <source>Open team workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="84"/>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="85"/>
        <source>Password of the database user “%1” for %2:</source>
        <translation>Passwort des Datenbankbenutzers „%1“ für %2:</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="88"/>
        <source>Team workspace password</source>
        <translation>Passwort des Team-Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="90"/>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="105"/>
        <source>The password works but could not be kept in the keychain: %1</source>
        <translation>Das Passwort funktioniert, konnte aber nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="122"/>
        <source>“%1” is no team workspace URL (postgresql://user@host:port/dbname).</source>
        <translation>„%1“ ist keine URL eines Team-Arbeitsbereichs (postgresql://user@host:port/dbname).</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="124"/>
        <location filename="../ui/teamcontroller.cpp" line="154"/>
        <source>Cannot open team workspace</source>
        <translation>Team-Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="181"/>
        <source>%1 is reachable again: this is the live team workspace.</source>
        <translation>%1 ist wieder erreichbar: Dies ist der aktuelle Team-Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="224"/>
        <source>Move workspace to a server</source>
        <translation>Arbeitsbereich auf einen Server verschieben</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="229"/>
        <location filename="../ui/teamcontroller.cpp" line="238"/>
        <location filename="../ui/teamcontroller.cpp" line="250"/>
        <source>Cannot move the workspace</source>
        <translation>Der Arbeitsbereich kann nicht verschoben werden</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="230"/>
        <source>Choose a PostgreSQL server.</source>
        <translation>Wählen Sie einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="251"/>
        <source>Nothing was copied to %1: %2</source>
        <translation>Nichts wurde nach %1 kopiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="257"/>
        <source>Workspace moved</source>
        <translation>Arbeitsbereich verschoben</translation>
    </message>
    <message>
        <location filename="../ui/teamcontroller.cpp" line="258"/>
        <source>The workspace is now on %1; your team opens it with File → Open team workspace… and %2. The file %3 is left as it was.</source>
        <translation>Der Arbeitsbereich liegt jetzt auf %1; Ihr Team öffnet ihn mit Datei → Team-Arbeitsbereich öffnen… und %2. Die Datei %3 bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="20"/>
        <source>Open team workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="21"/>
        <source>A team workspace lives in a PostgreSQL database that everyone on the team opens. The password is asked when connecting and kept in the system keychain.</source>
        <translation>Ein Team-Arbeitsbereich liegt in einer PostgreSQL-Datenbank, die alle im Team öffnen. Das Passwort wird beim Verbinden abgefragt und im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="28"/>
        <source>db.example.org, or the folder of a local server&apos;s socket</source>
        <translation>db.example.org oder der Ordner des Sockets eines lokalen Servers</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="40"/>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Verschlüsselt, Serverzertifikat geprüft (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="41"/>
        <source>Encrypted, certificate not checked</source>
        <translation>Verschlüsselt, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="42"/>
        <source>This computer only: encrypted when the server offers it</source>
        <translation>Nur dieser Computer: verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="54"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="55"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="56"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="57"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="58"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="59"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="115"/>
        <source>Host: enter the server&apos;s name or address.</source>
        <translation>Host: Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="117"/>
        <source>Database: enter the name of the workspace&apos;s database.</source>
        <translation>Datenbank: Geben Sie den Namen der Datenbank des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="119"/>
        <source>User: enter your database user (role).</source>
        <translation>Benutzer: Geben Sie Ihren Datenbankbenutzer (Rolle) ein.</translation>
    </message>
    <message>
        <location filename="../ui/teamworkspacedialog.cpp" line="128"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ToolFilesPanel</name>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="34"/>
        <source>Code interpreter files</source>
        <translation>Code-Interpreter-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="34"/>
        <source>File search files</source>
        <translation>Dateien der Dateisuche</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>Local copy</source>
        <translation>Lokale Kopie</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="44"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="46"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="48"/>
        <location filename="../ui/toolfilespanel.cpp" line="112"/>
        <source>Not sent while this tool is off</source>
        <translation>Wird nicht gesendet, solange dieses Tool aus ist</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="92"/>
        <source>Unknown file %1</source>
        <translation>Unbekannte Datei %1</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="95"/>
        <source>not uploaded</source>
        <translation>nicht hochgeladen</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="96"/>
        <source>✓ Yes</source>
        <translation>✓ Ja</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="96"/>
        <source>Contents not available</source>
        <translation>Inhalt nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="105"/>
        <source>The workspace keeps a copy of the contents (%1): it can be uploaded again and goes into bundles.</source>
        <translation>Der Arbeitsbereich bewahrt eine Kopie des Inhalts auf (%1): Sie kann erneut hochgeladen werden und wird in Bundles aufgenommen.</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="108"/>
        <source>Only the record is here (pulled or imported without contents). Add the file again to keep a copy.</source>
        <translation>Hier ist nur der Datensatz vorhanden (ohne Inhalt abgerufen oder importiert). Fügen Sie die Datei erneut hinzu, um eine Kopie aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="150"/>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="150"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="156"/>
        <location filename="../ui/toolfilespanel.cpp" line="161"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="174"/>
        <source>Some files could not be added.</source>
        <translation>Einige Dateien konnten nicht hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../ui/toolstab.cpp" line="17"/>
        <source>Code interpreter</source>
        <translation>Code Interpreter</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="20"/>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="28"/>
        <source>Include file information in answers</source>
        <translation>Dateiinformationen in Antworten einbeziehen</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="30"/>
        <source>Allow file search attachments in chats</source>
        <translation>Dateisuche-Anhänge in Chats erlauben</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="32"/>
        <source>Allow code interpreter attachments in chats</source>
        <translation>Code-Interpreter-Anhänge in Chats erlauben</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="34"/>
        <source>Allow file downloads</source>
        <translation>Datei-Downloads erlauben</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="51"/>
        <source>Function tools</source>
        <translation>Funktions-Tools</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="55"/>
        <source>Local options (never sent to the server)</source>
        <translation>Lokale Optionen (werden nie an den Server gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="115"/>
        <source>Vector store: %1</source>
        <translation>Vektorspeicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="116"/>
        <source>No vector store yet</source>
        <translation>Noch kein Vektorspeicher</translation>
    </message>
</context>
<context>
    <name>TryController</name>
    <message>
        <location filename="../ui/trycontroller.cpp" line="20"/>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/trycontroller.cpp" line="22"/>
        <source>Send the same messages to two assistants, versions or ways side by side</source>
        <translation>Dieselben Nachrichten nebeneinander an zwei Assistenten, Versionen oder Wege senden</translation>
    </message>
    <message>
        <location filename="../ui/trycontroller.cpp" line="27"/>
        <source>Run all chec&amp;ks</source>
        <translation>Alle Prü&amp;fungen ausführen</translation>
    </message>
    <message>
        <location filename="../ui/trycontroller.cpp" line="29"/>
        <source>Run the saved checks of every assistant</source>
        <translation>Die gespeicherten Prüfungen aller Assistenten ausführen</translation>
    </message>
    <message>
        <location filename="../ui/trycontroller.cpp" line="61"/>
        <source>Run all checks: %1</source>
        <translation>Alle Prüfungen ausführen: %1</translation>
    </message>
</context>
<context>
    <name>TryTab</name>
    <message>
        <location filename="../ui/trytab.cpp" line="32"/>
        <source>&amp;Run by:</source>
        <translation>A&amp;usführen über:</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="39"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="41"/>
        <source>Start again: the current conversation is closed and deleted at the server</source>
        <translation>Neu beginnen: Die aktuelle Unterhaltung wird geschlossen und auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="53"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="54"/>
        <source>Message to the assistant (Ctrl+Enter sends)</source>
        <translation>Nachricht an den Assistenten (Ctrl+Enter sendet)</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="58"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="60"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Die Nachricht senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="62"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="64"/>
        <source>Stop the answer now; what arrived stays</source>
        <translation>Die Antwort jetzt anhalten; was angekommen ist, bleibt</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="65"/>
        <source>Save as &amp;check…</source>
        <translation>Als &amp;Prüfung speichern…</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="67"/>
        <location filename="../ui/trytab.cpp" line="200"/>
        <source>Keep this conversation with the assistant as a check that can run again</source>
        <translation>Diese Unterhaltung mit dem Assistenten als Prüfung behalten, die erneut ausgeführt werden kann</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="139"/>
        <source>This window has no server connection.</source>
        <translation>Dieses Fenster hat keine Serververbindung.</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="141"/>
        <source>No assistant selected.</source>
        <translation>Kein Assistent ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="165"/>
        <source>The Assistants way runs the assistant as the server has it: unsaved and unpushed changes are not part of it.</source>
        <translation>Der Assistants-Weg führt den Assistenten so aus, wie der Server ihn hat: Nicht gespeicherte und nicht übertragene Änderungen gehören nicht dazu.</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="196"/>
        <source>Start a new conversation to change the way</source>
        <translation>Beginnen Sie eine neue Unterhaltung, um den Weg zu ändern</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="201"/>
        <source>Checks belong to the working assistant; versions and archived assistants are read-only</source>
        <translation>Prüfungen gehören zum Arbeitsassistenten; Versionen und archivierte Assistenten sind schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="254"/>
        <source>The check was not saved: %1</source>
        <translation>Die Prüfung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/trytab.cpp" line="257"/>
        <source>Saved the check “%1”.</source>
        <translation>Die Prüfung „%1“ wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/storage/workspace.cpp" line="614"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="615"/>
        <source>unknown file id “%1”</source>
        <translation>unbekannte Datei-ID „%1“</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="130"/>
        <location filename="../app/storage/workspace.cpp" line="620"/>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="621"/>
        <source>“%1” is already linked to “%2”</source>
        <translation>„%1“ ist bereits mit „%2“ verknüpft</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="23"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="65"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="490"/>
        <source>at most %1 characters (now %2)</source>
        <translation>höchstens %1 Zeichen (jetzt %2)</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="29"/>
        <source>at most %1 (now %2)</source>
        <translation>höchstens %1 (jetzt %2)</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="33"/>
        <source>file “%1” is listed twice</source>
        <translation>Datei „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="73"/>
        <location filename="../app/domain/validation.cpp" line="117"/>
        <source>Function %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="76"/>
        <source>name must be 1 to 64 letters, digits, _ or - (now “%1”)</source>
        <translation>der Name muss aus 1 bis 64 Buchstaben, Ziffern, _ oder - bestehen (jetzt „%1“)</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="80"/>
        <source>parameters must be a JSON object of type &quot;object&quot;</source>
        <translation>parameters muss ein JSON-Objekt vom Typ &quot;object&quot; sein</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="88"/>
        <location filename="../app/domain/validation.cpp" line="159"/>
        <location filename="../app/domain/validation.cpp" line="182"/>
        <location filename="../app/domain/validation.cpp" line="197"/>
        <source>“%1” is not a valid id</source>
        <translation>„%1“ ist keine gültige ID</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="88"/>
        <location filename="../app/domain/validation.cpp" line="159"/>
        <location filename="../app/domain/validation.cpp" line="182"/>
        <location filename="../app/domain/validation.cpp" line="197"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="90"/>
        <location filename="../app/domain/validation.cpp" line="100"/>
        <location filename="../app/domain/validation.cpp" line="161"/>
        <location filename="../app/domain/validation.cpp" line="184"/>
        <location filename="../app/domain/validation.cpp" line="199"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="62"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="94"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="97"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="100"/>
        <location filename="../app/domain/validation.cpp" line="102"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="102"/>
        <source>must not contain spaces</source>
        <translation>darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="104"/>
        <source>must be between 0 and 2</source>
        <translation>muss zwischen 0 und 2 liegen</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="74"/>
        <location filename="../app/domain/validation.cpp" line="104"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="106"/>
        <source>must be between 0 and 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location filename="../app/domain/assistantfields.cpp" line="76"/>
        <location filename="../app/domain/validation.cpp" line="106"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="110"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="111"/>
        <source>at most %1 tools including functions (now %2)</source>
        <translation>höchstens %1 Tools einschließlich Funktionen (jetzt %2)</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="118"/>
        <source>the name “%1” is used by another function</source>
        <translation>der Name „%1“ wird bereits von einer anderen Funktion verwendet</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="122"/>
        <source>Code interpreter files</source>
        <translation>Code-Interpreter-Dateien</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="124"/>
        <source>File search files</source>
        <translation>Dateien der Dateisuche</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="128"/>
        <location filename="../app/domain/validation.cpp" line="130"/>
        <location filename="../app/domain/validation.cpp" line="174"/>
        <source>must not be empty when set</source>
        <translation>darf nicht leer sein, wenn gesetzt</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="128"/>
        <source>Vector store</source>
        <translation>Vektorspeicher</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="133"/>
        <location filename="../app/domain/validation.cpp" line="138"/>
        <location filename="../app/domain/validation.cpp" line="140"/>
        <location filename="../app/domain/validation.cpp" line="143"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="134"/>
        <source>at most %1 pairs (now %2)</source>
        <translation>höchstens %1 Paare (jetzt %2)</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="138"/>
        <source>the key “%1” is reserved for Assistant Desk</source>
        <translation>der Schlüssel „%1“ ist für Assistant Desk reserviert</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="141"/>
        <source>key “%1” must be 1 to %2 characters</source>
        <translation>der Schlüssel „%1“ muss 1 bis %2 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="144"/>
        <source>value of “%1” must be at most %2 characters (now %3)</source>
        <translation>der Wert von „%1“ darf höchstens %2 Zeichen lang sein (jetzt %3)</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="151"/>
        <location filename="../app/domain/validation.cpp" line="187"/>
        <location filename="../app/domain/validation.cpp" line="202"/>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="151"/>
        <location filename="../app/domain/validation.cpp" line="187"/>
        <location filename="../app/domain/validation.cpp" line="202"/>
        <source>Version number</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="161"/>
        <location filename="../app/domain/validation.cpp" line="163"/>
        <location filename="../app/domain/validation.cpp" line="165"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="165"/>
        <source>must not contain / or \</source>
        <translation>darf weder / noch \ enthalten</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="167"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="167"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="169"/>
        <location filename="../app/domain/validation.cpp" line="172"/>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation>muss aus 64 hexadezimalen Zeichen in Kleinschreibung bestehen</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="169"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="171"/>
        <source>Uploaded SHA-256</source>
        <translation>SHA-256 beim Hochladen</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="174"/>
        <source>Remote file id</source>
        <translation>Remote-Datei-ID</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="189"/>
        <source>only a released version can be published</source>
        <translation>nur eine freigegebene Version kann veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="189"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="208"/>
        <source>id must not be empty</source>
        <translation>die ID darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="210"/>
        <source>id “%1” is used twice in this pipeline</source>
        <translation>die ID „%1“ kommt in dieser Pipeline zweimal vor</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="213"/>
        <source>type must not be empty</source>
        <translation>der Typ darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="216"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="551"/>
        <source>only nodes of type &quot;assistant&quot; may name an assistant</source>
        <translation>nur Knoten vom Typ &quot;assistant&quot; dürfen einen Assistenten angeben</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="90"/>
        <location filename="../app/domain/validation.cpp" line="92"/>
        <location filename="../app/domain/validation.cpp" line="184"/>
        <location filename="../app/domain/validation.cpp" line="199"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="62"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="164"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="180"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="489"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="208"/>
        <location filename="../app/domain/validation.cpp" line="210"/>
        <location filename="../app/domain/validation.cpp" line="213"/>
        <location filename="../app/domain/validation.cpp" line="215"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="550"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <location filename="../ui/versionstab.cpp" line="28"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="28"/>
        <source>Remote id</source>
        <translation>Remote-ID</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="28"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="35"/>
        <source>No versions yet. Releasing an experiment that uses this assistant creates one.</source>
        <translation>Noch keine Versionen. Die Freigabe eines Experiments, das diesen Assistenten verwendet, erstellt eine.</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="42"/>
        <location filename="../ui/versionstab.cpp" line="48"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="43"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="43"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="43"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="43"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="94"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="94"/>
        <source>Versions (%1)</source>
        <translation>Versionen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="122"/>
        <source>%1 (via %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="148"/>
        <location filename="../ui/versionstab.cpp" line="194"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="152"/>
        <location filename="../ui/versionstab.cpp" line="171"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="152"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="153"/>
        <source>no experiment</source>
        <translation>kein Experiment</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="169"/>
        <source>working copy</source>
        <translation>Arbeitskopie</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="188"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="190"/>
        <source>Pushed to the server</source>
        <translation>Zum Server übertragen</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="192"/>
        <source>Checked against the server</source>
        <translation>Mit dem Server abgeglichen</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="199"/>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="201"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>WayPicker</name>
    <message>
        <location filename="../ui/waypicker.cpp" line="19"/>
        <source>An Assistants-v2 thread and run: the assistant as the server holds it (it must be pushed)</source>
        <translation>Ein Assistants-v2-Thread mit Run: der Assistent, wie der Server ihn hat (er muss übertragen sein)</translation>
    </message>
    <message>
        <location filename="../ui/waypicker.cpp" line="21"/>
        <source>POST /responses with the assistant&apos;s Responses configuration: also unsaved and never-pushed changes</source>
        <translation>POST /responses mit der Responses-Konfiguration des Assistenten: auch nicht gespeicherte und nie übertragene Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/waypicker.cpp" line="25"/>
        <source>Way to run</source>
        <translation>Ausführungsweg</translation>
    </message>
    <message>
        <location filename="../ui/waypicker.cpp" line="32"/>
        <source>Assistants (thread and run)</source>
        <translation>Assistants (Thread und Run)</translation>
    </message>
    <message>
        <location filename="../ui/waypicker.cpp" line="32"/>
        <source>Responses API</source>
        <translation>Responses-API</translation>
    </message>
    <message>
        <location filename="../ui/waypicker.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="23"/>
        <source>Welcome to Assistant Desk</source>
        <translation>Willkommen bei Assistant Desk</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="28"/>
        <source>Import workspace file…</source>
        <translation>Arbeitsbereichsdatei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="29"/>
        <source>Load assistants, experiments and pipelines from an Assistant Desk JSON file.</source>
        <translation>Assistenten, Experimente und Pipelines aus einer JSON-Datei von Assistant Desk laden.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="31"/>
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="32"/>
        <source>Fetch the assistants of an OpenAI-compatible server.</source>
        <translation>Die Assistenten eines OpenAI-kompatiblen Servers abrufen.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="34"/>
        <source>Open the demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="35"/>
        <source>A few example assistants with versions, experiments and pipelines to explore.</source>
        <translation>Einige Beispielassistenten mit Versionen, Experimenten und Pipelines zum Ausprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="36"/>
        <source>Create an assistant</source>
        <translation>Assistent erstellen</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="37"/>
        <source>Start from an empty form in this workspace.</source>
        <translation>Mit einem leeren Formular in diesem Arbeitsbereich beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="38"/>
        <source>Open another workspace…</source>
        <translation>Anderen Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="39"/>
        <source>Choose an existing workspace file.</source>
        <translation>Eine vorhandene Arbeitsbereichsdatei auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="66"/>
        <source>The workspace %1 is empty. Start with one of these:</source>
        <translation>Der Arbeitsbereich %1 ist leer. Beginnen Sie mit einer dieser Möglichkeiten:</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="68"/>
        <source>No workspace is open. Open the demo or choose a workspace file:</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Öffnen Sie die Demo oder wählen Sie eine Arbeitsbereichsdatei:</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="71"/>
        <location filename="../ui/welcomepage.cpp" line="90"/>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="88"/>
        <source>This window was started without a connection to OpenAI.</source>
        <translation>Dieses Fenster wurde ohne Verbindung zu OpenAI gestartet.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../app/storage/workspace.cpp" line="173"/>
        <location filename="../app/storage/workspace.cpp" line="253"/>
        <source>No assistant with id “%1” in this workspace.</source>
        <translation>Kein Assistent mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="303"/>
        <source>No file with id “%1” in this workspace.</source>
        <translation>Keine Datei mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="521"/>
        <source>No record with id “%1” in this workspace.</source>
        <translation>Kein Eintrag mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="528"/>
        <source>File “%1” has no local copy and was never uploaded. Add it again.</source>
        <translation>Die Datei „%1“ hat keine lokale Kopie und wurde nie hochgeladen. Fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="553"/>
        <location filename="../app/storage/workspacechecks.cpp" line="162"/>
        <source>Id: “%1” already exists</source>
        <translation>ID: „%1“ existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="662"/>
        <location filename="../app/storage/workspace.cpp" line="723"/>
        <location filename="../app/storage/workspacechecks.cpp" line="141"/>
        <location filename="../app/storage/workspacesync.cpp" line="179"/>
        <location filename="../app/storage/workspacesync.cpp" line="347"/>
        <source>Archived assistants are read-only.</source>
        <translation>Archivierte Assistenten sind schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="669"/>
        <source>“%1” was changed by %2 at %3 while you edited it. Nothing was saved; choose what to keep.</source>
        <translation>„%1“ wurde von %2 am %3 geändert, während Sie es bearbeitet haben. Es wurde nichts gespeichert; wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="725"/>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="796"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="30"/>
        <location filename="../app/storage/workspacechecks.cpp" line="139"/>
        <location filename="../app/storage/workspacesync.cpp" line="177"/>
        <location filename="../app/storage/workspacesync.cpp" line="345"/>
        <source>Assistant versions are read-only. Edit the working assistant instead.</source>
        <translation>Assistentenversionen sind schreibgeschützt. Bearbeiten Sie stattdessen die Arbeitsversion des Assistenten.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacesync.cpp" line="228"/>
        <source>This assistant no longer exists in OpenAI (%1).</source>
        <translation>Dieser Assistent existiert in OpenAI nicht mehr (%1).</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacesync.cpp" line="351"/>
        <source>“%1” has no fetched OpenAI state to take values from. Check it first.</source>
        <translation>Für „%1“ wurde noch kein Stand aus OpenAI abgerufen, aus dem Werte übernommen werden können. Prüfen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="41"/>
        <source>Released experiment versions are read-only. Edit the unreleased experiment instead.</source>
        <translation>Freigegebene Experimentversionen sind schreibgeschützt. Bearbeiten Sie stattdessen das nicht freigegebene Experiment.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="46"/>
        <source>Pipeline versions are read-only. Edit the working pipeline instead.</source>
        <translation>Pipeline-Versionen sind schreibgeschützt. Bearbeiten Sie stattdessen die Arbeitsversion der Pipeline.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="51"/>
        <source>Archived experiments are read-only.</source>
        <translation>Archivierte Experimente sind schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="56"/>
        <source>Archived pipelines are read-only.</source>
        <translation>Archivierte Pipelines sind schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="118"/>
        <source>No experiment with id “%1” in this workspace.</source>
        <translation>Kein Experiment mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="132"/>
        <source>No pipeline with id “%1” in this workspace.</source>
        <translation>Keine Pipeline mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="167"/>
        <source>no assistant “%1” in this workspace</source>
        <translation>kein Assistent „%1“ in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="171"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="190"/>
        <source>“%1” is archived</source>
        <translation>„%1“ ist archiviert</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="186"/>
        <source>no pipeline “%1” in this workspace</source>
        <translation>keine Pipeline „%1“ in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="214"/>
        <source>Only a released experiment version can be published or unpublished.</source>
        <translation>Veröffentlichen und Veröffentlichung aufheben sind nur bei einer freigegebenen Experimentversion möglich.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="242"/>
        <source>Node: no node “%1” in this pipeline</source>
        <translation>Knoten: kein Knoten „%1“ in dieser Pipeline</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="584"/>
        <source>“%1” is still used by %2. Change their pipeline or archive them first.</source>
        <translation>„%1“ wird noch von %2 verwendet. Ändern Sie zuerst deren Pipeline oder archivieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="585"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/storage/workspacechecks.cpp" line="191"/>
        <location filename="../app/storage/workspacechecks.cpp" line="219"/>
        <source>No check with id “%1” in this workspace.</source>
        <translation>Keine Prüfung mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacechecks.cpp" line="211"/>
        <source>Way: must be “assistants” or “responses”</source>
        <translation>Weg: muss „assistants“ oder „responses“ sein</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <location filename="../app/storage/workspacecopy.cpp" line="132"/>
        <source>The two workspaces have different formats (%1 and %2). Open both with this version first.</source>
        <translation>Die beiden Arbeitsbereiche haben unterschiedliche Formate (%1 und %2). Öffnen Sie zuerst beide mit dieser Version.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacecopy.cpp" line="151"/>
        <source>The target workspace “%1” is not empty. Copy into a new file or an empty database.</source>
        <translation>Der Ziel-Arbeitsbereich „%1“ ist nicht leer. Kopieren Sie in eine neue Datei oder eine leere Datenbank.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="19"/>
        <source>Workspace URL: %1</source>
        <translation>Arbeitsbereich-URL: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="44"/>
        <source>Workspace: give a file path or a postgresql:// URL.</source>
        <translation>Arbeitsbereich: Geben Sie einen Dateipfad oder eine postgresql://-URL an.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="54"/>
        <source>Workspace: “%1” is a %2:// URL. A workspace is a file path or a postgresql:// URL.</source>
        <translation>Arbeitsbereich: „%1“ ist eine %2://-URL. Ein Arbeitsbereich ist ein Dateipfad oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="62"/>
        <location filename="../app/storage/workspacelocation.cpp" line="67"/>
        <source>leave the password out of the URL; it comes from PGPASSWORD or the system keychain.</source>
        <translation>lassen Sie das Passwort aus der URL weg; es kommt aus PGPASSWORD oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="69"/>
        <source>a fragment (“#%1”) is not an option.</source>
        <translation>ein Fragment („#%1“) ist keine Option.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="75"/>
        <source>name the database user: postgresql://user@host/dbname.</source>
        <translation>nennen Sie den Datenbankbenutzer: postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="79"/>
        <source>the port must be between 1 and 65535.</source>
        <translation>der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="83"/>
        <source>name the database after the host: postgresql://user@host/dbname.</source>
        <translation>nennen Sie die Datenbank nach dem Host: postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="90"/>
        <source>the option “%1” is given twice.</source>
        <translation>die Option „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="94"/>
        <source>sslmode must be one of %1 (not “%2”).</source>
        <translation>sslmode muss einer von %1 sein (nicht „%2“).</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="98"/>
        <source>sslrootcert needs the path of a CA certificate file.</source>
        <translation>sslrootcert braucht den Pfad einer CA-Zertifikatsdatei.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="104"/>
        <source>connect_timeout must be a number of seconds from 1 to 300.</source>
        <translation>connect_timeout muss eine Anzahl Sekunden von 1 bis 300 sein.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="108"/>
        <source>the host option names a socket folder (an absolute path) and only when the URL has no host.</source>
        <translation>die Option host nennt einen Socket-Ordner (einen absoluten Pfad), und nur, wenn die URL keinen Host hat.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="112"/>
        <source>unknown option “%1” (allowed: sslmode, sslrootcert, connect_timeout, host).</source>
        <translation>unbekannte Option „%1“ (erlaubt: sslmode, sslrootcert, connect_timeout, host).</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="116"/>
        <source>name the server: postgresql://user@host:port/dbname.</source>
        <translation>nennen Sie den Server: postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="120"/>
        <source>sslmode=%1 would send the password and the workspace unencrypted to %2. Use verify-full (the default) or require.</source>
        <translation>sslmode=%1 würde das Passwort und den Arbeitsbereich unverschlüsselt an %2 senden. Verwenden Sie verify-full (die Vorgabe) oder require.</translation>
    </message>
    <message>
        <location filename="../app/storage/workspacelocation.cpp" line="175"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <location filename="../app/session/workspaceopener.cpp" line="33"/>
        <source>Workspace “%1” does not exist. Create it with import-workspace or open it in Assistant Desk.</source>
        <translation>Der Arbeitsbereich „%1“ existiert nicht. Erstellen Sie ihn mit import-workspace oder öffnen Sie ihn in Assistant Desk.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../app/session/workspacesession.cpp" line="167"/>
        <source>No server features here.</source>
        <translation>Hier gibt es keine Serverfunktionen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="62"/>
        <source>Edit OpenAI Assistants and keep them in sync.</source>
        <translation>OpenAI-Assistenten bearbeiten und synchron halten.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="66"/>
        <source>Open the workspace &lt;path&gt;: a file, or a team workspace URL (postgresql://user@host:port/dbname).</source>
        <translation>Den Arbeitsbereich &lt;path&gt; öffnen: eine Datei oder eine URL eines Team-Arbeitsbereichs (postgresql://user@host:port/dbname).</translation>
    </message>
</context>
</TS>
