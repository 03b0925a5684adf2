// The push dialog (ui.md "Push plan", domain.md §5.2): it asks SyncController for the plan (validation and a fresh
// check first), lists its steps in order with the lines that remove something that exists only in OpenAI in warning
// colour, and on "Push" runs the push, marking each step as it starts and ends (uploads run concurrently and show
// their percentage; a bar shows the bytes of all uploads), then shows the result: the error of a failed
// step ("Push failed at “…”: …"), "The server did not keep: …" and files that failed to index.
//
// Window-modal but never blocking (open it with show()); it emits pushed() once the push has finished, successful
// or not, so the window can reload the record.
#pragma once

#include "sync/syncengine.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class SyncController;

class PushDialog : public QDialog
{
    Q_OBJECT
public:
    PushDialog(SyncController *controller, const QString &assistantId, const QString &name, QWidget *parent = nullptr);

    enum class Stage { Planning, Ready, Pushing, Done };
    Stage stage() const { return m_stage; }
    /// Starts the push (the Push button's action); only in Stage::Ready.
    void startPush();
    /// The result text shown after the push (or the planning error).
    QString resultText() const;
    /// The texts of the plan's rows as shown.
    QStringList planRows() const;

signals:
    void pushed(const QString &assistantId, bool ok);

private:
    void showPlan(const PushPlan &plan);
    void onStepStarted(int index, const QString &text);
    void onStepFinished(int index, bool ok);
    void onUploadProgress(int index, qint64 sent, qint64 total);
    void onUploadTotal(qint64 sent, qint64 total);
    void showStep(int index, const QString &mark, const QString &suffix = {});
    void showOutcome(const PushOutcome &outcome);
    void setStage(Stage stage);
    void showResult(const QString &text, bool ok);

    QPointer<SyncController> m_controller;
    QString m_assistantId;
    Stage m_stage = Stage::Planning;
    QList<QListWidgetItem *> m_stepItems;   // one per step, in plan order
    QList<QString> m_stepTexts;
    QLabel *m_introLabel = nullptr;
    QListWidget *m_planList = nullptr;
    QLabel *m_resultLabel = nullptr;
    QProgressBar *m_uploadBar = nullptr;   // all uploads of the push together, shown while they run
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_pushButton = nullptr;
};
