// assistant-desk-fake-server: the in-process fake Assistants-v2 server as a program, to try Assistant Desk without an
// account. Usage: assistant-desk-fake-server [--port N] [--seed N] [--key KEY] [--seed-orphans] [--no-assistants-api]
// [--drop-fields top_p,metadata] [--stream-delay MS]; then connect the app or the CLI to the printed base URL with that key. State lives in memory and is lost on exit. Installed nowhere.
#include "fakeserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assistant-desk-fake-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fake Assistants-v2 server on 127.0.0.1 for Assistant Desk."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Number of pre-made assistants and files."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The API key the server accepts."),
                                 QStringLiteral("KEY"), QStringLiteral("sk-fake-test-key"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Milliseconds added to every answer."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption seedOrphans(QStringLiteral("seed-orphans"),
                                         QStringLiteral("Add the orphan scenario (see FakeOpenAiServer::seedOrphanScenario; "
                                                        "workspace side: tests/data/orphans-workspace.json)."));
    const QCommandLineOption noAssistants(QStringLiteral("no-assistants-api"),
                                          QStringLiteral("Answer 404 on every /assistants path."));
    const QCommandLineOption dropFields(QStringLiteral("drop-fields"),
                                        QStringLiteral("Assistant fields accepted but not kept, comma-separated."),
                                        QStringLiteral("FIELDS"));
    const QCommandLineOption streamDelay(QStringLiteral("stream-delay"),
                                         QStringLiteral("Milliseconds between two events of a streamed answer (runs, "
                                                        "responses), to watch answers stream in."),
                                         QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({port, seed, key, latency, seedOrphans, noAssistants, dropFields, streamDelay});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const int portValue = parser.value(port).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535) {
        err << "--port needs a number between 0 and 65535\n";
        return 2;
    }
    const int seedValue = parser.value(seed).toInt(&ok);
    if (!ok || seedValue < 0) {
        err << "--seed needs a number >= 0\n";
        return 2;
    }
    FakeOpenAiServer server;
    server.setApiKey(parser.value(key));
    server.setLatency(parser.value(latency).toInt());
    server.setStreamEventDelay(parser.value(streamDelay).toInt());
    server.seed(seedValue);
    if (parser.isSet(seedOrphans))
        server.seedOrphanScenario();
    server.setAssistantsApiMissing(parser.isSet(noAssistants));
    if (parser.isSet(dropFields))
        server.setDroppedFields(parser.value(dropFields).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!server.listen(quint16(portValue))) {
        err << "cannot listen on 127.0.0.1:" << portValue << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "Fake Assistants-v2 server at " << server.baseUrl() << " (" << seedValue
        << " assistants and files). Stop it with Ctrl-C.\n";
    out.flush();
    return app.exec();
}
