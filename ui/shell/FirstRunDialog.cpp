#include "shell/FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rongpei {

FirstRunDialog::FirstRunDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_create(new QRadioButton(tr("&Create my organisation, starting with the enterprise named:"), this))
    , m_demo(new QRadioButton(tr("Load &demo data: a sample enterprise with 300 cadres, to try RongPei out"),
                              this))
    , m_enterpriseName(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Welcome to RongPei"));
    auto *intro = new QLabel(tr("<h3>Welcome to RongPei</h3><p>There is no database yet at<br><tt>%1</tt></p>"
                                "<p>How would you like to start?</p>")
                                 .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_enterpriseName->setObjectName(QStringLiteral("enterpriseName"));
    m_enterpriseName->setPlaceholderText(tr("e.g. 华远能源集团有限公司"));
    m_enterpriseName->setMaxLength(60);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_create->setChecked(true);
    connect(m_create, &QRadioButton::toggled, m_enterpriseName, &QLineEdit::setEnabled);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_create);
    layout->addWidget(m_enterpriseName);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addStretch();
    layout->addWidget(buttons);
    m_enterpriseName->setFocus();
    resize(560, sizeHint().height());
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    return m_demo->isChecked() ? Choice::LoadDemo : Choice::CreateOrganization;
}

QString FirstRunDialog::enterpriseName() const
{
    return m_enterpriseName->text().simplified();
}

void FirstRunDialog::accept()
{
    if (choice() == Choice::CreateOrganization && enterpriseName().isEmpty()) {
        m_error->setText(tr("Enter the enterprise's name."));
        m_error->show();
        m_enterpriseName->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rongpei
