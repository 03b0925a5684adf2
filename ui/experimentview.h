// Read-only details of an experiment record: name, version label, published, archived, direct assistant, pipeline.
#pragma once

#include "domain/experiment.h"

#include <QWidget>

class QLabel;
class Workspace;

class ExperimentView : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentView(QWidget *parent = nullptr);
    /// Shows `experiment`; `archived` is the effective state (own flag or the family's).
    void showExperiment(const Experiment &experiment, bool archived, const Workspace &workspace);
    void clear();

private:
    QLabel *m_titleLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_publishedLabel = nullptr;
    QLabel *m_archivedLabel = nullptr;
    QLabel *m_assistantLabel = nullptr;
    QLabel *m_pipelineLabel = nullptr;
};
