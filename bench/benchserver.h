// What the network benchmarks share: the fake server on its own thread (as a real one answers from its own machine,
// so the client's work is what is measured, not the stand-in's JSON), seeded with `count` assistants that each have
// a vector store of `perStore` files. Header-only; used by bench_checkall, bench_importall and bench_push.
#pragma once

#include "fakeserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <functional>
#include <memory>

class BenchServer
{
public:
    BenchServer(int count, int perStore)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        on([&] {
            m_server = std::make_unique<FakeOpenAiServer>();
            for (int i = 0; i < count; ++i) {
                QStringList ids;
                for (int j = 0; j < perStore; ++j)
                    ids << m_server->addFile(QStringLiteral("doc-%1-%2.txt").arg(i).arg(j),
                                             QByteArray("content ") + QByteArray::number(j));
                const QString store = m_server->addVectorStore(QStringLiteral("Assistant %1 - File Search").arg(i), ids);
                m_server->addAssistant(QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("Assistant %1").arg(i)},
                    {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                    {QStringLiteral("instructions"), QStringLiteral("Answer questions about topic %1.").arg(i)},
                    {QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("file_search")}}}},
                    {QStringLiteral("tool_resources"),
                     QJsonObject{{QStringLiteral("file_search"),
                                  QJsonObject{{QStringLiteral("vector_store_ids"), QJsonArray{store}}}}}}});
            }
            m_listening = m_server->listen();
        });
    }
    ~BenchServer()
    {
        on([&] { m_server.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    bool listening() const { return m_listening; }
    /// Runs `fn` on the server's thread and waits for it.
    void on(const std::function<void()> &fn) { QMetaObject::invokeMethod(&m_anchor, fn, Qt::BlockingQueuedConnection); }
    /// Only between calls of on(), or while the client is idle.
    FakeOpenAiServer *operator->() const { return m_server.get(); }

private:
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<FakeOpenAiServer> m_server;
    bool m_listening = false;
};
