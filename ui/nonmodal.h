// One non-modal dialog of a kind at a time: asking again brings the open one to the front instead of opening a second.
#pragma once

#include <QPointer>
#include <QWidget>

#include <utility>

namespace NonModal {

/// Raises the open `dialog` above the other windows and gives it the focus.
inline void bringToFront(QWidget *dialog)
{
    dialog->raise();
    dialog->activateWindow();
}

/// When `open` holds a dialog, brings it to the front and returns null. Otherwise calls `create()` (which builds the
/// dialog and wires it up), remembers the new dialog in `open`, makes it delete itself on close, shows it and returns
/// it (for the caller to start what it shows).
template <typename Dialog, typename Create>
Dialog *raiseOrOpen(QPointer<Dialog> &open, Create &&create)
{
    if (open) {
        bringToFront(open);
        return nullptr;
    }
    Dialog *dialog = std::forward<Create>(create)();
    open = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace NonModal
