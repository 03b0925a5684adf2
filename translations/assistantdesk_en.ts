<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="28"/>
        <source>About Assistant Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="36"/>
        <source>Assistant Desk icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="38"/>
        <source>Assistant Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="40"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="42"/>
        <source>Edit OpenAI Assistants, keep them in a local workspace and in sync with the server, release versions and archive safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="46"/>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="50"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="53"/>
        <source>Assistant Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="58"/>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="59"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="60"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="77"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="79"/>
        <source>Copy the version and library details, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../ui/actionregistry.cpp" line="84"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="86"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="88"/>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="90"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/actionregistry.cpp" line="92"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveConfirmation</name>
    <message>
        <location filename="../ui/archiveconfirmation.cpp" line="24"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePlan</name>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="146"/>
        <location filename="../app/domain/archiveplanner.cpp" line="431"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="184"/>
        <location filename="../app/domain/archiveplanner.cpp" line="233"/>
        <location filename="../app/domain/archiveplanner.cpp" line="241"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="208"/>
        <location filename="../app/domain/archiveplanner.cpp" line="233"/>
        <location filename="../app/domain/archiveplanner.cpp" line="241"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="178"/>
        <source>uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="184"/>
        <location filename="../app/domain/archiveplanner.cpp" line="207"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="185"/>
        <source>uses pipeline %1 · %2, which uses %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="213"/>
        <source>1 Assistant node uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="214"/>
        <source>%n Assistant nodes use %1</source>
        <translation>
            <numerusform>%n Assistant node uses %1</numerusform>
            <numerusform>%n Assistant nodes use %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="295"/>
        <source>No assistant with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="298"/>
        <source>“%1” is a version; archive its working assistant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="299"/>
        <source>“%1” is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="300"/>
        <source>Archive is offered only on a non-archived working assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="384"/>
        <source>Cannot archive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="389"/>
        <source>This assistant or one of its versions is still in use. Resolve each item below, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="396"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="398"/>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="400"/>
        <source>Experiments Referencing Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="407"/>
        <source>Archive “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="418"/>
        <source>1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="418"/>
        <source>%n versions</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="419"/>
        <source>1 assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="419"/>
        <source>%n assistants</source>
        <translation>
            <numerusform>%n assistant</numerusform>
            <numerusform>%n assistants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="420"/>
        <source>1 vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="420"/>
        <source>%n vector stores</source>
        <translation>
            <numerusform>%n vector store</numerusform>
            <numerusform>%n vector stores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="421"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/domain/archiveplanner.cpp" line="421"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="422"/>
        <source>This archives the assistant and its %1 and deletes them in OpenAI: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="431"/>
        <source>These released experiment versions will be archived too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/archiveplanner.cpp" line="436"/>
        <source>You are offline; the deletion in OpenAI will run when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="32"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="33"/>
        <source>Tools &amp;&amp; files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="72"/>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="75"/>
        <source>Local changes are not in OpenAI yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="79"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="87"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="175"/>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="180"/>
        <source>v%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="205"/>
        <source>No assistant selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="210"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="213"/>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="221"/>
        <source>Read-only: version v%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="281"/>
        <location filename="../ui/assistanteditor.cpp" line="325"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/assistanteditor.cpp" line="318"/>
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Not saved: %n field needs attention.</numerusform>
            <numerusform>Not saved: %n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="98"/>
        <location filename="../models/assistantlistmodel.cpp" line="102"/>
        <location filename="../models/assistantlistmodel.cpp" line="103"/>
        <source>checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="100"/>
        <source>checked yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="109"/>
        <source>No Assistants API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="134"/>
        <source>Showing the last known status (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="137"/>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="140"/>
        <source>Not pushed: local changes are not in OpenAI yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="171"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="171"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="171"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="171"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantWire</name>
    <message>
        <location filename="../app/openai/assistantwire.cpp" line="69"/>
        <source>Code interpreter files: not uploaded yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeDelegate</name>
    <message>
        <location filename="../ui/badgedelegate.cpp" line="55"/>
        <source>%1 · stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/badgedelegate.cpp" line="66"/>
        <source>Not pushed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <location filename="../app/storage/blobstore.cpp" line="35"/>
        <source>Cannot create the folder for file copies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/blobstore.cpp" line="41"/>
        <source>Cannot store a copy of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/blobstore.cpp" line="51"/>
        <source>The local copy is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockerDialog</name>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="65"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="67"/>
        <source>Look for blockers again after you changed something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="102"/>
        <location filename="../ui/blockerdialog.cpp" line="185"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="134"/>
        <source>Checked again: 1 item still blocks archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/blockerdialog.cpp" line="135"/>
        <source>Checked again: %n items still block archiving.</source>
        <translation>
            <numerusform>Checked again: %n item still blocks archiving.</numerusform>
            <numerusform>Checked again: %n items still block archiving.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="187"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="189"/>
        <source>Show this pipeline with the nodes that use the assistant selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="190"/>
        <source>Show this experiment in the main window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <location filename="../app/about/buildinfo.cpp" line="37"/>
        <source>All rights reserved (no open-source licence has been chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/about/buildinfo.cpp" line="43"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <location filename="../app/export/bundle.cpp" line="52"/>
        <source>Cannot import the bundle “%1”: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="81"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="83"/>
        <source>the size of %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="85"/>
        <source>%1 does not have the expected size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="88"/>
        <location filename="../app/export/bundle.cpp" line="103"/>
        <source>cannot read %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="159"/>
        <source>Cannot write the bundle “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="280"/>
        <source>Cannot read the bundle “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="281"/>
        <source>it is not a readable zip archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="290"/>
        <source>manifest.json is not an Assistant Desk bundle manifest (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="301"/>
        <source>Bundle “%1” not imported. Already in the workspace as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="303"/>
        <source>Cannot import the bundle “%1”: its definition has problems. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="332"/>
        <source>manifest.json lists a file that is not in the definition (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/bundle.cpp" line="338"/>
        <source>the copy of “%1” (%2) does not match its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupPanel</name>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="68"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="69"/>
        <location filename="../ui/cleanuppanel.cpp" line="174"/>
        <source>Queue the selected failed deletions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="70"/>
        <source>Retry all failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="71"/>
        <location filename="../ui/cleanuppanel.cpp" line="173"/>
        <source>Queue every failed deletion again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="172"/>
        <source>You are offline; retried deletions run when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="44"/>
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

Global options:
  --workspace PATH   the workspace file (default: %1)
  --json             machine-readable output on stdout
  --quiet            no progress or informational messages
  --interactive      ask before deleting or sending (archive, orphans --delete, push)
  --help, --version

Exit status: 0 success, 1 failed or refused, 2 usage error, 3 blocked, 4 network or server error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="97"/>
        <source>Usage: assistant-desk-cli [global options] %1 [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="106"/>
        <location filename="../app/cli/clisupport.cpp" line="88"/>
        <source>Run &apos;assistant-desk-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="134"/>
        <location filename="../app/cli/clisupport.cpp" line="103"/>
        <source>Workspace “%1” does not exist. Create it with import-workspace or open it in Assistant Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="157"/>
        <source>import-workspace takes exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="161"/>
        <source>Cannot import “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="175"/>
        <source>Cannot import “%1”: the file has errors; nothing was imported. Problems: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="194"/>
        <source>Imported “%1” into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="207"/>
        <source>Unknown option for export-workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="211"/>
        <source>export-workspace takes at most one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="223"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="227"/>
        <source>Exported the workspace to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="238"/>
        <source>Unknown argument for list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="268"/>
        <source>No assistants in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="272"/>
        <source>No Assistants API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="274"/>
        <location filename="../app/cli/cli.cpp" line="382"/>
        <location filename="../app/cli/synccommands.cpp" line="63"/>
        <source> · Not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="276"/>
        <source> · Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="278"/>
        <source>never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="296"/>
        <source>show takes exactly one assistant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="380"/>
        <source>Read-only: version v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="381"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="383"/>
        <location filename="../app/cli/synccommands.cpp" line="65"/>
        <source> · checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="385"/>
        <source>Last check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="387"/>
        <source>Differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="388"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="389"/>
        <source>Remote id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="389"/>
        <location filename="../app/cli/cli.cpp" line="393"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="391"/>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="392"/>
        <source>Temperature: %1 · Top P: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="393"/>
        <source>Tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="396"/>
        <source>Function: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="398"/>
        <source>Code interpreter file: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="400"/>
        <source>File search file: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="402"/>
        <source>Version v%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="403"/>
        <source>Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="416"/>
        <location filename="../app/cli/cli.cpp" line="449"/>
        <source>--workspace needs a PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="435"/>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="447"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="474"/>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="70"/>
        <source>Last known: %1, checked %2 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="74"/>
        <source>in the workspace but not in OpenAI: %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="77"/>
        <source>in OpenAI but not in the workspace: %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="117"/>
        <source>Unknown option for import-remote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="124"/>
        <source>import-remote takes REMOTE_ID… or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="128"/>
        <source>REMOTE_ID: “%1” is not an assistant id (e.g. asst_abc123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="157"/>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="160"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="168"/>
        <source>Imported %1 · already in the workspace %2 · failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="177"/>
        <source>Unknown option for check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="180"/>
        <source>check takes ID… or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="121"/>
        <location filename="../app/cli/synccommands.cpp" line="184"/>
        <source>--concurrency takes a number from 1 to 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="223"/>
        <source>Check cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="233"/>
        <source>push takes one assistant ID: push ID [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="257"/>
        <source>Push these changes to OpenAI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="258"/>
        <source>Nothing was pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="281"/>
        <source>Nothing to push: already in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommands.cpp" line="283"/>
        <source>Pushed %n step(s).</source>
        <translation>
            <numerusform>Pushed %n step.</numerusform>
            <numerusform>Pushed %n steps.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="285"/>
        <source>The server did not keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="303"/>
        <source>pull takes one assistant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="323"/>
        <source>archive takes one assistant ID: archive ID [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="350"/>
        <location filename="../app/cli/synccommands.cpp" line="369"/>
        <source>Cannot archive “%1”: it is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="360"/>
        <source>Nothing was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="377"/>
        <source>Archived. The deletion in OpenAI is queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="383"/>
        <source>Archived. Remote cleanup: %1 done, %2 failed, %3 pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="391"/>
        <source>deletions takes only --retry and --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommands.cpp" line="433"/>
        <source>%n deletion(s) still queued: %1</source>
        <translation>
            <numerusform>%n deletion still queued: %1</numerusform>
            <numerusform>%n deletions still queued: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommands.cpp" line="431"/>
        <source>%n deletion(s) failed; see the list.</source>
        <translation>
            <numerusform>%n deletion failed; see the list.</numerusform>
            <numerusform>%n deletions failed; see the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="77"/>
        <source>--base-url needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="81"/>
        <source>--organization needs an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="84"/>
        <source>--project needs an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="88"/>
        <source>Unknown argument for connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="92"/>
        <source>connect needs --base-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="94"/>
        <source>Base URL: is empty; give the server&apos;s URL, e.g. https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="103"/>
        <source>No API key on standard input. Pipe the key in, or pass --no-key to use OPENAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="121"/>
        <source>The connection changed: every status is now Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="140"/>
        <source>Connected %1 to %2; the key will come from OPENAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="141"/>
        <source>Connected %1 to %2; the key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="151"/>
        <source>remote takes a subcommand: remote list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="153"/>
        <source>Unknown argument for remote list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="155"/>
        <source>Workspace “%1” does not exist. Connect it first with connect --base-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="199"/>
        <source>Untitled assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/remotecommands.cpp" line="203"/>
        <source>%n assistant(s) on %1.</source>
        <translation>
            <numerusform>%n assistant on %1.</numerusform>
            <numerusform>%n assistants on %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="39"/>
        <source>Unknown option for export-responses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="44"/>
        <source>export-responses takes exactly one assistant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="62"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="67"/>
        <source>Not carried over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="80"/>
        <source>Unknown option for bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="85"/>
        <source>bundle takes an assistant ID and the OUT.zip file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="101"/>
        <source>Wrote the bundle “%1”: “%2”, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="102"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="102"/>
        <location filename="../app/cli/orphancommands.cpp" line="46"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="106"/>
        <source>Warning: “%1” has no local copy; the bundle holds its record only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="127"/>
        <source>Imported the bundle “%1” (“%2”) into %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="30"/>
        <source>Orphans as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="32"/>
        <source>The server has no Assistants API (404): no remote assistants were listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="34"/>
        <source>The server has no vector stores API (404): no vector stores were listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="38"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="38"/>
        <location filename="../app/cli/orphancommands.cpp" line="43"/>
        <source> none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="41"/>
        <location filename="../app/cli/orphancommands.cpp" line="47"/>
        <location filename="../app/cli/orphancommands.cpp" line="53"/>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="42"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="42"/>
        <location filename="../app/cli/orphancommands.cpp" line="48"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="43"/>
        <source>Vector stores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="45"/>
        <location filename="../app/cli/orphancommands.cpp" line="52"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="48"/>
        <source>last active %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="50"/>
        <source>Assistants not in this workspace (import them with import-remote):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="60"/>
        <source>vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="60"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="75"/>
        <source>Unknown argument for orphans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="78"/>
        <source>orphans --delete needs --yes (or --interactive): it deletes every listed orphan in OpenAI. Run orphans without --delete first to see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="81"/>
        <source>--yes goes with --delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="83"/>
        <source>--cached shows the last scan; it cannot be combined with --delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="94"/>
        <source>No orphan scan is stored in this workspace for its server yet. Run orphans online first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/orphancommands.cpp" line="126"/>
        <source>Delete these %n object(s) in OpenAI? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this %n object in OpenAI? This cannot be undone.</numerusform>
            <numerusform>Delete these %n objects in OpenAI? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="128"/>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="164"/>
        <source>Skipped %1: now in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="166"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="168"/>
        <source>Failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="170"/>
        <source>Queued %1: not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/orphancommands.cpp" line="180"/>
        <source>No orphans to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="55"/>
        <source>Unknown option for release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="61"/>
        <source>release takes one experiment ID: release EXPERIMENT_ID [--publish].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="93"/>
        <source>Released “%1” v%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="96"/>
        <source> [published]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/releasecommands.cpp" line="101"/>
        <source>Pipeline %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="59"/>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="63"/>
        <source>y</source>
        <comment>the short yes answer to a [y/N] question</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="33"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="38"/>
        <source>optional, e.g. org-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="39"/>
        <source>optional, e.g. proj_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>sk-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>Stored in the system keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="64"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="66"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="67"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="68"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="136"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="168"/>
        <source>Connected: %n model(s)</source>
        <translation>
            <numerusform>Connected: %n model</numerusform>
            <numerusform>Connected: %n models</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="169"/>
        <source>Connected (the server offers no models list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="177"/>
        <source>Connected, but the capabilities could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="199"/>
        <location filename="../ui/connectiondialog.cpp" line="205"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="220"/>
        <source>The connection is saved, but the key could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="240"/>
        <source>What the server supports (checked %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="241"/>
        <source>What the server supports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="265"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="22"/>
        <source>Cannot open workspace “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="27"/>
        <source>it is locked by another program. Close the other program and try again. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="68"/>
        <source>it is not an Assistant Desk workspace (%1). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="116"/>
        <source>the SQLite driver of Qt is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="121"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="128"/>
        <source>it is not an Assistant Desk workspace (not an SQLite database). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="135"/>
        <source>it was written by a newer version of Assistant Desk (workspace format %1; this version reads up to %2). Update Assistant Desk. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="142"/>
        <source>it is an SQLite database of another program, not an Assistant Desk workspace. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="147"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="173"/>
        <source>it was written by a newer version of Assistant Desk. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="221"/>
        <location filename="../app/storage/database.cpp" line="227"/>
        <source>updating the workspace format to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="244"/>
        <source>starting a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="252"/>
        <source>saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="269"/>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="277"/>
        <source>running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="286"/>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="300"/>
        <source>Workspace error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionJobModel</name>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="97"/>
        <source>Waiting to be deleted in OpenAI; runs when the app is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="98"/>
        <source>Being deleted in OpenAI now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="99"/>
        <source>Deleted in OpenAI (or already gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="100"/>
        <source>The deletion failed; select it and choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Remote ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="116"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="139"/>
        <source>Remote cleanup: %1 failed, %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/deletionjobmodel.cpp" line="141"/>
        <source>Remote cleanup: %n failed</source>
        <translation>
            <numerusform>Remote cleanup: %n failed</numerusform>
            <numerusform>Remote cleanup: %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/deletionjobmodel.cpp" line="143"/>
        <source>Remote cleanup: %n pending</source>
        <translation>
            <numerusform>Remote cleanup: %n pending</numerusform>
            <numerusform>Remote cleanup: %n pending</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="144"/>
        <source>Remote cleanup: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="150"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="150"/>
        <source>Vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="150"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="157"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="157"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="157"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="158"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionQueue</name>
    <message>
        <location filename="../app/archive/deletionqueue.cpp" line="93"/>
        <location filename="../app/versions/releaser.cpp" line="64"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="61"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="62"/>
        <source>“%1” has unsaved changes. Save them before continuing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferencesTab</name>
    <message>
        <location filename="../ui/differencestab.cpp" line="71"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="71"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="71"/>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="71"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="84"/>
        <source>Choose per row whether to keep the workspace value or take the OpenAI value, then Apply. Apply works offline; what is still different can be pushed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="89"/>
        <location filename="../ui/differencestab.cpp" line="175"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="91"/>
        <source>Write the values of the rows set to “Take OpenAI” into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="107"/>
        <source>Select a row to compare its workspace and OpenAI values line by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/differencestab.cpp" line="175"/>
        <source>Apply (%n)</source>
        <translation>
            <numerusform>Apply (%n)</numerusform>
            <numerusform>Apply (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="180"/>
        <source>Differences (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="180"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="190"/>
        <source>Never pushed: this assistant is not in OpenAI yet. Push it to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="193"/>
        <source>Not checked yet. Use Check to compare it with OpenAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="196"/>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="196"/>
        <source>In sync · checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="199"/>
        <source>%1 · checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="202"/>
        <source>This assistant no longer exists in OpenAI (%1). Push re-creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="205"/>
        <source>No Assistants API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="205"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="211"/>
        <source>Last known: %1, checked %2 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="242"/>
        <source>Only in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="244"/>
        <source>Only in OpenAI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="260"/>
        <source>Keep workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="261"/>
        <source>Take OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="262"/>
        <source>Resolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="263"/>
        <source>Keep the workspace value (pushed later), or take the OpenAI value into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="273"/>
        <source>only in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="273"/>
        <source>only in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="274"/>
        <source>no remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="275"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="277"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="290"/>
        <source>- workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="290"/>
        <source>+ OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="312"/>
        <location filename="../ui/differencestab.cpp" line="320"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="314"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="316"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="316"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentListModel</name>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="23"/>
        <source>Assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="25"/>
        <source>Pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="26"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="36"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="36"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="36"/>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="36"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentView</name>
    <message>
        <location filename="../ui/experimentview.cpp" line="60"/>
        <source>The assistant this experiment uses directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="61"/>
        <source>Remove assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="63"/>
        <source>Remove pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="64"/>
        <source>⚠ Highlighted: uses the assistant you are archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="66"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="67"/>
        <source>Make this the published version (the family&apos;s other versions are unpublished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="68"/>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="69"/>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="70"/>
        <source>Create a version of this experiment and of the assistants it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="71"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="75"/>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="76"/>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="77"/>
        <source>&amp;Assistant (direct):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="80"/>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="140"/>
        <source>Archived: this experiment record is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="141"/>
        <source>Read-only: released version v%1 of %2. Publish, unpublish or archive it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="208"/>
        <source>This archives this released version. It stays in the workspace, read-only; there is no unarchive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="209"/>
        <source>This archives the experiment and its released versions. They stay in the workspace, read-only; there is no unarchive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="26"/>
        <source>E&amp;xport for Responses API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="28"/>
        <source>Show the assistant as a Responses-API request config to copy or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="33"/>
        <source>Export &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="35"/>
        <source>Save the assistant, every version, the file list and the local file copies in one zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="39"/>
        <source>Import &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="83"/>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportcontroller.cpp" line="94"/>
        <source>Bundle saved to %1, without the contents of %n file(s): the workspace has no local copy of them.</source>
        <translation>
            <numerusform>Bundle saved to %1, without the contents of %n file: the workspace has no local copy of it.</numerusform>
            <numerusform>Bundle saved to %1, without the contents of %n files: the workspace has no local copy of them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="101"/>
        <source>Bundle saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="109"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="119"/>
        <source>Imported “%1” from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportcontroller.cpp" line="126"/>
        <source>Assistant Desk bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="36"/>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="38"/>
        <source>Add function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="39"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="40"/>
        <source>Function name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="43"/>
        <source>Parameters (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="47"/>
        <source>Pretty-print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="48"/>
        <source>Strict (the model must follow the schema exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="72"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="73"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="74"/>
        <source>Parameters (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="111"/>
        <source>invalid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="113"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="149"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="203"/>
        <source>new_function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettingsController</name>
    <message>
        <location filename="../ui/generalsettingscontroller.cpp" line="15"/>
        <source>&amp;General…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingscontroller.cpp" line="17"/>
        <source>Concurrent requests, request timeout and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingscontroller.cpp" line="31"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettingsDialog</name>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="21"/>
        <source>General settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="27"/>
        <source>How many requests run at once, for Check all and every other server action (1–32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="33"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="35"/>
        <source>How long one request may wait for an answer before it is retried; uploads time out only without progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="41"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="41"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="41"/>
        <source>Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="46"/>
        <source>Takes effect after restarting Assistant Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="50"/>
        <source>The theme follows the system&apos;s light or dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="55"/>
        <source>&amp;Concurrent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="56"/>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generalsettingsdialog.cpp" line="57"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../ui/generaltab.cpp" line="51"/>
        <location filename="../ui/generaltab.cpp" line="261"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="52"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="59"/>
        <location filename="../ui/generaltab.cpp" line="260"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="59"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="60"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="68"/>
        <location filename="../ui/generaltab.cpp" line="71"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="72"/>
        <location filename="../ui/generaltab.cpp" line="75"/>
        <source>Top P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="79"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="80"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="80"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="86"/>
        <source>Add pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="87"/>
        <source>Remove pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="109"/>
        <source>Top P:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="132"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="142"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="143"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="144"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="145"/>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="146"/>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="204"/>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../ui/helpcontroller.cpp" line="14"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/helpcontroller.cpp" line="20"/>
        <source>&amp;About Assistant Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAllDialog</name>
    <message>
        <location filename="../ui/importalldialog.cpp" line="60"/>
        <source>Import all from OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="72"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="72"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="72"/>
        <source>In the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="76"/>
        <source>Assistants in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="96"/>
        <source>Select all &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="99"/>
        <source>Select n&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="102"/>
        <source>&amp;List again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="107"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="190"/>
        <source>Could not list the assistants in OpenAI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="222"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="229"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="233"/>
        <source>Already in the workspace as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="303"/>
        <source>Importing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="310"/>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="329"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="334"/>
        <source>Imported %1 · already in the workspace %2 · failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="339"/>
        <source>Import cancelled: %1 · not imported %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="368"/>
        <source>Listing assistants in OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="383"/>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="390"/>
        <source>Listing every assistant in OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="392"/>
        <source>Not listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="392"/>
        <source>Not listed yet. Listing needs a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="396"/>
        <source>Listed %1 — offline, import not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="398"/>
        <source>Listed %1 (listing again failed) · %2 in OpenAI, %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="400"/>
        <source>Listed %1 · %2 in OpenAI, %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="405"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="407"/>
        <source>Import the checked assistants into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importalldialog.cpp" line="409"/>
        <source>List the assistants in OpenAI again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="188"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="198"/>
        <location filename="../app/interchange/interchange.cpp" line="237"/>
        <location filename="../app/interchange/interchange.cpp" line="740"/>
        <location filename="../app/interchange/interchange.cpp" line="745"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="202"/>
        <location filename="../app/interchange/interchange.cpp" line="278"/>
        <location filename="../app/interchange/interchange.cpp" line="485"/>
        <location filename="../app/interchange/interchange.cpp" line="514"/>
        <location filename="../app/interchange/interchange.cpp" line="750"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="214"/>
        <source>must be a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="226"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="242"/>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="254"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="266"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="292"/>
        <location filename="../app/interchange/interchange.cpp" line="506"/>
        <location filename="../app/interchange/interchange.cpp" line="519"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="358"/>
        <source>duplicate id %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="363"/>
        <source>id already exists in the workspace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="395"/>
        <source>unknown file id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="396"/>
        <source>unknown assistant id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="397"/>
        <source>unknown experiment id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="398"/>
        <source>unknown pipeline id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="409"/>
        <source>%1 is also used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="413"/>
        <source>%1 is already linked in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="436"/>
        <source>is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="438"/>
        <source>decodes to %1 bytes, but size is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="442"/>
        <source>its SHA-256 is %1, but sha256 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="467"/>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="473"/>
        <source>must be &quot;code_interpreter&quot; or &quot;file_search&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="490"/>
        <location filename="../app/interchange/interchange.cpp" line="732"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="551"/>
        <location filename="../app/interchange/interchange.cpp" line="562"/>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="553"/>
        <source>version %1 appears twice in this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="561"/>
        <source>must be greater than every version number (highest is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="605"/>
        <location filename="../app/interchange/interchange.cpp" line="658"/>
        <location filename="../app/interchange/interchange.cpp" line="661"/>
        <location filename="../app/interchange/interchange.cpp" line="682"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="607"/>
        <location filename="../app/interchange/interchange.cpp" line="624"/>
        <location filename="../app/interchange/interchange.cpp" line="684"/>
        <location filename="../app/interchange/interchange.cpp" line="698"/>
        <source>%1 is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="630"/>
        <source>only one version of an experiment can be published (also %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="654"/>
        <source>duplicate node id %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="664"/>
        <source>only nodes of type &quot;assistant&quot; may name an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="719"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="726"/>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="730"/>
        <source>invalid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="742"/>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="748"/>
        <source>must be %1 (this version of Assistant Desk reads format version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="780"/>
        <source>…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../ui/jobprogress.cpp" line="19"/>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobprogress.cpp" line="21"/>
        <location filename="../ui/jobprogress.cpp" line="22"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobprogress.cpp" line="38"/>
        <source>Checking %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/secrets/keychainsecretstore.cpp" line="40"/>
        <source>The system keychain is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/keychainsecretstore.cpp" line="41"/>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Assistant Desk workspaces (*.adesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Import workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Export workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;New assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Save the assistant (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>Drop the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Copy the assistant as a new, never-pushed assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Applied: “%1” now matches OpenAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Applied. %n difference(s) remain; push them when you are online.</source>
        <translation>
            <numerusform>Applied. %n difference remains; push it when you are online.</numerusform>
            <numerusform>Applied. %n differences remain; push them when you are online.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>The workspace %1 could not be opened.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>%1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>Select an assistant on the left, or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>Select an experiment on the left to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>Select a pipeline on the left to see its nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>New assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="530"/>
        <source>Could not create the assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="547"/>
        <source>Could not duplicate the assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558"/>
        <location filename="../ui/mainwindow.cpp" line="563"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="564"/>
        <source>%1 already exists. Use “Open workspace…” to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="572"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Import workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>Nothing was imported from %1: the file has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="597"/>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="606"/>
        <source>Export workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="612"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>Could not create the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="86"/>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="53"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="61"/>
        <source>&amp;Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="65"/>
        <source>&amp;Update from OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="70"/>
        <source>&amp;Import all from OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="75"/>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="78"/>
        <source>Archive the assistant and its versions and delete them in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="47"/>
        <source>Work o&amp;ffline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="57"/>
        <source>Check a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="81"/>
        <source>R&amp;emote cleanup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="84"/>
        <source>Deletions in OpenAI after archiving, with their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="118"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="133"/>
        <source>Checked “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="140"/>
        <source>Check all cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="180"/>
        <source>No API key is stored. Add one in Settings → Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="181"/>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="196"/>
        <source>Compare the assistant with OpenAI (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="197"/>
        <source>Compare every assistant with OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="198"/>
        <source>Review and send the workspace version to OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="199"/>
        <source>Take the assistant as it is in OpenAI into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="200"/>
        <source>Import every assistant of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="216"/>
        <source>Checking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="236"/>
        <source>Change the connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="237"/>
        <source>This workspace has assistants linked to the current server. Their ids mean nothing on another server or project, so every status becomes “Not checked yet”. Change the connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="247"/>
        <source>Connection saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="265"/>
        <source>Pushed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="279"/>
        <source>Take “%1” as it is in OpenAI into the workspace? Files no longer in OpenAI are detached from this assistant, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="286"/>
        <source>As of the last check this changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="288"/>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowsync.cpp" line="290"/>
        <source>• and %n more</source>
        <translation>
            <numerusform>• and %n more</numerusform>
            <numerusform>• and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="293"/>
        <source>Discard your unpushed changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="294"/>
        <source>Update from OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="298"/>
        <source>Updating “%1” from OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="302"/>
        <source>Could not update “%1” from OpenAI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="307"/>
        <source>Updated “%1” from OpenAI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="352"/>
        <source>“%1” changed in the workspace; Revert shows the stored version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowarchive.cpp" line="50"/>
        <source>Archived. %n deletion(s) in OpenAI queued.</source>
        <translation>
            <numerusform>Archived. %n deletion in OpenAI queued.</numerusform>
            <numerusform>Archived. %n deletions in OpenAI queued.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowarchive.cpp" line="63"/>
        <source>Remote cleanup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="32"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="33"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagebanner.cpp" line="61"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="94"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="95"/>
        <location filename="../ui/navigatorpanel.cpp" line="141"/>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="95"/>
        <location filename="../ui/navigatorpanel.cpp" line="153"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="95"/>
        <location filename="../ui/navigatorpanel.cpp" line="156"/>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="103"/>
        <source>Search name or model (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="103"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="105"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="191"/>
        <source>New e&amp;xperiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="193"/>
        <source>Create an unreleased experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="194"/>
        <source>New &amp;pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="196"/>
        <source>Create a working pipeline without nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="247"/>
        <source>New experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="247"/>
        <source>Could not create the experiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="255"/>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="255"/>
        <source>Could not create the pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="14"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="19"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAi</name>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="558"/>
        <location filename="../app/sync/syncengine.cpp" line="748"/>
        <location filename="../app/versions/releaser.cpp" line="41"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAi::ApiError</name>
    <message>
        <location filename="../app/openai/apierror.cpp" line="31"/>
        <source>Bad request (400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="32"/>
        <source>Access denied (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="33"/>
        <source>Not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="34"/>
        <source>Method not allowed (405)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="35"/>
        <source>Request timeout (408)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="36"/>
        <source>Conflict (409)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="37"/>
        <source>Request too large (413)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="38"/>
        <source>Unsupported media type (415)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="39"/>
        <source>Unprocessable request (422)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="40"/>
        <source>HTTP error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="46"/>
        <source>%1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="83"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="90"/>
        <source>The server did not answer in time (1 attempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/openai/apierror.cpp" line="91"/>
        <source>The server did not answer in time (%n attempts).</source>
        <translation>
            <numerusform>The server did not answer in time (%n attempt).</numerusform>
            <numerusform>The server did not answer in time (%n attempts).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="95"/>
        <source>Cannot reach %1 (1 attempt): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/openai/apierror.cpp" line="96"/>
        <source>Cannot reach %1 (%n attempts): %2</source>
        <translation>
            <numerusform>Cannot reach %1 (%n attempt): %2</numerusform>
            <numerusform>Cannot reach %1 (%n attempts): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="100"/>
        <source>The server sent a reply that is not valid JSON (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="107"/>
        <source>The server rejected the API key (401). Check Settings → Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="109"/>
        <source>The server is rate-limiting requests. Tried once; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/openai/apierror.cpp" line="110"/>
        <source>The server is rate-limiting requests. Tried %n times; try again later.</source>
        <translation>
            <numerusform>The server is rate-limiting requests. Tried %n time; try again later.</numerusform>
            <numerusform>The server is rate-limiting requests. Tried %n times; try again later.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="115"/>
        <source>Server error %1 after 1 attempt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/openai/apierror.cpp" line="116"/>
        <source>Server error %1 after %n attempts: %2</source>
        <translation>
            <numerusform>Server error %1 after %n attempt: %2</numerusform>
            <numerusform>Server error %1 after %n attempts: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="121"/>
        <source>%1 does not offer the Assistants API (404). Point the base URL at an Assistants-v2-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="127"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAi::Connection</name>
    <message>
        <location filename="../app/openai/connection.cpp" line="45"/>
        <source>Base URL: must be an absolute URL such as https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="48"/>
        <source>Base URL: must start with https:// (or http:// for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="50"/>
        <source>Base URL: http:// is allowed only for a server on this computer (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="53"/>
        <source>Base URL: must not contain a query, a fragment or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="61"/>
        <source>Organization: must be an id without spaces, such as org-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="62"/>
        <source>Project: must be an id without spaces, such as proj_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apikey.cpp" line="19"/>
        <source>No API key is stored for %1. Add one in Settings → Connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAi::OpenAiClient</name>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="442"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="477"/>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="479"/>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="514"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="543"/>
        <source>No API key is stored for %1. Add one in Settings → Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="713"/>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="714"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="745"/>
        <source>the list has no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="971"/>
        <source>File batch: between 1 and 500 files per batch (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphanScan</name>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="246"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="247"/>
        <source>was used by archived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="268"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cleanup/orphanscan.cpp" line="269"/>
        <source>%n file(s) (%1)</source>
        <translation>
            <numerusform>%n file (%1)</numerusform>
            <numerusform>%n files (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cleanup/orphanscan.cpp" line="270"/>
        <source>%n vector store(s) (%1)</source>
        <translation>
            <numerusform>%n vector store (%1)</numerusform>
            <numerusform>%n vector stores (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="356"/>
        <source>skipped: now in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="382"/>
        <source>Listing assistants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="393"/>
        <source>Listing files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="400"/>
        <source>Listing vector stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cleanup/orphanscan.cpp" line="413"/>
        <source>Listing the files of %n vector store(s)…</source>
        <translation>
            <numerusform>Listing the files of %n vector store…</numerusform>
            <numerusform>Listing the files of %n vector stores…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cleanup/orphanscan.cpp" line="439"/>
        <source>Listed the files of vector store %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphanTableModel</name>
    <message>
        <location filename="../ui/orphansview.cpp" line="105"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="107"/>
        <source>No workspace assistant used it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="114"/>
        <source>Vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="114"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="116"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="128"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="141"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="142"/>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="142"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="142"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphansController</name>
    <message>
        <location filename="../ui/orphanscontroller.cpp" line="21"/>
        <source>&amp;Orphans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphanscontroller.cpp" line="24"/>
        <source>Files and vector stores in OpenAI that no assistant uses; delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphanscontroller.cpp" line="37"/>
        <source>Orphans in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphansView</name>
    <message>
        <location filename="../ui/orphansview.cpp" line="50"/>
        <location filename="../ui/orphansview.cpp" line="306"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="52"/>
        <source>Vector store “%1” (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="53"/>
        <source>File “%1” (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="55"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="165"/>
        <source>Assistants not in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="169"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="169"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="169"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="169"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="179"/>
        <source>They are never deleted here. Import them with Assistant → Import all from OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="191"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="193"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="195"/>
        <source>Delete selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="279"/>
        <source>Not scanned yet. A scan lists every file and vector store in OpenAI and shows the ones no assistant uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="284"/>
        <source>Last scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="285"/>
        <source>Last scan: %1 · shown as last fetched (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="289"/>
        <source>The server has no Assistants API (404): remote assistants could not be listed, so only the workspace decides what is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="292"/>
        <source>The server has no vector stores API (404): no vector stores were listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="318"/>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="320"/>
        <source>List every file and vector store in OpenAI and find the unused ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="324"/>
        <source>Show what would be deleted, then delete it in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="336"/>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="371"/>
        <source>Scan cancelled. The last scan is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="374"/>
        <source>Scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="384"/>
        <source>The scan could not be kept for offline use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="389"/>
        <source>Scan finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="430"/>
        <source>Delete in OpenAI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="431"/>
        <source>This deletes %1 in OpenAI. Just before each deletion the app checks again that nothing uses the object; what is in use by then is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="434"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="436"/>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orphansview.cpp" line="447"/>
        <source>Deleting %n object(s) in OpenAI…</source>
        <translation>
            <numerusform>Deleting %n object in OpenAI…</numerusform>
            <numerusform>Deleting %n objects in OpenAI…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="484"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="486"/>
        <source>skipped %1 (now in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="488"/>
        <source>failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orphansview.cpp" line="490"/>
        <source>queued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orphansview.cpp" line="494"/>
        <source>%n deletion(s) failed. Assistant → Remote cleanup… shows the errors and offers Retry.</source>
        <translation>
            <numerusform>%n deletion failed. Assistant → Remote cleanup… shows the error and offers Retry.</numerusform>
            <numerusform>%n deletions failed. Assistant → Remote cleanup… shows the errors and offers Retry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineListModel</name>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="17"/>
        <source>(no assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="18"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="23"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="23"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="23"/>
        <source>Assistant nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="23"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../ui/pipelineview.cpp" line="45"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="45"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="45"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="45"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="53"/>
        <source>The assistant the selected Assistant node uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="54"/>
        <source>Remove node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="58"/>
        <source>Label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="59"/>
        <source>Add assistant node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="61"/>
        <source>Archive pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="65"/>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="66"/>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="69"/>
        <source>Selected node&apos;s &amp;assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="82"/>
        <source>Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="119"/>
        <source>Archived: this pipeline record is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="120"/>
        <source>Read-only: version v%1 of %2. Edit the working pipeline instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="137"/>
        <source>%1 (uses %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="141"/>
        <source>no experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="161"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="265"/>
        <source>%1 · v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="268"/>
        <source>This archives this pipeline version. It stays in the workspace, read-only; there is no unarchive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="269"/>
        <source>This archives the pipeline and its versions. They stay in the workspace, read-only; there is no unarchive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <location filename="../ui/pushdialog.cpp" line="35"/>
        <source>Push “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="39"/>
        <source>Checking “%1” against OpenAI to plan the push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="51"/>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="74"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="80"/>
        <source>The push cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="105"/>
        <source>The push runs these steps in this order. Lines marked “removes a change made in OpenAI” undo edits made there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="107"/>
        <source>The push runs these steps in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="111"/>
        <location filename="../ui/pushdialog.cpp" line="175"/>
        <location filename="../ui/pushdialog.cpp" line="187"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="158"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="166"/>
        <source>Uploaded %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="174"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pushdialog.cpp" line="191"/>
        <source>Pushed: %n step(s) done.</source>
        <translation>
            <numerusform>Pushed: %n step done.</numerusform>
            <numerusform>Pushed: %n steps done.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="195"/>
        <source>The server did not keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="197"/>
        <source>Failed to index in the vector store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="199"/>
        <source>Status now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="212"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="212"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushPlan</name>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="20"/>
        <location filename="../app/sync/pushplan.cpp" line="30"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="26"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="26"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="58"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="60"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="77"/>
        <source>Nothing to push: already in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="80"/>
        <location filename="../app/sync/pushplan.cpp" line="83"/>
        <source> (removes a change made in OpenAI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="119"/>
        <source>File “%1” has no local copy and was never uploaded. Add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="120"/>
        <source>Upload %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="144"/>
        <source>Use vector store %1 already attached in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="160"/>
        <source>Create vector store “%1 - File Search” with 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="161"/>
        <source>Create vector store “%1 - File Search” with %n files</source>
        <translation>
            <numerusform>Create vector store “%1 - File Search” with %n file</numerusform>
            <numerusform>Create vector store “%1 - File Search” with %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="182"/>
        <source>Add 1 file to vector store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="182"/>
        <source>Add %n files to vector store %1</source>
        <translation>
            <numerusform>Add %n file to vector store %1</numerusform>
            <numerusform>Add %n files to vector store %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="186"/>
        <source>Remove 1 file from vector store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="187"/>
        <source>Remove %n files from vector store %1</source>
        <translation>
            <numerusform>Remove %n file from vector store %1</numerusform>
            <numerusform>Remove %n files from vector store %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="194"/>
        <source>Create assistant in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="197"/>
        <source>Re-create assistant in OpenAI (%1 no longer exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="207"/>
        <source>Update assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="219"/>
        <source>%1: detach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="219"/>
        <source>%1: attach new files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="225"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLabel</name>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="16"/>
        <source>unreleased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="17"/>
        <source>v%1 [published]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="17"/>
        <location filename="../app/domain/recordlabels.cpp" line="27"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="22"/>
        <location filename="../app/domain/recordlabels.cpp" line="32"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="27"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/recordlabels.cpp" line="37"/>
        <source>%1 (working)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../ui/recordlabels.cpp" line="18"/>
        <source>%1 · v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordlabels.cpp" line="34"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordlabels.cpp" line="34"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../models/recordlistmodel.h" line="104"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/recordlistmodel.h" line="105"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../ui/recordview.cpp" line="34"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordview.cpp" line="38"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordview.cpp" line="149"/>
        <source>Archive “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordview.cpp" line="150"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceCombos</name>
    <message>
        <location filename="../ui/referencecombos.cpp" line="69"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referencecombos.cpp" line="74"/>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referencecombos.cpp" line="84"/>
        <source>%1 (not in this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Release</name>
    <message>
        <location filename="../app/storage/workspacerelease.cpp" line="25"/>
        <source>The experiment or its assistants changed during the release. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="50"/>
        <source>Release failed: %1. Nothing was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="28"/>
        <source>No experiment with id “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="30"/>
        <source>“%1” v%2 is already a released version; release the unreleased experiment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="34"/>
        <source>Archived experiments cannot be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="52"/>
        <source>The experiment uses a pipeline that is not in the workspace (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="55"/>
        <source>The experiment uses the pipeline “%1”, which is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="66"/>
        <source>The experiment uses an assistant that is not in the workspace (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/releasescope.cpp" line="68"/>
        <source>The experiment uses “%1”, which is archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../ui/releasedialog.cpp" line="37"/>
        <source>&amp;Publish this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="41"/>
        <source>The first release is published automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="43"/>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="52"/>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="69"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="71"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="72"/>
        <source>This experiment cannot be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="85"/>
        <source>Release “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="87"/>
        <source>Release creates version v%1 of “%2” and, in OpenAI, a version of each assistant it uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="90"/>
        <source>Release creates version v%1 of “%2”. It uses no unreleased assistant, so nothing is sent to OpenAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="97"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="104"/>
        <source>Pipeline “%1” → a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="192"/>
        <source>Released v%1 [published].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="192"/>
        <source>Released v%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="208"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="208"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/releasedialog.cpp" line="227"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Releaser</name>
    <message>
        <location filename="../app/versions/releaser.cpp" line="110"/>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="124"/>
        <source>File “%1” has no local copy and was never uploaded. Add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="131"/>
        <location filename="../app/versions/releaser.cpp" line="164"/>
        <source>Save the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="140"/>
        <location filename="../app/versions/releaser.cpp" line="355"/>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/versions/releaser.cpp" line="185"/>
        <source>%n objects created in OpenAI could not be deleted; see Remote cleanup.</source>
        <translation>
            <numerusform>%n object created in OpenAI could not be deleted; see Remote cleanup.</numerusform>
            <numerusform>%n objects created in OpenAI could not be deleted; see Remote cleanup.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="223"/>
        <source>Upload %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="247"/>
        <source>Create vector store “%1” with 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/versions/releaser.cpp" line="248"/>
        <source>Create vector store “%1” with %n files</source>
        <translation>
            <numerusform>Create vector store “%1” with %n file</numerusform>
            <numerusform>Create vector store “%1” with %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/versions/releaser.cpp" line="268"/>
        <source>%n file(s) failed to index in vector store %1</source>
        <translation>
            <numerusform>%n file failed to index in vector store %1</numerusform>
            <numerusform>%n files failed to index in vector store %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="278"/>
        <source>Create assistant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="357"/>
        <source>Delete assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/versions/releaser.cpp" line="360"/>
        <source>Delete vector store %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteMap</name>
    <message>
        <location filename="../app/domain/remotemapping.cpp" line="25"/>
        <source>Untitled assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/remotemapping.cpp" line="51"/>
        <source>Tool type %1 is not supported and will be removed by the next push</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesExport</name>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="43"/>
        <source>File search has no vector store yet; push the assistant first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export/responsesexport.cpp" line="68"/>
        <source>%n code interpreter files are not uploaded</source>
        <translation>
            <numerusform>%n code interpreter file is not uploaded</numerusform>
            <numerusform>%n code interpreter files are not uploaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="123"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="124"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="125"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="126"/>
        <source>Include file info (local setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="128"/>
        <source>Allow file search attachments (local setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="130"/>
        <source>Allow code interpreter attachments (local setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/export/responsesexport.cpp" line="131"/>
        <source>Allow file downloads (local setting)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesExportDialog</name>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="23"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="24"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/responsesexportdialog.cpp" line="35"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="73"/>
        <source>Export “%1” for Responses API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="75"/>
        <source>The request settings of “%1” for the Responses API. Nothing is sent; copy the JSON or save it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="89"/>
        <source>Left out of the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="97"/>
        <source>Nothing: every enabled tool is in the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="104"/>
        <source>Does not carry over to the Responses API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="110"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="122"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="125"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="147"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="152"/>
        <source>Save Responses config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="154"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="159"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/responsesexportdialog.cpp" line="162"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCapabilities</name>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="51"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="53"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="57"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="73"/>
        <source>Assistants API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="74"/>
        <source>Vector stores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="75"/>
        <source>File batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="77"/>
        <source>Models list: yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="78"/>
        <source>Models list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="80"/>
        <source>Fields kept: all that the last push sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/servercapabilities.cpp" line="81"/>
        <source>Fields not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="16"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="25"/>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="26"/>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="29"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="31"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="31"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/synccontroller.cpp" line="101"/>
        <source>Offline: cannot reach %1. Showing OpenAI state as last fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="103"/>
        <source>Working offline. Showing OpenAI state as last fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="165"/>
        <location filename="../ui/synccontroller.cpp" line="174"/>
        <location filename="../ui/synccontroller.cpp" line="184"/>
        <location filename="../ui/synccontroller.cpp" line="192"/>
        <location filename="../ui/synccontroller.cpp" line="200"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDiff</name>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="88"/>
        <source>(unknown file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="194"/>
        <source>Vector store %1 not found in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="225"/>
        <source>not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="233"/>
        <source>changed since upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="235"/>
        <location filename="../app/domain/syncdiff.cpp" line="263"/>
        <source>Failed to index in the vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="331"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="332"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="333"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="334"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="335"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="336"/>
        <source>Top P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="337"/>
        <source>Code interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="338"/>
        <source>File search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="339"/>
        <source>Vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="340"/>
        <source>Code interpreter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="341"/>
        <source>File search files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="347"/>
        <source>Function “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="349"/>
        <source>Metadata “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="357"/>
        <source>%1: %2 only in the workspace, %3 only in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="362"/>
        <location filename="../app/domain/syncdiff.cpp" line="370"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="366"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="366"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncdiff.cpp" line="373"/>
        <source>%1: %2 in the workspace, %3 in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="79"/>
        <source>In sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="79"/>
        <source>Out of sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="81"/>
        <source>Missing remotely %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="83"/>
        <source>Check failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="85"/>
        <source>Not checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="87"/>
        <source>Never pushed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="118"/>
        <source>%1 does not offer the Assistants API (404). Point the base URL at an Assistants-v2-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="318"/>
        <source>Already in the workspace as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="335"/>
        <source>No assistant %1 in OpenAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="441"/>
        <source>Assistant versions are read-only. Edit the working assistant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="443"/>
        <source>“%1” was never pushed; there is nothing to update from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="447"/>
        <source>This assistant no longer exists in OpenAI (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="477"/>
        <source>Archived assistants cannot be pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="532"/>
        <location filename="../app/sync/syncengine.cpp" line="560"/>
        <source>1 file failed to index in vector store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/syncengine.cpp" line="533"/>
        <location filename="../app/sync/syncengine.cpp" line="561"/>
        <source>%n files failed to index in vector store %1</source>
        <translation>
            <numerusform>%n file failed to index in vector store %1</numerusform>
            <numerusform>%n files failed to index in vector store %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="768"/>
        <source>Push failed at “%1”: %2. Your changes are saved and marked Not pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/importlisting.cpp" line="22"/>
        <source>Untitled assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="49"/>
        <source>Never pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="51"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="53"/>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="55"/>
        <source>Out of sync (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="56"/>
        <source>Out of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="58"/>
        <source>Missing remotely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="60"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstate.cpp" line="8"/>
        <source>No Assistants API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeRemote</name>
    <message>
        <location filename="../app/domain/takeremote.cpp" line="63"/>
        <source>%1: cannot be taken from OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolFilesPanel</name>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="34"/>
        <source>Code interpreter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="34"/>
        <source>File search files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="35"/>
        <source>Local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="44"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="46"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="48"/>
        <location filename="../ui/toolfilespanel.cpp" line="112"/>
        <source>Not sent while this tool is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="92"/>
        <source>Unknown file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="95"/>
        <source>not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="96"/>
        <source>✓ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="96"/>
        <source>Contents not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="105"/>
        <source>The workspace keeps a copy of the contents (%1): it can be uploaded again and goes into bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="108"/>
        <source>Only the record is here (pulled or imported without contents). Add the file again to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="150"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="150"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="156"/>
        <location filename="../ui/toolfilespanel.cpp" line="161"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="174"/>
        <source>Some files could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../ui/toolstab.cpp" line="17"/>
        <source>Code interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="20"/>
        <source>File search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="28"/>
        <source>Include file information in answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="30"/>
        <source>Allow file search attachments in chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="32"/>
        <source>Allow code interpreter attachments in chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="34"/>
        <source>Allow file downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="51"/>
        <source>Function tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="55"/>
        <source>Local options (never sent to the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="115"/>
        <source>Vector store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolstab.cpp" line="116"/>
        <source>No vector store yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/storage/workspace.cpp" line="512"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="513"/>
        <source>unknown file id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="130"/>
        <location filename="../app/storage/workspace.cpp" line="518"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="519"/>
        <source>“%1” is already linked to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="23"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="65"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="474"/>
        <source>at most %1 characters (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="29"/>
        <source>at most %1 (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="33"/>
        <source>file “%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="73"/>
        <location filename="../app/domain/validation.cpp" line="117"/>
        <source>Function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="76"/>
        <source>name must be 1 to 64 letters, digits, _ or - (now “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="80"/>
        <source>parameters must be a JSON object of type &quot;object&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="88"/>
        <location filename="../app/domain/validation.cpp" line="159"/>
        <location filename="../app/domain/validation.cpp" line="182"/>
        <location filename="../app/domain/validation.cpp" line="197"/>
        <source>“%1” is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="88"/>
        <location filename="../app/domain/validation.cpp" line="159"/>
        <location filename="../app/domain/validation.cpp" line="182"/>
        <location filename="../app/domain/validation.cpp" line="197"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="90"/>
        <location filename="../app/domain/validation.cpp" line="100"/>
        <location filename="../app/domain/validation.cpp" line="161"/>
        <location filename="../app/domain/validation.cpp" line="184"/>
        <location filename="../app/domain/validation.cpp" line="199"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="62"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="94"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="97"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="100"/>
        <location filename="../app/domain/validation.cpp" line="102"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="102"/>
        <source>must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="104"/>
        <source>must be between 0 and 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="104"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="106"/>
        <source>must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="106"/>
        <source>Top P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="110"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="111"/>
        <source>at most %1 tools including functions (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="118"/>
        <source>the name “%1” is used by another function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="122"/>
        <source>Code interpreter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="124"/>
        <source>File search files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="128"/>
        <location filename="../app/domain/validation.cpp" line="130"/>
        <location filename="../app/domain/validation.cpp" line="174"/>
        <source>must not be empty when set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="128"/>
        <source>Vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="133"/>
        <location filename="../app/domain/validation.cpp" line="138"/>
        <location filename="../app/domain/validation.cpp" line="140"/>
        <location filename="../app/domain/validation.cpp" line="143"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="134"/>
        <source>at most %1 pairs (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="138"/>
        <source>the key “%1” is reserved for Assistant Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="141"/>
        <source>key “%1” must be 1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="144"/>
        <source>value of “%1” must be at most %2 characters (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="151"/>
        <location filename="../app/domain/validation.cpp" line="187"/>
        <location filename="../app/domain/validation.cpp" line="202"/>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="151"/>
        <location filename="../app/domain/validation.cpp" line="187"/>
        <location filename="../app/domain/validation.cpp" line="202"/>
        <source>Version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="161"/>
        <location filename="../app/domain/validation.cpp" line="163"/>
        <location filename="../app/domain/validation.cpp" line="165"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="165"/>
        <source>must not contain / or \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="167"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="167"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="169"/>
        <location filename="../app/domain/validation.cpp" line="172"/>
        <source>must be 64 lowercase hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="169"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="171"/>
        <source>Uploaded SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="174"/>
        <source>Remote file id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="189"/>
        <source>only a released version can be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="189"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="208"/>
        <source>id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="210"/>
        <source>id “%1” is used twice in this pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="213"/>
        <source>type must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="216"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="532"/>
        <source>only nodes of type &quot;assistant&quot; may name an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="90"/>
        <location filename="../app/domain/validation.cpp" line="92"/>
        <location filename="../app/domain/validation.cpp" line="184"/>
        <location filename="../app/domain/validation.cpp" line="199"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="62"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="64"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="164"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="180"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="473"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/validation.cpp" line="208"/>
        <location filename="../app/domain/validation.cpp" line="210"/>
        <location filename="../app/domain/validation.cpp" line="213"/>
        <location filename="../app/domain/validation.cpp" line="215"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="531"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <location filename="../ui/versionstab.cpp" line="24"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="24"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="24"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="31"/>
        <source>No versions yet. Releasing an experiment that uses this assistant creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="75"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="75"/>
        <source>Versions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="103"/>
        <source>%1 (via %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="129"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="133"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="133"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/versionstab.cpp" line="134"/>
        <source>no experiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="23"/>
        <source>Welcome to Assistant Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="28"/>
        <source>Import workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="29"/>
        <source>Load assistants, experiments and pipelines from an Assistant Desk JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="31"/>
        <source>Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="32"/>
        <source>Fetch the assistants of an OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="34"/>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="35"/>
        <source>A few example assistants with versions, experiments and pipelines to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="36"/>
        <source>Create an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="37"/>
        <source>Start from an empty form in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="38"/>
        <source>Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="39"/>
        <source>Choose an existing workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="66"/>
        <source>The workspace %1 is empty. Start with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="68"/>
        <source>No workspace is open. Open the demo or choose a workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="71"/>
        <location filename="../ui/welcomepage.cpp" line="90"/>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="88"/>
        <source>This window was started without a connection to OpenAI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../app/storage/workspace.cpp" line="142"/>
        <location filename="../app/storage/workspace.cpp" line="222"/>
        <source>No assistant with id “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="268"/>
        <source>No file with id “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="451"/>
        <source>Id: “%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="553"/>
        <location filename="../app/storage/workspacesync.cpp" line="177"/>
        <location filename="../app/storage/workspacesync.cpp" line="334"/>
        <source>Archived assistants are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="595"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="26"/>
        <location filename="../app/storage/workspacesync.cpp" line="175"/>
        <location filename="../app/storage/workspacesync.cpp" line="332"/>
        <source>Assistant versions are read-only. Edit the working assistant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspacesync.cpp" line="224"/>
        <source>This assistant no longer exists in OpenAI (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspacesync.cpp" line="338"/>
        <source>“%1” has no fetched OpenAI state to take values from. Check it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="41"/>
        <source>Released experiment versions are read-only. Edit the unreleased experiment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="46"/>
        <source>Pipeline versions are read-only. Edit the working pipeline instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="51"/>
        <source>Archived experiments are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="56"/>
        <source>Archived pipelines are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="118"/>
        <source>No experiment with id “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="132"/>
        <source>No pipeline with id “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="167"/>
        <source>no assistant “%1” in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="171"/>
        <location filename="../app/storage/workspaceexperiments.cpp" line="190"/>
        <source>“%1” is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="186"/>
        <source>no pipeline “%1” in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="214"/>
        <source>Only a released experiment version can be published or unpublished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="242"/>
        <source>Node: no node “%1” in this pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="562"/>
        <source>“%1” is still used by %2. Change their pipeline or archive them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspaceexperiments.cpp" line="563"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <location filename="../app/session/workspacesession.cpp" line="167"/>
        <source>No server features here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="62"/>
        <source>Edit OpenAI Assistants and keep them in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="66"/>
        <source>Open the workspace file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
