#include "study/OpeningHoursDialog.h"

#include "common/UserMessage.h"
#include "common/WindowSize.h"
#include "study/OpeningHoursRepository.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rongpei {

OpeningHoursDialog::OpeningHoursDialog(OpeningHoursRepository &repository, const Cadre &cadre, QDate today,
                                       QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_cadre(cadre)
    , m_table(new QTableWidget(0, 3, this))
    , m_year(new QSpinBox(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_remove(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Opening hours of %1 (%2)").arg(cadre.name, cadre.employeeNumber));
    auto *intro = new QLabel(tr("Hours the cadre earned in a year before these records began, e.g. from a "
                                "training certificate or the paper records. They count toward the hour "
                                "requirements like hours earned in sessions."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("openingHours"));
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Hours"), tr("Where they come from")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_year->setObjectName(OpeningHoursField::year);
    m_year->setRange(1990, today.year());
    m_year->setValue(today.year() - 1);
    m_hours->setObjectName(OpeningHoursField::hours);
    m_hours->setRange(0.5, OpeningHoursRepository::maxHours);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_hours->setValue(8);
    m_note->setObjectName(OpeningHoursField::note);
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("e.g. 2025年集中轮训结业证书"));
    m_error->setObjectName(QStringLiteral("openingHoursError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Evidence:"), m_note);
    auto *save = new QPushButton(tr("&Save year"), this);
    save->setObjectName(QStringLiteral("saveOpeningHours"));
    save->setToolTip(tr("Adds the hours of the year, or replaces those already entered for it"));
    m_remove->setObjectName(QStringLiteral("removeOpeningHours"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(save);
    actions->addWidget(m_remove);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &OpeningHoursDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &OpeningHoursDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OpeningHoursDialog::showSelected);
    reload();
    resizeWithinScreen(this, QSize(620, 460));
}

void OpeningHoursDialog::reload()
{
    m_balances = m_repository.forCadre(m_cadre.id);
    m_table->setRowCount(static_cast<int>(m_balances.size()));
    for (int row = 0; row < m_balances.size(); ++row) {
        const OpeningHours &b = m_balances.at(row);
        auto *year = new QTableWidgetItem(QString::number(b.year));
        year->setData(Qt::UserRole, b.id);
        auto *hours = new QTableWidgetItem(QLocale().toString(b.hours, 'f', 1));
        hours->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, year);
        m_table->setItem(row, 1, hours);
        m_table->setItem(row, 2, new QTableWidgetItem(b.note));
    }
    m_remove->setEnabled(false);
}

qint64 OpeningHoursDialog::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0
                              : m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void OpeningHoursDialog::showSelected()
{
    const qint64 id = selectedId();
    m_remove->setEnabled(id > 0);
    for (const OpeningHours &b : std::as_const(m_balances))
        if (b.id == id) {
            m_year->setValue(b.year);
            m_hours->setValue(b.hours);
            m_note->setText(b.note);
        }
}

void OpeningHoursDialog::save()
{
    OpeningHours balance;
    balance.cadreId = m_cadre.id;
    balance.year = m_year->value();
    balance.hours = m_hours->value();
    balance.note = m_note->text();
    // One entry per year: saving a year already entered replaces it.
    for (const OpeningHours &b : std::as_const(m_balances))
        if (b.year == balance.year) {
            balance.id = b.id;
            balance.uuid = b.uuid;
        }
    try {
        if (balance.id > 0)
            m_repository.update(balance);
        else
            m_repository.add(balance);
    } catch (const std::exception &error) {
        m_error->setText(userMessage(error));
        m_error->show();
        return;
    }
    m_error->hide();
    reload();
}

void OpeningHoursDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const QString year = m_table->item(m_table->selectedItems().first()->row(), 0)->text();
    if (QMessageBox::question(this, tr("Delete opening hours"),
                              tr("Delete the opening hours of %1 for %2?").arg(m_cadre.name, year),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        m_repository.remove(id);
    } catch (const std::exception &error) {
        m_error->setText(userMessage(error));
        m_error->show();
        return;
    }
    reload();
}

} // namespace rongpei
