#include "StudyFileDialog.h"

#include "Clock.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rongpei {

namespace {

QTableWidget *table(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setObjectName(objectName);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setSortingEnabled(true);
    return widget;
}

QTableWidgetItem *number(double value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StudyFileDialog::StudyFileDialog(Workspace &workspace, const Cadre &cadre, QWidget *parent)
    : QDialog(parent)
    , m_file(StudyFile::load(workspace.database(), cadre.id))
    , m_year(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_byYear(table({tr("Year"), tr("Hours")}, QStringLiteral("hoursByYear"), this))
    , m_byKind(table({tr("Kind"), tr("Hours")}, QStringLiteral("hoursByKind"), this))
    , m_sessions(
          table({tr("Date"), tr("Kind"), tr("Topic"), tr("Host branch"), tr("Attendance"), tr("Hours")},
                QStringLiteral("studySessions"), this))
{
    setWindowTitle(tr("Study file of %1 (%2)").arg(cadre.name, cadre.employeeNumber));
    m_summary->setObjectName(QStringLiteral("studyFileSummary"));

    for (auto it = m_file.hoursByYear.cbegin(); it != m_file.hoursByYear.cend(); ++it) {
        const int row = m_byYear->rowCount();
        m_byYear->insertRow(row);
        m_byYear->setItem(row, 0, new QTableWidgetItem(QString::number(it.key())));
        m_byYear->setItem(row, 1, number(it.value()));
    }
    m_byYear->sortByColumn(0, Qt::DescendingOrder);
    const int thisYear = workspace.clock().today().year();
    QList<int> years = m_file.hoursByYear.keys();
    if (!years.contains(thisYear))
        years.append(thisYear);
    std::sort(years.begin(), years.end(), std::greater<>());
    for (int year : std::as_const(years))
        m_year->addItem(QString::number(year), year);
    m_year->setObjectName(QStringLiteral("studyFileYear"));

    m_sessions->setSortingEnabled(false);
    for (const StudyFileEntry &entry : std::as_const(m_file.entries)) {
        const int row = m_sessions->rowCount();
        m_sessions->insertRow(row);
        m_sessions->setItem(row, 0, new QTableWidgetItem(entry.date.toString(Qt::ISODate)));
        m_sessions->setItem(row, 1, new QTableWidgetItem(entry.kindName));
        m_sessions->setItem(row, 2, new QTableWidgetItem(entry.topic));
        m_sessions->setItem(row, 3, new QTableWidgetItem(entry.branchName));
        m_sessions->setItem(row, 4,
                            new QTableWidgetItem(entry.state == SessionState::Planned
                                                     ? enumLabel(entry.state)
                                                     : enumLabel(entry.status)));
        m_sessions->setItem(row, 5, number(entry.hoursEarned));
    }
    m_sessions->setSortingEnabled(true);
    m_sessions->resizeColumnsToContents();

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Hours by year:"), this), 0, 0);
    auto *kindHeader = new QHBoxLayout;
    kindHeader->addWidget(new QLabel(tr("Hours by kind in"), this));
    kindHeader->addWidget(m_year);
    kindHeader->addStretch();
    grid->addLayout(kindHeader, 0, 1);
    grid->addWidget(m_byYear, 1, 0);
    grid->addWidget(m_byKind, 1, 1);
    grid->setColumnStretch(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QComboBox::currentIndexChanged, this, &StudyFileDialog::showYear);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Sessions (newest first):"), this));
    layout->addWidget(m_sessions, 2);
    layout->addWidget(buttons);
    showYear();
    resize(900, 680);
}

void StudyFileDialog::showYear()
{
    const int year = m_year->currentData().toInt();
    const QMap<QString, double> kinds = m_file.hoursByYearAndKind.value(year);
    m_byKind->setSortingEnabled(false);
    m_byKind->setRowCount(0);
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        const int row = m_byKind->rowCount();
        m_byKind->insertRow(row);
        m_byKind->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_byKind->setItem(row, 1, number(it.value()));
    }
    m_byKind->setSortingEnabled(true);
    m_byKind->sortByColumn(1, Qt::DescendingOrder);
    m_summary->setText(tr("<b>%1 hours</b> earned in %2 · attended %3 of %4 roll calls (%5%) in all years")
                           .arg(QLocale().toString(m_file.hoursByYear.value(year), 'f', 1))
                           .arg(year)
                           .arg(m_file.attended)
                           .arg(m_file.rollCalls)
                           .arg(qRound(m_file.attendanceRate() * 100)));
}

} // namespace rongpei
