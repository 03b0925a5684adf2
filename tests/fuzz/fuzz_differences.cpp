// Fuzz target: cached differences as the workspace and `check --json` carry them (Difference::fromJson,
// SyncDiff::fromJson), their summary line and field label (domain.md §4).
//
// Checks: after one read, writing and reading again changes nothing (the cache is stable across saves).
#include "fuzztarget.h"

#include "domain/syncdiff.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    QList<Difference> differences;
    if (doc.isArray())
        differences = SyncDiff::fromJson(doc.array());
    else if (doc.isObject())
        differences << Difference::fromJson(doc.object());
    else
        return 0;
    for (const Difference &d : differences) {
        (void)d.summary();
        (void)SyncDiff::fieldLabel(d.field);
    }
    const QJsonArray once = SyncDiff::toJson(differences);
    const QList<Difference> again = SyncDiff::fromJson(once);
    if (SyncDiff::toJson(again) != once)
        Fuzz::fail("differences JSON round trip", QJsonDocument(once).toJson());
    return 0;
}
