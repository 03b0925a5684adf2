// The dialog of a save that met someone else's change of the same record (no lost update): one row per field that
// either side changed since the form was loaded, with my value, theirs and which one to keep. Fields only one side
// changed start with that side's value; fields both changed differently are marked and start with mine. "Save
// merged" keeps the choices; Cancel leaves the form as it was, unsaved.
#pragma once

#include "dialogs.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const QList<Dialogs::MergeRow> &rows, QWidget *parent = nullptr);

    void setText(const QString &text);
    /// The fields whose chosen value is mine.
    QStringList keepMine() const;
    /// Chooses mine (true) or theirs for every row.
    void chooseAll(bool mine);

private:
    QList<Dialogs::MergeRow> m_rows;
    QLabel *m_text = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QComboBox *> m_choices;
};
