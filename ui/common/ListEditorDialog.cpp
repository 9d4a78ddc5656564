#include "common/ListEditorDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rongpei {

ListEditorDialog::ListEditorDialog(const QString &title, const QString &intro, const QString &renameText,
                                   const QString &removeTip, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(title);
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *rename = new QPushButton(renameText, this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setToolTip(removeTip);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ListEditorDialog::addItem);
    connect(rename, &QPushButton::clicked, this, &ListEditorDialog::renameSelected);
    connect(remove, &QPushButton::clicked, this, &ListEditorDialog::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ListEditorDialog::renameSelected);

    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(rename);
    side->addWidget(remove);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addLayout(row);
    layout->addWidget(buttons);
}

qint64 ListEditorDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool ListEditorDialog::confirmRemoval(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace rongpei
