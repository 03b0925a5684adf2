// What the workspace's server supports: the Assistants endpoints, vector stores, file batches and the models
// list, and which assistant fields it keeps. Learnt by a read-only probe ("Test connection" and a background probe
// once the app is online) and by the re-read after each push (SyncEngine: PushOutcome::notKept).
//
// Promises:
// - probe() only reads: GET /assistants?limit=1, GET /vector_stores (all pages), GET /models, and — when a store
//   exists — GET /vector_stores/{vs}/file_batches/<probe id>. A 404 on an endpoint means "not supported"; file
//   batches count as missing only when that 404 says the URL itself is unknown ("Invalid URL …"), as OpenAI-style
//   servers answer for routes they lack; without any store they stay "unknown". It fails (and nothing should be
//   stored) when the server cannot be reached, or answers the Assistants probe with anything but 2xx or 404 (e.g.
//   401), because then nothing can be told.
// - Stored in the workspace settings (key "server/capabilities", JSON) with the probe time and the base URL it
//   describes; load() ignores capabilities of another base URL. store() keeps the fields-kept knowledge of the same
//   server; recordFieldsKept() updates only that part. Each write is one transaction.
// Threading: the client's and workspace's thread.
#pragma once

#include "core/result.h"
#include "openai/canceltoken.h"

#include <QCoro/QCoroTask>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;
namespace OpenAi {
class OpenAiClient;
}

struct ServerCapabilities {
    enum class Support { Unknown, Yes, No };

    QString baseUrl;
    QString probedAt;                 // ISO 8601 UTC, empty when never probed
    Support assistants = Support::Unknown;
    Support vectorStores = Support::Unknown;
    Support fileBatches = Support::Unknown;
    Support models = Support::Unknown;
    int modelCount = -1;              // when models == Yes
    /// Fields a push sent that the server accepted but did not keep (empty: it kept all); nullopt: no push yet.
    std::optional<QStringList> fieldsNotKept;
    QString fieldsCheckedAt;          // when the last push told

    /// One translated line per capability: "Assistants API: yes", …, "Fields not kept: top_p, metadata".
    QStringList summaryLines() const;
    QJsonObject toJson() const;
    static ServerCapabilities fromJson(const QJsonObject &json);
    friend bool operator==(const ServerCapabilities &, const ServerCapabilities &) = default;
};

namespace Capabilities {
inline constexpr const char *SettingKey = "server/capabilities";

/// `assistantsApi`: what the caller's own GET /assistants?limit=1 just told (the start-up probe), so it is not sent
/// again; nullopt sends it.
QCoro::Task<Result<ServerCapabilities>> probe(OpenAi::OpenAiClient &client, OpenAi::CancelToken *cancel = nullptr,
                                              std::optional<bool> assistantsApi = std::nullopt);

/// The stored capabilities when they describe `baseUrl`.
std::optional<ServerCapabilities> load(const Workspace &workspace, const QString &baseUrl);
Status store(Workspace &workspace, ServerCapabilities capabilities);
/// After a push that changed fields: what the server did not keep (an empty list: it kept everything).
Status recordFieldsKept(Workspace &workspace, const QString &baseUrl, const QStringList &notKept);
} // namespace Capabilities
