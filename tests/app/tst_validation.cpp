// Every validation rule of domain.md §1 with its field-named message.
#include "domain/validation.h"
#include "testsupport.h"

#include <QTest>

class tst_Validation : public QObject
{
    Q_OBJECT

private:
    static Assistant valid() { return TestSupport::namedAssistant(QStringLiteral("Helpdesk"), QStringLiteral("a-1")); }

    /// "f-0", "f-1", … : `count` file ids.
    static QStringList fileIds(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids << QStringLiteral("f-%1").arg(i);
        return ids;
    }

private slots:
    void validAssistantHasNoProblems()
    {
        Assistant a = valid();
        a.codeInterpreter = a.fileSearch = true;
        a.functions << FunctionTool{QStringLiteral("lookup_order"), QString(), FunctionTool::defaultParameters(), false};
        a.metadata.insert(QStringLiteral("team"), QStringLiteral("support"));
        a.temperature = 2;
        a.topP = 0;
        QCOMPARE(validateAssistant(a), QList<FieldProblem>{});
    }

    void assistantRules_data()
    {
        QTest::addColumn<Assistant>("assistant");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");

        Assistant a = valid();
        a.name = QStringLiteral("   ");
        QTest::newRow("blank name") << a << "name" << "Name: must not be empty";
        a = valid();
        a.name = QString(300, QLatin1Char('x'));
        QTest::newRow("long name") << a << "name" << "Name: at most 256 characters (now 300)";
        a = valid();
        a.description = QString(513, QLatin1Char('d'));
        QTest::newRow("long description") << a << "description" << "Description: at most 512 characters (now 513)";
        a = valid();
        a.instructions = QString(256001, QLatin1Char('i'));
        QTest::newRow("long instructions") << a << "instructions" << "Instructions: at most 256000 characters (now 256001)";
        a = valid();
        a.model.clear();
        QTest::newRow("empty model") << a << "model" << "Model: must not be empty";
        a = valid();
        a.model = QStringLiteral("gpt 4o");
        QTest::newRow("model with space") << a << "model" << "Model: must not contain spaces";
        a = valid();
        a.temperature = 2.5;
        QTest::newRow("temperature high") << a << "temperature" << "Temperature: must be between 0 and 2";
        a = valid();
        a.temperature = -0.1;
        QTest::newRow("temperature low") << a << "temperature" << "Temperature: must be between 0 and 2";
        a = valid();
        a.topP = 1.01;
        QTest::newRow("top_p high") << a << "top_p" << "Top P: must be between 0 and 1";
        a = valid();
        a.functions << FunctionTool{QStringLiteral("bad name"), QString(), FunctionTool::defaultParameters(), false};
        QTest::newRow("function name") << a << "functions[0].name"
                                       << "Function 1: name must be 1 to 64 letters, digits, _ or - (now “bad name”)";
        a = valid();
        a.functions << FunctionTool{QString(65, QLatin1Char('f')), QString(), FunctionTool::defaultParameters(), false};
        QTest::newRow("function name too long") << a << "functions[0].name"
                                                << QStringLiteral("Function 1: name must be 1 to 64 letters, digits, _ or - (now “%1”)")
                                                       .arg(QString(65, QLatin1Char('f')));
        a = valid();
        a.functions << FunctionTool{QStringLiteral("f"), QString(), FunctionTool::defaultParameters(), false}
                    << FunctionTool{QStringLiteral("f"), QString(), FunctionTool::defaultParameters(), false};
        QTest::newRow("duplicate function") << a << "functions[1].name"
                                            << "Function 2: the name “f” is used by another function";
        a = valid();
        a.functions << FunctionTool{QStringLiteral("f"), QString(), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}}, false};
        QTest::newRow("parameters type") << a << "functions[0].parameters"
                                         << "Function 1: parameters must be a JSON object of type \"object\"";
        a = valid();
        a.codeInterpreter = a.fileSearch = true;
        for (int i = 0; i < 127; ++i)
            a.functions << FunctionTool{QStringLiteral("f%1").arg(i), QString(), FunctionTool::defaultParameters(), false};
        QTest::newRow("too many tools") << a << "functions" << "Tools: at most 128 tools including functions (now 129)";
        // Both file lists have a limit, and neither may list a file twice.
        const struct {
            QStringList Assistant::*files;
            const char *tooManyRow, *twiceRow, *path;
            QString label;
            int limit;
            QString twice;
        } fileLists[] = {
            {&Assistant::codeInterpreterFiles, "code interpreter files", "duplicate ci file", "files.code_interpreter",
             QStringLiteral("Code interpreter files"), 20, QStringLiteral("f-1")},
            {&Assistant::fileSearchFiles, "file search files", "duplicate fs file", "files.file_search",
             QStringLiteral("File search files"), 10000, QStringLiteral("f-2")},
        };
        for (const auto &list : fileLists) {
            a = valid();
            a.*list.files = fileIds(list.limit + 1);
            QTest::newRow(list.tooManyRow) << a << list.path
                                           << QStringLiteral("%1: at most %2 (now %3)").arg(list.label).arg(list.limit).arg(list.limit + 1);
            a = valid();
            a.*list.files = {list.twice, list.twice};
            QTest::newRow(list.twiceRow) << a << list.path << QStringLiteral("%1: file “%2” is listed twice").arg(list.label, list.twice);
        }
        a = valid();
        for (int i = 0; i < 16; ++i)
            a.metadata.insert(QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("v"));
        QTest::newRow("metadata pairs") << a << "metadata" << "Metadata: at most 15 pairs (now 16)";
        a = valid();
        a.metadata.insert(QString(65, QLatin1Char('k')), QStringLiteral("v"));
        QTest::newRow("metadata key") << a << QStringLiteral("metadata.") + QString(65, QLatin1Char('k'))
                                      << QStringLiteral("Metadata: key “%1” must be 1 to 64 characters").arg(QString(65, QLatin1Char('k')));
        a = valid();
        a.metadata.insert(QStringLiteral("k"), QString(513, QLatin1Char('v')));
        QTest::newRow("metadata value") << a << "metadata.k" << "Metadata: value of “k” must be at most 512 characters (now 513)";
        a = valid();
        a.metadata.insert(QStringLiteral("assistant_desk_id"), QStringLiteral("x"));
        QTest::newRow("reserved key") << a << "metadata.assistant_desk_id"
                                      << "Metadata: the key “assistant_desk_id” is reserved for Assistant Desk";
        a = valid();
        a.id = QStringLiteral("-bad");
        QTest::newRow("bad id") << a << "id" << "Id: “-bad” is not a valid id";
    }

    void assistantRules()
    {
        QFETCH(Assistant, assistant);
        QFETCH(QString, path);
        QFETCH(QString, text);
        const auto problems = validateAssistant(assistant);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, path);
        QCOMPARE(problems.first().text(), text);
    }

    void limitsAreInclusive()
    {
        Assistant a = valid();
        a.name = QString(256, QLatin1Char('n'));
        a.description = QString(512, QLatin1Char('d'));
        a.instructions = QString(256000, QLatin1Char('i'));
        a.codeInterpreterFiles = fileIds(20);
        for (int i = 0; i < 15; ++i)
            a.metadata.insert(QStringLiteral("k%1").arg(i), QString(512, QLatin1Char('v')));
        a.metadata.insert(QString(64, QLatin1Char('k')), QStringLiteral("v"));
        a.metadata.remove(QStringLiteral("k0"));
        QCOMPARE(validateAssistant(a), QList<FieldProblem>{});
    }

    void localIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "a-help" << true;
        QTest::newRow("all chars") << "A9._:-z" << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("leading dash") << "-a" << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("slash") << "a/b" << false;
    }

    void localIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidLocalId(id), valid);
    }

    void generatedIdsAreValidAndUnique()
    {
        const QString a = generateLocalId(QStringLiteral("a-"));
        const QString b = generateLocalId(QStringLiteral("a-"));
        QVERIFY(isValidLocalId(a));
        QVERIFY(a != b);
    }

    void fileRules_data()
    {
        QTest::addColumn<WorkspaceFile>("file");
        QTest::addColumn<QString>("text");
        WorkspaceFile f{QStringLiteral("f-1"), QStringLiteral("a.txt"), 3, std::nullopt, std::nullopt, std::nullopt, {}};
        WorkspaceFile g = f;
        g.name.clear();
        QTest::newRow("empty name") << g << "File name: must not be empty";
        g = f;
        g.name = QString(256, QLatin1Char('n'));
        QTest::newRow("long name") << g << "File name: at most 255 characters (now 256)";
        g = f;
        g.name = QStringLiteral("dir/a.txt");
        QTest::newRow("slash") << g << "File name: must not contain / or \\";
        g = f;
        g.name = QStringLiteral("dir\\a.txt");
        QTest::newRow("backslash") << g << "File name: must not contain / or \\";
        g = f;
        g.size = -1;
        QTest::newRow("negative size") << g << "Size: must not be negative";
        g = f;
        g.sha256 = QStringLiteral("ABC");
        QTest::newRow("bad sha") << g << "SHA-256: must be 64 lowercase hexadecimal characters";
        g = f;
        g.sha256 = QString(64, QLatin1Char('A'));
        QTest::newRow("uppercase sha") << g << "SHA-256: must be 64 lowercase hexadecimal characters";
    }

    void fileRules()
    {
        QFETCH(WorkspaceFile, file);
        QFETCH(QString, text);
        const auto problems = validateFile(file);
        QCOMPARE(problemTexts(problems), QStringList{text});
    }

    void pipelineRules()
    {
        Pipeline p{QStringLiteral("p-1"), QStringLiteral("Flow"), {}, 1, false, {}};
        p.nodes << PipelineNode{QStringLiteral("n1"), QStringLiteral("llm"), {}, QStringLiteral("a-1")}
                << PipelineNode{QStringLiteral("n1"), QStringLiteral("assistant"), {}, {}};
        const QStringList texts = problemTexts(validatePipeline(p));
        QCOMPARE(texts, (QStringList{QStringLiteral("Node: only nodes of type \"assistant\" may name an assistant"),
                                     QStringLiteral("Node: id “n1” is used twice in this pipeline")}));
    }

    void experimentRules()
    {
        Experiment e{QStringLiteral("e-1"), QStringLiteral(" "), {}, 1, true, false, {}, {}};
        QCOMPARE(problemTexts(validateExperiment(e)),
                 (QStringList{QStringLiteral("Name: must not be empty"),
                              QStringLiteral("Published: only a released version can be published")}));
    }
};

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
