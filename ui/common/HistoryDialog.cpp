#include "common/HistoryDialog.h"

#include "common/ErrorMessageBox.h"
#include "common/HistoryTableModel.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "common/UserMessage.h"
#include "common/WindowSize.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rongpei {

HistoryDialog::HistoryDialog(const QString &title, Reader reader, QWidget *parent)
    : QDialog(parent)
    , m_reader(std::move(reader))
    , m_model(new HistoryTableModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(title);
    auto *proxy = new SearchFilterProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(proxy);
    setUpRecordTable(m_table);
    m_table->sortByColumn(HistoryTableModel::WhenColumn, Qt::DescendingOrder);

    auto *search = new QLineEdit(this);
    search->setPlaceholderText(tr("Search the history (Ctrl+F)"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, proxy, &SearchFilterProxy::setSearchText);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, search,
            [search] { search->setFocus(Qt::ShortcutFocusReason); });
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &HistoryDialog::reload);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(960, 520));
    reload();
}

void HistoryDialog::reload()
{
    try {
        m_model->setLines(m_reader());
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("History"), error);
    }
    // "Concerning" names parts of a record (a session's roll call); a cadre has none.
    const auto &lines = m_model->lines();
    m_table->setColumnHidden(HistoryTableModel::SubjectColumn,
                             std::all_of(lines.begin(), lines.end(),
                                         [](const HistoryLine &line) { return line.subject.isEmpty(); }));
    m_table->resizeColumnsToContents();
}

} // namespace rongpei
