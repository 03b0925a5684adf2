// Builders for the widgets and layouts the views and dialogs make again and again: named fields, line edits with
// their placeholder, labels with the usual text options, named push buttons, bold headings, a left-aligned row of
// widgets, a text above its details (or a field above its error line), the row of a status-bar widget, a list that
// only shows rows, a read-only table of a model, a Close button box, and a dialog that shows one panel above a Close
// button. Widgets come back as children of `parent`, ready for a layout.
#pragma once

#include <QFlags>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSize;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace Widgets {

enum LabelOption {
    WordWrap = 0x1,     // wraps at word breaks
    PlainText = 0x2,    // never read as rich text
    Selectable = 0x4,   // the text can be selected with the mouse (and copied)
};
Q_DECLARE_FLAGS(LabelOptions, LabelOption)

/// A new `W` (a field, list or view) named `objectName`; screen readers call it `accessibleName` unless that is empty.
template <typename W>
W *named(const QString &objectName, QWidget *parent, const QString &accessibleName = QString())
{
    auto *widget = new W(parent);
    widget->setObjectName(objectName);
    if (!accessibleName.isEmpty())
        widget->setAccessibleName(accessibleName);
    return widget;
}
/// A line edit named `objectName` that shows `placeholder` while empty (and `accessibleName` as named() does).
QLineEdit *lineEdit(const QString &objectName, const QString &placeholder, QWidget *parent,
                    const QString &accessibleName = QString());
/// A label named `objectName` showing `text`, with `options`.
QLabel *label(const QString &objectName, LabelOptions options, QWidget *parent, const QString &text = QString());
/// A list that only shows rows, wrapped to its width: nothing to select or focus, no horizontal scroll bar.
QListWidget *rowList(const QString &objectName, QWidget *parent);
/// A push button named `objectName` showing `text`.
QPushButton *button(const QString &objectName, const QString &text, QWidget *parent);
/// Makes `widget`'s font bold and, unless `scale` is 1, `scale` times as large.
void setHeadingFont(QWidget *widget, double scale = 1.0);
/// The widgets in a row, left-aligned with a stretch after them and no margins: one field of a form.
QWidget *row(QWidget *parent, const QList<QWidget *> &widgets);
/// `upper` above `lower`, 2 pixels apart: a text and its details, a field and its error line.
QVBoxLayout *stacked(QWidget *upper, QWidget *lower);
/// Lays `owner`, a widget of the status bar, out as `widgets` in a row with 4 pixels at the sides.
void statusStrip(QWidget *owner, const QList<QWidget *> &widgets);
/// A read-only table of `model`: whole rows are selected (several at once), rows alternate in colour and never wrap,
/// no row numbers; every column is as wide as its contents except `stretchColumn`, which takes the rest.
QTableView *tableView(const QString &objectName, QAbstractItemModel *model, int stretchColumn, QWidget *parent);
/// A button box with a Close button that rejects `dialog`.
QDialogButtonBox *closeButtonBox(QDialog *dialog);
/// Lays `dialog` out as `content` above a Close button that rejects the dialog, and resizes it to `size`.
void layOutWithClose(QDialog *dialog, QWidget *content, const QSize &size);

} // namespace Widgets

Q_DECLARE_OPERATORS_FOR_FLAGS(Widgets::LabelOptions)
