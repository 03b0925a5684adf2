#include "blockerdialog.h"

#include "storage/workspace.h"
#include "widgets.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString sectionObjectName(BlockerSection section)
{
    switch (section) {
    case BlockerSection::Experiments:
        return u"experimentsGroupBox"_s;
    case BlockerSection::Pipelines:
        return u"pipelinesGroupBox"_s;
    case BlockerSection::ExperimentsReferencingPipeline:
        return u"experimentsReferencingPipelineGroupBox"_s;
    }
    return {};
}
} // namespace

BlockerDialog::BlockerDialog(Workspace &workspace, const ArchivePlan &plan, QWidget *parent)
    : QDialog(parent), m_workspace(&workspace), m_plan(plan)
{
    setObjectName(u"blockerDialog"_s);
    setModal(false);

    auto *iconLabel = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    iconLabel->setAlignment(Qt::AlignTop);
    m_headingLabel = Widgets::label(u"headingLabel"_s, {}, this);
    Widgets::setHeadingFont(m_headingLabel, 1.15);
    auto *explanation = Widgets::label(u"explanationLabel"_s, Widgets::WordWrap, this, ArchivePlan::blockedText());
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_headingLabel);
    textColumn->addWidget(explanation);
    auto *header = new QHBoxLayout;
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    header->addLayout(textColumn, 1);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(u"blockerScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_statusLabel = Widgets::label(u"statusLabel"_s, Widgets::WordWrap, this);
    m_statusLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_checkAgainButton = buttons->addButton(tr("Check again"), QDialogButtonBox::ActionRole);
    m_checkAgainButton->setObjectName(u"checkAgainButton"_s);
    m_checkAgainButton->setToolTip(tr("Look for blockers again after you changed something"));
    m_checkAgainButton->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAutoDefault(false);
    connect(m_checkAgainButton, &QPushButton::clicked, this, [this] { checkAgain(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    rebuildRows();
    adjustSize();
    resize(preferredWidth(), height());
    // adjustSize() sized the rows for a narrower width, where the details wrapped; drop the height that is now spare.
    if (QWidget *content = m_scrollArea->widget()) {
        const QMargins margins = layout->contentsMargins();
        const int needed = content->heightForWidth(width() - margins.left() - margins.right());
        const int spare = m_scrollArea->sizeHint().height() - needed;
        if (needed > 0 && spare > 0)
            resize(width(), height() - spare);
    }
}

int BlockerDialog::preferredWidth() const
{
    // Wide enough that each detail line ("uses pipeline … · working, which uses …") fits on one line, as long as the
    // screen allows; longer ones wrap.
    int widest = fontMetrics().horizontalAdvance(ArchivePlan::blockedText()) / 2;
    for (const ArchiveBlocker &blocker : m_plan.blockers())
        widest = std::max(widest, fontMetrics().horizontalAdvance(blocker.detail));
    const int chrome = 6 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + fontMetrics().horizontalAdvance(tr("Open")) + 60;
    const int limit = screen() ? screen()->availableGeometry().width() * 2 / 3 : 900;
    return std::clamp(widest + chrome, minimumWidth(), std::max(minimumWidth(), limit));
}

void BlockerDialog::setPlan(const ArchivePlan &plan)
{
    m_plan = plan;
    m_statusLabel->hide();
    rebuildRows();
}

bool BlockerDialog::checkAgain()
{
    if (!m_workspace) {
        m_checkAgainButton->setEnabled(false);
        return false;
    }
    Result<ArchivePlan> plan = planArchive(m_workspace->exportData(), m_plan.assistantId);
    if (!plan) {
        m_statusLabel->setText(plan.error().message);
        m_statusLabel->show();
        return false;
    }
    m_plan = std::move(plan).value();
    if (m_plan.archivable()) {
        accept();
        emit nothingBlocks();
        return true;
    }
    rebuildRows();
    const int count = int(m_plan.blockers().size());
    m_statusLabel->setText(count == 1 ? tr("Checked again: 1 item still blocks archiving.")
                                      : tr("Checked again: %n items still block archiving.", nullptr, count));
    m_statusLabel->show();
    return false;
}

void BlockerDialog::rebuildRows()
{
    setWindowTitle(m_plan.blockedTitle());
    m_headingLabel->setText(m_plan.blockedTitle());

    // A fresh content widget each time: QScrollArea caches the size hint of the widget it was given.
    auto *content = new QWidget;
    content->setObjectName(u"blockerRows"_s);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    const std::pair<BlockerSection, const QList<ArchiveBlocker> *> sections[] = {
        {BlockerSection::Experiments, &m_plan.experiments},
        {BlockerSection::Pipelines, &m_plan.pipelines},
        {BlockerSection::ExperimentsReferencingPipeline, &m_plan.experimentsReferencingPipeline},
    };
    for (const auto &[section, rows] : sections) {
        if (!rows->isEmpty())
            column->addWidget(makeSection(section, *rows, content));
    }
    column->addStretch();
    m_scrollArea->setWidget(content);   // deletes the previous one
}

QGroupBox *BlockerDialog::makeSection(BlockerSection section, const QList<ArchiveBlocker> &rows, QWidget *parent)
{
    auto *box = new QGroupBox(ArchivePlan::sectionTitle(section), parent);
    box->setObjectName(sectionObjectName(section));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(layout->spacing() * 2);
    for (const ArchiveBlocker &blocker : rows)
        layout->addWidget(makeRow(blocker, box));
    return box;
}

QWidget *BlockerDialog::makeRow(const ArchiveBlocker &blocker, QWidget *parent)
{
    auto *row = new QWidget(parent);
    row->setObjectName(u"blockerRow"_s);
    row->setProperty("recordId", blocker.recordId);
    row->setProperty("section", int(blocker.section));

    QLabel *title = Widgets::label(u"rowLabel"_s, Widgets::Selectable, row, blocker.rowText);
    Widgets::setHeadingFont(title);
    QLabel *detail = Widgets::label(u"detailLabel"_s, Widgets::WordWrap | Widgets::Selectable, row, blocker.detail);

    QPushButton *open = Widgets::button(u"openButton"_s, tr("Open"), row);
    open->setAutoDefault(false);
    open->setAccessibleName(tr("Open %1").arg(blocker.rowText));
    open->setToolTip(blocker.section == BlockerSection::Pipelines
                         ? tr("Show this pipeline with the nodes that use the assistant selected")
                         : tr("Show this experiment in the main window"));
    connect(open, &QPushButton::clicked, this, [this, blocker] { openRow(blocker); });

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(Widgets::stacked(title, detail), 1);
    layout->addWidget(open, 0, Qt::AlignVCenter);
    return row;
}

void BlockerDialog::openRow(const ArchiveBlocker &blocker)
{
    if (blocker.section == BlockerSection::Pipelines)
        emit openPipeline(blocker.recordId, blocker.nodeIds);
    else
        emit openExperiment(blocker.recordId);
}
