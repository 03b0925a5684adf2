// A widget test case's fake server and main window: the FakeServerFixture (folder, server, client), a memory keychain
// (m_secrets), and the Dialogs seam and window of GuiTest::WindowFixture, the window using the fixture's client and
// keychain.
//     class tst_Foo : public QObject, protected ServerWindowFixture
//     void init() { startServerAndDialogs({.connected = false}); }
//     void cleanup() { stopServerAndWindow(); }
#pragma once

#include "fakeserverfixture.h"
#include "guitest.h"
#include "secrets/secretstore.h"

#include <memory>

class ServerWindowFixture : public FakeServerFixture, public GuiTest::WindowFixture
{
protected:
    /// GuiTest::initTest(), then startServer(setup), an empty memory keychain and startDialogs().
    void startServerAndDialogs(const ClientSetup &setup);
    /// What the window works with: the fixture's network manager, client and keychain.
    SyncServices services() const { return SyncServices{m_nam.get(), m_client.get(), m_secrets.get()}; }
    /// GuiTest::WindowFixture::openWindow() with services().
    void openWindow(const QString &path) { WindowFixture::openWindow(path, services()); }
    /// The server's key in m_secrets, for the connection to the server; false when it cannot be written.
    bool storeServerKey();
    /// stopWindow(), then the server and the keychain.
    void stopServerAndWindow();

    std::unique_ptr<MemorySecretStore> m_secrets;
};
