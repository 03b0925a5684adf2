// Fixture for .ci/check-tr (CTest check_tr_detects): every marked line must be reported, the others not.
void fixture(QWidget *w, QLabel *label, QMenu *menu, Dialogs *dialogs)
{
    label->setText(QStringLiteral("Saved."));                               // reported
    w->setWindowTitle(u"Assistant Desk"_s);                                 // reported
    auto *button = new QPushButton(QString::fromUtf8("Try again"), w);      // reported
    menu->addAction(QIcon::fromTheme(QStringLiteral("document-new")), "New");   // reported ("New" only)
    dialogs->inform(w, tr("Cannot open"), QStringLiteral("The file is gone %1").arg(1));   // reported
    label->setToolTip(tr("Close this message"));
    label->setText(QStringLiteral("✕"));
    label->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    label->setText(QLocale().toString(t, QStringLiteral("d MMM HH:mm")));
    label->setText(QCoreApplication::translate("Ctx", "Fine"));
    label->setText(QStringLiteral("OpenAI"));   // no-tr: a product name
    w->setObjectName(QStringLiteral("Main Window"));
}
