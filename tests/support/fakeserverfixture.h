// A test case's client of the in-process fake OpenAI server (tests/fakeserver): a temporary folder, the server
// listening on 127.0.0.1, a QNetworkAccessManager and an OpenAiClient of the server (its base URL and key, a
// recording sleeper, a timeout), and on request a workspace in the folder with a SyncEngine on it.
//
// A test class derives from it next to QObject and uses the members directly:
//     class tst_Foo : public QObject, protected FakeServerFixture
//     void init() { startWithWorkspace(); }
//     void cleanup() { stop(); }
// Every start begins with a fresh folder and server; stop() and the destructor tear down in reverse order
// (engine, workspace, client, network manager, server, folder).
#pragma once

#include "fakeserver.h"
#include "openai/openaiclient.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"
#include "testwait.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <memory>

class FakeServerFixture
{
public:
    FakeServerFixture(const FakeServerFixture &) = delete;
    FakeServerFixture &operator=(const FakeServerFixture &) = delete;

protected:
    /// How the client is set up by startServer().
    struct ClientSetup {
        std::chrono::milliseconds timeout{3000};   ///< zero: the client's default
        bool connected = true;                     ///< the server's base URL and key set (else: connectClient() later)
        bool recordWaits = true;                   ///< m_sleeper instead of real waits between retries
    };

    FakeServerFixture() = default;
    ~FakeServerFixture() { stop(); }

    /// A fresh folder, the server listening and a client of it. Fails the current test when the folder cannot be
    /// made or the server cannot listen.
    void startServer(const ClientSetup &setup);
    void startServer() { startServer(ClientSetup{}); }
    /// startServer(), then the workspace `name` in the folder (m_ws) and a SyncEngine on it (m_engine) unless
    /// `withEngine` is false. Fails the current test when the workspace cannot be opened.
    void startWithWorkspace(const QString &name, const ClientSetup &setup, bool withEngine = true);
    void startWithWorkspace(const QString &name = QStringLiteral("ws.adesk")) { startWithWorkspace(name, ClientSetup{}); }
    /// Closes m_ws (and m_engine) and opens the same file again, with a new engine when there was one.
    void reopenWorkspace();
    /// Everything down, in reverse order of start.
    void stop();

    /// The client talks to the server: its base URL and key.
    void connectClient();
    /// A further workspace `name` in the folder whose connection is the fake server's; null (with a warning) when it
    /// cannot be opened or connected.
    std::unique_ptr<Workspace> connectedWorkspace(const QString &name) const;
    /// The requests the server logged that satisfy `which`.
    int requestsWhere(const std::function<bool(const FakeOpenAiServer::LoggedRequest &)> &which) const;

    /// What createRemoteHelpdesk() made on the server; an id stays empty from the first step that failed.
    struct RemoteHelpdesk {
        QString assistantId, storeId, pricesId, faqId;
    };
    /// A remote assistant like "Helpdesk", made through the client: uploads prices.csv ("sku,price\n") and faq.txt,
    /// makes the store "<name> - File Search" holding faq.txt, then creates `draft` (its desk id "remote-origin", both
    /// builtin tools, prices.csv for the code interpreter, that store for file search).
    RemoteHelpdesk createRemoteHelpdesk(Assistant draft);
    /// A never-pushed TestSupport::helpdeskDraft() in m_ws with its code-interpreter file prices.csv and its
    /// file-search file faq.txt; an empty record when a step fails.
    Assistant createLocalHelpdesk();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<OpenAi::OpenAiClient> m_client;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SyncEngine> m_engine;
    TestWait::RecordingSleeper m_sleeper;

private:
    void openFixtureWorkspace(bool withEngine);
    QString m_wsName;
};
