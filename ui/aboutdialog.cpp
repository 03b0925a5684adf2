#include "aboutdialog.h"

#include "about/buildinfo.h"
#include "widgets.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QLabel *selectableLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    return Widgets::label(objectName, Widgets::PlainText | Widgets::Selectable, parent, text);
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Assistant Desk"));

    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this) * 2;
    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("aboutIconLabel"));
    iconLabel->setPixmap(QIcon::fromTheme(QStringLiteral("assistant-desk"),
                                          QIcon(QStringLiteral(":/icons/assistant-desk.svg")))
                             .pixmap(iconSize, iconSize));
    iconLabel->setAccessibleName(tr("Assistant Desk icon"));

    auto *nameLabel = new QLabel(tr("Assistant Desk"), this);
    Widgets::setHeadingFont(nameLabel, 1.5);
    const QString versionText = tr("Version %1").arg(BuildInfo::version());
    auto *versionLabel = selectableLabel(QStringLiteral("aboutVersionLabel"), versionText, this);
    const QString description = tr("Edit OpenAI Assistants, keep them in a local workspace and in sync with the "
                                   "server, release versions and archive safely.");
    auto *descriptionLabel = new QLabel(description, this);
    descriptionLabel->setWordWrap(true);
    const QString licenceText = tr("Licence: %1").arg(BuildInfo::licenseText());
    auto *licenceLabel = selectableLabel(QStringLiteral("aboutLicenceLabel"), licenceText, this);
    licenceLabel->setWordWrap(true);

    auto *libraries = new QGroupBox(tr("Libraries"), this);
    libraries->setObjectName(QStringLiteral("aboutLibrariesGroupBox"));
    auto *form = new QFormLayout(libraries);
    QStringList lines{tr("Assistant Desk %1").arg(BuildInfo::version()), licenceText};
    const QList<BuildInfo::Component> components = BuildInfo::components();
    for (const BuildInfo::Component &c : components) {
        QString version = c.version;
        if (c.name == QLatin1String("Qt") && version != QLatin1String(QT_VERSION_STR))
            version = tr("%1 (built with %2)").arg(version, QStringLiteral(QT_VERSION_STR));
        form->addRow(tr("%1:").arg(c.name), selectableLabel(QString(), version, libraries));
        lines << tr("%1 %2").arg(c.name, version);
    }
    m_details = lines.join(QLatin1Char('\n'));

    auto *text = new QVBoxLayout;
    text->addWidget(nameLabel);
    text->addWidget(versionLabel);
    text->addSpacing(6);
    text->addWidget(descriptionLabel);
    text->addWidget(licenceLabel);
    text->addWidget(libraries);
    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(text, 1);

    QDialogButtonBox *buttons = Widgets::closeButtonBox(this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setToolTip(tr("Copy the version and library details, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_details); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}
