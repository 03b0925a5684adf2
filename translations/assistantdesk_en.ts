<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../app/archive/archiveplanner.cpp" line="126"/>
        <source>%1 (working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="150"/>
        <location filename="../app/archive/archiveplanner.cpp" line="440"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="171"/>
        <source>unreleased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="173"/>
        <source>v%1 [published]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="175"/>
        <location filename="../app/archive/archiveplanner.cpp" line="193"/>
        <location filename="../app/archive/archiveplanner.cpp" line="242"/>
        <location filename="../app/archive/archiveplanner.cpp" line="250"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="176"/>
        <location filename="../app/archive/archiveplanner.cpp" line="217"/>
        <location filename="../app/archive/archiveplanner.cpp" line="242"/>
        <location filename="../app/archive/archiveplanner.cpp" line="250"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="187"/>
        <source>uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="193"/>
        <location filename="../app/archive/archiveplanner.cpp" line="216"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="194"/>
        <source>uses pipeline %1 · %2, which uses %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="222"/>
        <source>1 Assistant node uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/archive/archiveplanner.cpp" line="223"/>
        <source>%n Assistant nodes use %1</source>
        <translation>
            <numerusform>%n Assistant nodes use %1</numerusform>
            <numerusform>%n Assistant nodes use %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="304"/>
        <source>No assistant with id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="307"/>
        <source>“%1” is a version; archive its working assistant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="308"/>
        <source>“%1” is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="309"/>
        <source>Archive is offered only on a non-archived working assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="393"/>
        <source>Cannot archive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="398"/>
        <source>This assistant or one of its versions is still in use. Resolve each item below, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="405"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="407"/>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="409"/>
        <source>Experiments Referencing Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="416"/>
        <source>Archive “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="427"/>
        <source>1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/archive/archiveplanner.cpp" line="427"/>
        <source>%n versions</source>
        <translation>
            <numerusform>%n versions</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="428"/>
        <source>1 assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/archive/archiveplanner.cpp" line="428"/>
        <source>%n assistants</source>
        <translation>
            <numerusform>%n assistants</numerusform>
            <numerusform>%n assistants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="429"/>
        <source>1 vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/archive/archiveplanner.cpp" line="429"/>
        <source>%n vector stores</source>
        <translation>
            <numerusform>%n vector stores</numerusform>
            <numerusform>%n vector stores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="430"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/archive/archiveplanner.cpp" line="430"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n files</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="431"/>
        <source>This archives the assistant and its %1 and deletes them in OpenAI: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="440"/>
        <source>These released experiment versions will be archived too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/archive/archiveplanner.cpp" line="445"/>
        <source>You are offline; the deletion in OpenAI will run when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="29"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="30"/>
        <source>Tools &amp;&amp; files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="62"/>
        <source>Local changes are not in OpenAI yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="66"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="74"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="158"/>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="163"/>
        <source>v%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="188"/>
        <source>No assistant selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="193"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="196"/>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="206"/>
        <source>Read-only: version v%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assistanteditor.cpp" line="249"/>
        <location filename="../ui/assistanteditor.cpp" line="294"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/assistanteditor.cpp" line="287"/>
        <source>Not saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Not saved: %n field need attention.</numerusform>
            <numerusform>Not saved: %n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantListModel</name>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="96"/>
        <location filename="../models/assistantlistmodel.cpp" line="100"/>
        <location filename="../models/assistantlistmodel.cpp" line="101"/>
        <source>checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="98"/>
        <source>checked yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="107"/>
        <source>No Assistants API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="132"/>
        <source>Showing the last known status (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="135"/>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="138"/>
        <source>Not pushed: local changes are not in OpenAI yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="173"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="175"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="177"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/assistantlistmodel.cpp" line="179"/>
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
        <location filename="../ui/badgedelegate.cpp" line="43"/>
        <source>%1 · stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/badgedelegate.cpp" line="54"/>
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
        <location filename="../ui/blockerdialog.cpp" line="72"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="74"/>
        <source>Look for blockers again after you changed something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="109"/>
        <location filename="../ui/blockerdialog.cpp" line="199"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="141"/>
        <source>Checked again: 1 item still blocks archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/blockerdialog.cpp" line="142"/>
        <source>Checked again: %n items still block archiving.</source>
        <translation>
            <numerusform>Checked again: %n items still block archiving.</numerusform>
            <numerusform>Checked again: %n items still block archiving.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="202"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="204"/>
        <source>Show this pipeline with the nodes that use the assistant selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/blockerdialog.cpp" line="205"/>
        <source>Show this experiment in the main window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckAllSummary</name>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="36"/>
        <source>In sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="36"/>
        <source>Out of sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="38"/>
        <source>Missing remotely %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="40"/>
        <source>Check failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="42"/>
        <source>Not checked %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupPanel</name>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="85"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="87"/>
        <location filename="../ui/cleanuppanel.cpp" line="199"/>
        <source>Queue the selected failed deletions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="88"/>
        <source>Retry all failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="90"/>
        <location filename="../ui/cleanuppanel.cpp" line="198"/>
        <source>Queue every failed deletion again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/cleanuppanel.cpp" line="197"/>
        <source>You are offline; retried deletions run when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="38"/>
        <source>Usage: assistant-desk-cli [--workspace PATH] [--json] [--quiet] &lt;command&gt; [arguments]

Commands:
  import-workspace FILE                     load a workspace interchange file (all or nothing)
  export-workspace [--with-content] [FILE]  write the workspace as interchange JSON (stdout without FILE)
  list [--all]                              assistants with their cached sync status
  show ID                                   one assistant: fields, files, versions, sync state
  import-remote (REMOTE_ID… | --all)        link remote assistants without duplicating linked ones
  check (ID… | --all) [--concurrency N]     sync check; statuses and differences
  push ID [--dry-run]                       push local → OpenAI; --dry-run prints the plan only
  pull ID                                   take the OpenAI state into the workspace
  archive ID [--dry-run]                    archive an assistant family, or show what blocks it
  deletions [--retry]                       remote deletion jobs and their state
  connect --base-url URL [--organization ID] [--project ID] [--no-key]
                                            set the workspace&apos;s connection; key read from stdin
  remote list                               every assistant of the account (all pages)

Global options:
  --workspace PATH   the workspace file (default: %1)
  --json             machine-readable output on stdout
  --quiet            no progress or informational messages
  --help, --version

Exit status: 0 success, 1 failed or refused, 2 usage error, 3 blocked, 4 network or server error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="67"/>
        <location filename="../app/cli/clisupport.cpp" line="30"/>
        <source>Run &apos;assistant-desk-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="95"/>
        <location filename="../app/cli/clisupport.cpp" line="45"/>
        <source>Workspace “%1” does not exist. Create it with import-workspace or open it in Assistant Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="118"/>
        <source>import-workspace takes exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="122"/>
        <source>Cannot import “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="133"/>
        <source>Cannot import “%1”: the file has errors; nothing was imported. Problems: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="152"/>
        <source>Imported “%1” into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="165"/>
        <source>Unknown option for export-workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="169"/>
        <source>export-workspace takes at most one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="181"/>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="185"/>
        <source>Exported the workspace to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="196"/>
        <source>Unknown argument for list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="226"/>
        <source>No assistants in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="232"/>
        <location filename="../app/cli/cli.cpp" line="340"/>
        <location filename="../app/cli/synccommands.cpp" line="60"/>
        <source> · Not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="234"/>
        <source> · Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="236"/>
        <source>never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="254"/>
        <source>show takes exactly one assistant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="338"/>
        <source>Read-only: version v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="339"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="341"/>
        <location filename="../app/cli/synccommands.cpp" line="62"/>
        <source> · checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="343"/>
        <source>Last check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="345"/>
        <source>Differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="346"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="347"/>
        <source>Remote id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="347"/>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="349"/>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="350"/>
        <source>Temperature: %1 · Top P: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <source>Tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="354"/>
        <source>Function: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="356"/>
        <source>Code interpreter file: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="358"/>
        <source>File search file: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="360"/>
        <source>Version v%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="361"/>
        <source>Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="374"/>
        <location filename="../app/cli/cli.cpp" line="405"/>
        <source>--workspace needs a PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="391"/>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="403"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="427"/>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="67"/>
        <source>Last known: %1, checked %2 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="71"/>
        <source>in the workspace but not in OpenAI: %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="74"/>
        <source>in OpenAI but not in the workspace: %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="109"/>
        <source>Unknown option for import-remote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="112"/>
        <source>import-remote takes REMOTE_ID… or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="139"/>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="141"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="149"/>
        <source>Imported %1 · already in the workspace %2 · failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="157"/>
        <source>Unknown option for check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="160"/>
        <source>check takes ID… or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="164"/>
        <source>--concurrency takes a number from 1 to 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="200"/>
        <source>push takes one assistant ID: push ID [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="233"/>
        <source>Nothing to push: already in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="235"/>
        <source>Pushed %1 step(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="237"/>
        <source>The server did not keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="253"/>
        <source>pull takes one assistant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="273"/>
        <source>archive takes one assistant ID: archive ID [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="300"/>
        <location filename="../app/cli/synccommands.cpp" line="310"/>
        <source>Cannot archive “%1”: it is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="318"/>
        <source>Archived. The deletion in OpenAI is queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="324"/>
        <source>Archived. Remote cleanup: %1 done, %2 failed, %3 pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommands.cpp" line="332"/>
        <source>deletions takes only --retry and --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="76"/>
        <source>--base-url needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="80"/>
        <source>--organization needs an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="83"/>
        <source>--project needs an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="87"/>
        <source>Unknown argument for connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="91"/>
        <source>connect needs --base-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="100"/>
        <source>No API key on standard input. Pipe the key in, or pass --no-key to use OPENAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="118"/>
        <source>The connection changed: every status is now Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="133"/>
        <source>Connected %1 to %2; the key will come from OPENAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="134"/>
        <source>Connected %1 to %2; the key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="144"/>
        <source>remote takes a subcommand: remote list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="146"/>
        <source>Unknown argument for remote list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="148"/>
        <source>Workspace “%1” does not exist. Connect it first with connect --base-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="192"/>
        <source>Untitled assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/remotecommands.cpp" line="196"/>
        <source>%1 assistant(s) on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="29"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="37"/>
        <source>optional, e.g. org-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>optional, e.g. proj_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="44"/>
        <source>sk-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="48"/>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="52"/>
        <source>Stored in the system keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="56"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="69"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="72"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="73"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="138"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="167"/>
        <source>Connected: %n model(s)</source>
        <translation>
            <numerusform>Connected: %n model</numerusform>
            <numerusform>Connected: %n models</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="180"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="194"/>
        <source>The connection is saved, but the key could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="222"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
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
        <location filename="../app/storage/database.cpp" line="204"/>
        <location filename="../app/storage/database.cpp" line="210"/>
        <source>updating the workspace format to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="227"/>
        <source>starting a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="235"/>
        <source>saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="252"/>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="260"/>
        <source>running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="269"/>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/database.cpp" line="283"/>
        <source>Workspace error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionJobModel</name>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="79"/>
        <source>Waiting to be deleted in OpenAI; runs when the app is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="81"/>
        <source>Being deleted in OpenAI now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="83"/>
        <source>Deleted in OpenAI (or already gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="85"/>
        <source>The deletion failed; select it and choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="102"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="104"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="106"/>
        <source>Remote ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="108"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="110"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="112"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="135"/>
        <source>Remote cleanup: %1 failed, %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/deletionjobmodel.cpp" line="137"/>
        <source>Remote cleanup: %n failed</source>
        <translation>
            <numerusform>Remote cleanup: %n failed</numerusform>
            <numerusform>Remote cleanup: %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/deletionjobmodel.cpp" line="139"/>
        <source>Remote cleanup: %n pending</source>
        <translation>
            <numerusform>Remote cleanup: %n pending</numerusform>
            <numerusform>Remote cleanup: %n pending</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="140"/>
        <source>Remote cleanup: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="146"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="148"/>
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
        <location filename="../models/deletionjobmodel.cpp" line="159"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="161"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/deletionjobmodel.cpp" line="163"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionQueue</name>
    <message>
        <location filename="../app/archive/deletionqueue.cpp" line="55"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="65"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="66"/>
        <source>“%1” has unsaved changes. Save them before continuing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Difference</name>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="328"/>
        <source>%1: %2 only in the workspace, %3 only in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="333"/>
        <location filename="../app/sync/syncdiff.cpp" line="341"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="337"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="337"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="344"/>
        <source>%1: %2 in the workspace, %3 in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferencesTab</name>
    <message>
        <location filename="../ui/differencestab.cpp" line="76"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="76"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="76"/>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="90"/>
        <source>Select a row to compare its workspace and OpenAI values line by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="122"/>
        <source>Differences (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="122"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="132"/>
        <source>Never pushed: this assistant is not in OpenAI yet. Push it to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="135"/>
        <source>Not checked yet. Use Check to compare it with OpenAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="138"/>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="138"/>
        <source>In sync · checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="141"/>
        <source>%1 · checked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="144"/>
        <source>This assistant no longer exists in OpenAI (%1). Push re-creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="147"/>
        <source>No Assistants API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="147"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="153"/>
        <source>Last known: %1, checked %2 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="182"/>
        <source>Only in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="184"/>
        <source>Only in OpenAI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="206"/>
        <source>only in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="206"/>
        <source>only in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="207"/>
        <source>no remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="208"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="210"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="223"/>
        <source>- workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="223"/>
        <source>+ OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="245"/>
        <location filename="../ui/differencestab.cpp" line="253"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="247"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="249"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/differencestab.cpp" line="249"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentListModel</name>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="45"/>
        <source>%1 (working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="47"/>
        <source>%1 · v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="48"/>
        <source>%1 · working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="56"/>
        <source>unreleased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="57"/>
        <source>v%1 [published]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="57"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="98"/>
        <source>Assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="100"/>
        <source>Pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="101"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="104"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="104"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="125"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="127"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="129"/>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/experimentlistmodel.cpp" line="131"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentView</name>
    <message>
        <location filename="../ui/experimentview.cpp" line="20"/>
        <source>Experiments are read-only in this version of Assistant Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="24"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="25"/>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="26"/>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="27"/>
        <source>Assistant (direct):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/experimentview.cpp" line="28"/>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionToolsEditor</name>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="38"/>
        <source>Add function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="40"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="51"/>
        <source>Pretty-print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="53"/>
        <source>Strict (the model must follow the schema exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="81"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="82"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="83"/>
        <source>Parameters (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="120"/>
        <source>invalid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="122"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="158"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/functiontoolseditor.cpp" line="212"/>
        <source>new_function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../ui/generaltab.cpp" line="54"/>
        <location filename="../ui/generaltab.cpp" line="270"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="65"/>
        <location filename="../ui/generaltab.cpp" line="269"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="87"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="87"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="93"/>
        <source>Add pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="95"/>
        <source>Remove pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="118"/>
        <source>Top P:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="141"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="151"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="152"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="153"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="154"/>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="155"/>
        <source>&amp;Metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/generaltab.cpp" line="213"/>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="255"/>
        <source>unknown file id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="256"/>
        <source>unknown assistant id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="257"/>
        <source>unknown experiment id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="258"/>
        <source>unknown pipeline id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="579"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange::Parser</name>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="218"/>
        <source>duplicate id %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="223"/>
        <source>id already exists in the workspace (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="269"/>
        <source>%1 is also used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="273"/>
        <source>%1 is already linked in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="296"/>
        <source>is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="298"/>
        <source>decodes to %1 bytes, but size is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="302"/>
        <source>its SHA-256 is %1, but sha256 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="327"/>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="333"/>
        <source>must be &quot;code_interpreter&quot; or &quot;file_search&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="345"/>
        <location filename="../app/interchange/interchange.cpp" line="374"/>
        <location filename="../app/interchange/interchange.cpp" line="613"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="350"/>
        <location filename="../app/interchange/interchange.cpp" line="592"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="366"/>
        <location filename="../app/interchange/interchange.cpp" line="379"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="411"/>
        <location filename="../app/interchange/interchange.cpp" line="422"/>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="413"/>
        <source>version %1 appears twice in this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="421"/>
        <source>must be greater than every version number (highest is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="465"/>
        <location filename="../app/interchange/interchange.cpp" line="518"/>
        <location filename="../app/interchange/interchange.cpp" line="521"/>
        <location filename="../app/interchange/interchange.cpp" line="542"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="467"/>
        <location filename="../app/interchange/interchange.cpp" line="484"/>
        <location filename="../app/interchange/interchange.cpp" line="544"/>
        <location filename="../app/interchange/interchange.cpp" line="558"/>
        <source>%1 is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="490"/>
        <source>only one version of an experiment can be published (also %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="514"/>
        <source>duplicate node id %1 (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="524"/>
        <source>only nodes of type &quot;assistant&quot; may name an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="586"/>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="590"/>
        <source>invalid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="603"/>
        <location filename="../app/interchange/interchange.cpp" line="608"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="605"/>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="611"/>
        <source>must be %1 (this version of Assistant Desk reads format version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="630"/>
        <source>…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange::Reader</name>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="48"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="58"/>
        <location filename="../app/interchange/interchange.cpp" line="97"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="62"/>
        <location filename="../app/interchange/interchange.cpp" line="138"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="74"/>
        <source>must be a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="86"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="102"/>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="114"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="126"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/interchange/interchange.cpp" line="152"/>
        <source>must be an object</source>
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
        <location filename="../ui/jobprogress.cpp" line="42"/>
        <source>Checking %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Assistant Desk workspaces (*.adesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>&amp;Import workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>&amp;Export workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>&amp;New assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Save the assistant (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Drop the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>Copy the assistant as a new, never-pushed assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>The workspace %1 could not be opened.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>%1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Select an assistant on the left, or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Select an experiment on the left to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="355"/>
        <source>Select a pipeline on the left to see its nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>New assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Could not create the assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="426"/>
        <source>Could not duplicate the assistant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>%1 already exists. Use “Open workspace…” to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>Import workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>Nothing was imported from %1: the file has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>Export workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="491"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>Could not create the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="43"/>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="44"/>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="46"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="48"/>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="49"/>
        <source>&amp;Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="50"/>
        <source>&amp;Update from OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="51"/>
        <source>&amp;Import all from OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="53"/>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="54"/>
        <source>Archive the assistant and its versions and delete them in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="55"/>
        <source>Remote &amp;cleanup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="56"/>
        <source>Deletions in OpenAI after archiving, with their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="86"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="92"/>
        <source>Check all cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="132"/>
        <source>No API key is stored. Add one in Settings → Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="133"/>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="148"/>
        <source>Compare the assistant with OpenAI (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="149"/>
        <source>Compare every assistant with OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="150"/>
        <source>Review and send the workspace version to OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="151"/>
        <source>Take the assistant as it is in OpenAI into the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="152"/>
        <source>Import every assistant of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="168"/>
        <source>Checking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="195"/>
        <source>Connection saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="213"/>
        <source>Pushed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="226"/>
        <source>Take “%1” as it is in OpenAI into the workspace? Files no longer in OpenAI are detached from this assistant, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="233"/>
        <source>As of the last check this changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="235"/>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowsync.cpp" line="237"/>
        <source>• and %n more</source>
        <translation>
            <numerusform>• and %n more</numerusform>
            <numerusform>• and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="240"/>
        <source>Discard your unpushed changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="241"/>
        <source>Update from OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="245"/>
        <source>Updating “%1” from OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="249"/>
        <source>Could not update “%1” from OpenAI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="254"/>
        <source>Updated “%1” from OpenAI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="264"/>
        <source>Importing from OpenAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="270"/>
        <source>Import from OpenAI failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="281"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="283"/>
        <source>Imported %1 · already in the workspace %2 · failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindowsync.cpp" line="303"/>
        <source>“%1” changed in the workspace; Revert shows the stored version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowarchive.cpp" line="45"/>
        <source>Archived. %n deletion(s) in OpenAI queued.</source>
        <translation>
            <numerusform>Archived. %n deletion in OpenAI queued.</numerusform>
            <numerusform>Archived. %n deletions in OpenAI queued.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowarchive.cpp" line="58"/>
        <source>Remote cleanup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="34"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messagebanner.cpp" line="35"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/messagebanner.cpp" line="62"/>
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
        <location filename="../ui/navigatorpanel.cpp" line="40"/>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="40"/>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="40"/>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="49"/>
        <source>Search name or model (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/navigatorpanel.cpp" line="51"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../ui/offlinebanner.cpp" line="19"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAi</name>
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
    <message>
        <location filename="../app/openai/apierror.cpp" line="91"/>
        <source>The server did not answer in time (%1 attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="94"/>
        <source>Cannot reach %1 (1 attempt): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="95"/>
        <source>Cannot reach %1 (%3 attempts): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="99"/>
        <source>The server sent a reply that is not valid JSON (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="106"/>
        <source>The server rejected the API key (401). Check Settings → Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="108"/>
        <source>The server is rate-limiting requests. Tried once; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="109"/>
        <source>The server is rate-limiting requests. Tried %1 times; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="112"/>
        <source>Server error %1 after 1 attempt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="113"/>
        <source>Server error %1 after %3 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="117"/>
        <source>%1 does not offer the Assistants API (404). Point the base URL at an Assistants-v2-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/apierror.cpp" line="123"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAi::Connection</name>
    <message>
        <location filename="../app/openai/connection.cpp" line="47"/>
        <source>Base URL: must be an absolute URL such as https://api.openai.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="50"/>
        <source>Base URL: must start with https:// (or http:// for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="52"/>
        <source>Base URL: http:// is allowed only for a server on this computer (localhost, 127.0.0.1, ::1); use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="55"/>
        <source>Base URL: must not contain a query, a fragment or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="63"/>
        <source>Organization: must be an id without spaces, such as org-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/connection.cpp" line="64"/>
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
        <location filename="../app/openai/openaiclient.cpp" line="401"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="456"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="483"/>
        <source>No API key is stored for %1. Add one in Settings → Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="616"/>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="617"/>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="648"/>
        <source>the list has no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/openai/openaiclient.cpp" line="874"/>
        <source>File batch: between 1 and 500 files per batch (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineListModel</name>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="43"/>
        <source>%1 (working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="87"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="87"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="92"/>
        <source>(no assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="93"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="96"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="96"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="115"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="117"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="119"/>
        <source>Assistant nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipelinelistmodel.cpp" line="121"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../ui/pipelineview.cpp" line="24"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="24"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="24"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="24"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="29"/>
        <source>Pipelines are read-only in this version of Assistant Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="33"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="34"/>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="38"/>
        <source>Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="46"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pipelineview.cpp" line="46"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="53"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="55"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n bytes</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="114"/>
        <source>File “%1” has no local copy and was never uploaded. Add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="115"/>
        <source>Upload %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="139"/>
        <source>Use vector store %1 already attached in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="155"/>
        <source>Create vector store “%1 - File Search” with 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="156"/>
        <source>Create vector store “%1 - File Search” with %n files</source>
        <translation>
            <numerusform>Create vector store “%1 - File Search” with %n files</numerusform>
            <numerusform>Create vector store “%1 - File Search” with %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="177"/>
        <source>Add 1 file to vector store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="177"/>
        <source>Add %n files to vector store %1</source>
        <translation>
            <numerusform>Add %n files to vector store %1</numerusform>
            <numerusform>Add %n files to vector store %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="181"/>
        <source>Remove 1 file from vector store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/pushplan.cpp" line="182"/>
        <source>Remove %n files from vector store %1</source>
        <translation>
            <numerusform>Remove %n files from vector store %1</numerusform>
            <numerusform>Remove %n files from vector store %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="189"/>
        <source>Create assistant in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="192"/>
        <source>Re-create assistant in OpenAI (%1 no longer exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="202"/>
        <source>Update assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="214"/>
        <source>%1: detach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="214"/>
        <source>%1: attach new files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="220"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <location filename="../ui/pushdialog.cpp" line="31"/>
        <source>Push “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="34"/>
        <source>Checking “%1” against OpenAI to plan the push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="51"/>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="68"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="74"/>
        <source>The push cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="99"/>
        <source>The push runs these steps in this order. Lines marked “removes a change made in OpenAI” undo edits made there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="101"/>
        <source>The push runs these steps in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="105"/>
        <location filename="../ui/pushdialog.cpp" line="142"/>
        <location filename="../ui/pushdialog.cpp" line="154"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pushdialog.cpp" line="158"/>
        <source>Pushed: %n step(s) done.</source>
        <translation>
            <numerusform>Pushed: %n step done.</numerusform>
            <numerusform>Pushed: %n steps done.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="162"/>
        <source>The server did not keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="164"/>
        <source>Failed to index in the vector store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="166"/>
        <source>Status now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="179"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pushdialog.cpp" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushPlan</name>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="72"/>
        <source>Nothing to push: already in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/pushplan.cpp" line="75"/>
        <location filename="../app/sync/pushplan.cpp" line="78"/>
        <source> (removes a change made in OpenAI)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../ui/recordlabels.cpp" line="16"/>
        <location filename="../ui/recordlabels.cpp" line="26"/>
        <source>%1 · v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordlabels.cpp" line="17"/>
        <source>%1 (working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordlabels.cpp" line="27"/>
        <source>%1 · working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordlabels.cpp" line="33"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recordlabels.cpp" line="33"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteMap</name>
    <message>
        <location filename="../app/sync/remotemapping.cpp" line="25"/>
        <source>Untitled assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/remotemapping.cpp" line="51"/>
        <source>Tool type %1 is not supported and will be removed by the next push</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/synccontroller.cpp" line="197"/>
        <source>Offline: cannot reach %1. Showing OpenAI state as last fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="199"/>
        <source>Working offline. Showing OpenAI state as last fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/synccontroller.cpp" line="259"/>
        <location filename="../ui/synccontroller.cpp" line="268"/>
        <location filename="../ui/synccontroller.cpp" line="278"/>
        <location filename="../ui/synccontroller.cpp" line="286"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDiff</name>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="184"/>
        <source>Vector store %1 not found in OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="203"/>
        <source>not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="205"/>
        <source>changed since upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="207"/>
        <location filename="../app/sync/syncdiff.cpp" line="231"/>
        <source>Failed to index in the vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="302"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="303"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="304"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="305"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="306"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="307"/>
        <source>Top P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="308"/>
        <source>Code interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="309"/>
        <source>File search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="310"/>
        <source>Vector store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="311"/>
        <source>Code interpreter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="312"/>
        <source>File search files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="318"/>
        <source>Function “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncdiff.cpp" line="320"/>
        <source>Metadata “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="73"/>
        <source>%1 does not offer the Assistants API (404). Point the base URL at an Assistants-v2-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="259"/>
        <source>Already in the workspace as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="267"/>
        <source>No assistant %1 in OpenAI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="310"/>
        <source>Assistant versions are read-only. Edit the working assistant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="312"/>
        <source>“%1” was never pushed; there is nothing to update from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="316"/>
        <source>This assistant no longer exists in OpenAI (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="346"/>
        <source>Archived assistants cannot be pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="387"/>
        <source>1 file failed to index in vector store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/syncengine.cpp" line="388"/>
        <source>%n files failed to index in vector store %1</source>
        <translation>
            <numerusform>%n files failed to index in vector store %1</numerusform>
            <numerusform>%n files failed to index in vector store %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="417"/>
        <source>%1 - File Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncengine.cpp" line="477"/>
        <source>Push failed at “%1”: %2. Your changes are saved and marked Not pushed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="39"/>
        <source>Never pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="41"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="43"/>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="45"/>
        <source>Out of sync (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="46"/>
        <source>Out of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="48"/>
        <source>Missing remotely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/syncstatus.cpp" line="50"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncstate.cpp" line="8"/>
        <source>No Assistants API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolFilesPanel</name>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="32"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="32"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="32"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="32"/>
        <source>Local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="41"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="43"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="45"/>
        <location filename="../ui/toolfilespanel.cpp" line="102"/>
        <source>Not sent while this tool is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="89"/>
        <source>Unknown file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="92"/>
        <source>not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="93"/>
        <source>✓ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="93"/>
        <source>Contents not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="140"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="140"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="146"/>
        <location filename="../ui/toolfilespanel.cpp" line="151"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/toolfilespanel.cpp" line="164"/>
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
        <location filename="../app/storage/workspace.cpp" line="469"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="470"/>
        <source>unknown file id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="474"/>
        <source>Remote id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="475"/>
        <source>“%1” is already linked to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="21"/>
        <source>Welcome to Assistant Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="32"/>
        <source>Import workspace file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="33"/>
        <source>Load assistants, experiments and pipelines from an Assistant Desk JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="35"/>
        <source>Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="36"/>
        <source>Fetch the assistants of an OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="37"/>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="38"/>
        <source>A few example assistants with versions, experiments and pipelines to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="40"/>
        <source>Create an assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="41"/>
        <source>Start from an empty form in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="42"/>
        <source>Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="43"/>
        <source>Choose an existing workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="70"/>
        <source>The workspace %1 is empty. Start with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="72"/>
        <source>No workspace is open. Open the demo or choose a workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="75"/>
        <location filename="../ui/welcomepage.cpp" line="94"/>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="92"/>
        <source>This window was started without a connection to OpenAI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../app/storage/workspace.cpp" line="140"/>
        <location filename="../app/storage/workspace.cpp" line="219"/>
        <source>No assistant with id “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="265"/>
        <source>No file with id “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="410"/>
        <source>Id: “%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="520"/>
        <location filename="../app/storage/workspacesync.cpp" line="176"/>
        <source>Archived assistants are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspace.cpp" line="562"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspacesync.cpp" line="174"/>
        <source>Assistant versions are read-only. Edit the working assistant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/workspacesync.cpp" line="223"/>
        <source>This assistant no longer exists in OpenAI (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="35"/>
        <source>Edit OpenAI Assistants and keep them in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Open the workspace file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
