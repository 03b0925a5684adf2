#include "storage/releasescope.h"

#include "storage/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Release", text);
}

Error refused(const QString &message)
{
    return Error{ErrorKind::Refused, message, {}};
}
} // namespace

Result<ReleaseScope> collectReleaseScope(const Workspace &workspace, const QString &experimentId)
{
    ReleaseScope scope;
    const QList<Experiment> experiments = workspace.experiments();
    const auto found = std::find_if(experiments.cbegin(), experiments.cend(),
                                    [&](const Experiment &e) { return e.id == experimentId; });
    if (found == experiments.cend())
        return Error{ErrorKind::NotFound, tr("No experiment with id “%1” in this workspace.").arg(experimentId), {}};
    if (found->isVersion())
        return refused(tr("“%1” v%2 is already a released version; release the unreleased experiment instead.")
                           .arg(found->name)
                           .arg(found->versionNumber));
    if (found->archived)
        return refused(tr("Archived experiments cannot be released."));
    scope.experiment = *found;
    scope.firstRelease = std::none_of(experiments.cbegin(), experiments.cend(),
                                      [&](const Experiment &e) { return e.workingId == experimentId; });

    QStringList referenced;   // assistant records the experiment uses, in reference order
    if (!scope.experiment.assistantId.isEmpty())
        referenced << scope.experiment.assistantId;
    if (!scope.experiment.pipelineId.isEmpty()) {
        const QList<Pipeline> pipelines = workspace.pipelines();
        const auto byId = [&](const QString &id) -> const Pipeline * {
            for (const auto &p : pipelines)
                if (p.id == id)
                    return &p;
            return nullptr;
        };
        const Pipeline *p = byId(scope.experiment.pipelineId);
        if (!p)
            return refused(tr("The experiment uses a pipeline that is not in the workspace (“%1”).").arg(scope.experiment.pipelineId));
        const Pipeline *family = p->isVersion() ? byId(p->workingId) : p;
        if (p->archived || (family && family->archived))
            return refused(tr("The experiment uses the pipeline “%1”, which is archived.").arg(p->name));
        scope.pipeline = *p;
        for (const PipelineNode &n : p->nodes)
            if (n.type == QLatin1String("assistant") && !n.assistantId.isEmpty())
                referenced << n.assistantId;
    }
    referenced.removeDuplicates();

    for (const QString &id : std::as_const(referenced)) {
        auto a = workspace.assistantSummary(id);
        if (!a)
            return refused(tr("The experiment uses an assistant that is not in the workspace (“%1”).").arg(id));
        if (a->archived)
            return refused(tr("The experiment uses “%1”, which is archived.").arg(a->name));
        if (a->isVersion())
            continue;   // references to versions stay as they are
        scope.workingAssistants << a->id;
        scope.names.insert(a->id, a->name);
    }
    std::sort(scope.workingAssistants.begin(), scope.workingAssistants.end(), [&](const QString &x, const QString &y) {
        const int c = scope.names.value(x).compare(scope.names.value(y), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : x < y;
    });
    return scope;
}
