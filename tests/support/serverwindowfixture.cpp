#include "serverwindowfixture.h"

#include "openai/connection.h"
#include "testwait.h"

void ServerWindowFixture::startServerAndDialogs(const ClientSetup &setup)
{
    GuiTest::initTest();
    startServer(setup);
    m_secrets = std::make_unique<MemorySecretStore>();
    startDialogs();
}

bool ServerWindowFixture::storeServerKey()
{
    const auto connection = OpenAi::Connection::make(m_server->baseUrl());
    return connection && bool(TestWait::run(m_secrets->write(connection->keychainAccount(), m_server->apiKey())));
}

void ServerWindowFixture::stopServerAndWindow()
{
    stopWindow();
    stop();
    m_secrets.reset();
}
