// Read-only details of a pipeline record: name, version, archived, and its nodes (type, label, assistant).
#pragma once

#include "domain/experiment.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class Workspace;

class PipelineView : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineView(QWidget *parent = nullptr);
    void showPipeline(const Pipeline &pipeline, bool archived, const Workspace &workspace);
    void clear();

private:
    QLabel *m_titleLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_archivedLabel = nullptr;
    QTableWidget *m_nodesTable = nullptr;
};
