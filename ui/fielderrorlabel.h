// The line under a form field that shows its validation problems ("Temperature: must be between 0 and 2"). Hidden
// while the field is valid. Text colour plus a ⚠ prefix, so the message is not carried by colour alone.
#pragma once

#include <QLabel>

class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(const QString &objectName, QWidget *parent = nullptr);
    /// Shows the given "<Field>: <problem>" lines, or hides the label when the list is empty.
    void setProblems(const QStringList &problems);
    QStringList problems() const { return m_problems; }

private:
    QStringList m_problems;
};
