#include "study/StudyFileDialog.h"

#include "common/Localization.h"
#include "common/WindowSize.h"

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

/// Replaces a table's rows. Sorting is paused meanwhile: a sorted table moves a row as soon
/// as its first cell is set, and the next cells would land in another row.
void fill(QTableWidget *table, const QList<QList<QTableWidgetItem *>> &rows, int sortColumn,
          Qt::SortOrder order)
{
    table->setSortingEnabled(false);
    table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < rows.at(row).size(); ++column)
            table->setItem(row, column, rows.at(row).at(column));
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, order);
}

QTableWidgetItem *number(double value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StudyFileDialog::StudyFileDialog(StudyFile file, const Cadre &cadre, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_file(std::move(file))
    , m_year(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_byYear(table({tr("Year"), tr("Hours")}, QStringLiteral("hoursByYear"), this))
    , m_byKind(table({tr("Kind"), tr("Hours")}, QStringLiteral("hoursByKind"), this))
    , m_sessions(table({tr("Date"), tr("Kind"), tr("Topic"), tr("Host"), tr("Attendance"), tr("Hours")},
                       QStringLiteral("studySessions"), this))
    , m_otherRecords(table(
          {tr("Date"), tr("Source"), tr("Kind"), tr("Name"), tr("Organiser"), tr("Outcome"), tr("Hours")},
          QStringLiteral("otherRecords"), this))
{
    setWindowTitle(tr("Study file of %1 (%2)").arg(cadre.name, cadre.employeeNumber));
    m_summary->setObjectName(QStringLiteral("studyFileSummary"));

    QList<QList<QTableWidgetItem *>> years;
    for (auto it = m_file.hoursByYear.cbegin(); it != m_file.hoursByYear.cend(); ++it)
        years.append(
            QList<QTableWidgetItem *>{new QTableWidgetItem(QString::number(it.key())), number(it.value())});
    fill(m_byYear, years, 0, Qt::DescendingOrder);
    const int thisYear = today.year();
    QList<int> choices = m_file.hoursByYear.keys();
    if (!choices.contains(thisYear))
        choices.append(thisYear);
    std::sort(choices.begin(), choices.end(), std::greater<>());
    for (int year : std::as_const(choices))
        m_year->addItem(QString::number(year), year);
    m_year->setObjectName(QStringLiteral("studyFileYear"));

    QList<QList<QTableWidgetItem *>> sessions;
    for (const StudyFileEntry &entry : std::as_const(m_file.entries))
        sessions.append(QList<QTableWidgetItem *>{
            new QTableWidgetItem(displayDate(entry.date)), new QTableWidgetItem(entry.kindName),
            new QTableWidgetItem(entry.topic), new QTableWidgetItem(entry.branchName),
            new QTableWidgetItem(entry.state == SessionState::Planned ? enumLabel(entry.state)
                                                                      : enumLabel(entry.status)),
            number(entry.hoursEarned)});
    fill(m_sessions, sessions, 0, Qt::DescendingOrder);
    m_sessions->resizeColumnsToContents();

    QList<QList<QTableWidgetItem *>> others;
    for (const StudyFileRecord &other : std::as_const(m_file.otherRecords)) {
        auto *date = new QTableWidgetItem(displayDate(other.record.date));
        date->setData(Qt::UserRole, other.record.date);
        others.append(QList<QTableWidgetItem *>{
            date, new QTableWidgetItem(other.source), new QTableWidgetItem(other.record.kindName),
            new QTableWidgetItem(other.record.title), new QTableWidgetItem(other.record.organiser),
            new QTableWidgetItem(other.record.outcome), number(other.record.hoursEarned)});
    }
    fill(m_otherRecords, others, 0, Qt::DescendingOrder);
    m_otherRecords->resizeColumnsToContents();

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
    layout->addWidget(new QLabel(tr("Training classes (newest first):"), this));
    layout->addWidget(m_otherRecords, 1);
    layout->addWidget(buttons);
    showYear();
    resizeWithinScreen(this, QSize(900, 680));
}

void StudyFileDialog::showYear()
{
    const int year = m_year->currentData().toInt();
    const QMap<QString, double> kinds = m_file.hoursByYearAndKind.value(year);
    QList<QList<QTableWidgetItem *>> rows;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        rows.append(QList<QTableWidgetItem *>{new QTableWidgetItem(it.key()), number(it.value())});
    fill(m_byKind, rows, 1, Qt::DescendingOrder);
    QStringList bySource;
    const QMap<QString, double> sources = m_file.hoursByYearAndSource.value(year);
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        bySource.append(tr("%1 %2").arg(it.key(), QLocale().toString(it.value(), 'f', 1)));
    m_summary->setText(tr("<b>%1 hours</b> earned in %2%3 · attended %4 of %5 roll calls (%6%) in all years")
                           .arg(QLocale().toString(m_file.hoursByYear.value(year), 'f', 1))
                           .arg(year)
                           .arg(bySource.isEmpty() ? QString() : tr(" (%1)").arg(bySource.join(tr(", "))))
                           .arg(m_file.attended)
                           .arg(m_file.rollCalls)
                           .arg(qRound(m_file.attendanceRate() * 100)));
}

} // namespace rongpei
