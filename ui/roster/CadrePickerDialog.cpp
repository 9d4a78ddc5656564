#include "roster/CadrePickerDialog.h"

#include "common/WindowSize.h"
#include "roster/CadreFilterProxy.h"
#include "roster/CadreTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rongpei {

CadrePickerDialog::CadrePickerDialog(CadreRepository &cadres, OrganizationRepository &organizations,
                                     QWidget *parent)
    : QDialog(parent)
    , m_model(new CadreTableModel(cadres, organizations, this))
    , m_proxy(new CadreFilterProxy(*m_model, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Add cadres to the roll call"));
    m_proxy->setEmployedOnly(true); // seconded cadres join joint sessions too
    m_model->reload();              // the roster's model reads when its page is shown; the picker at once
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Search name, employee no. or post"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("pickerTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CadreTableModel::EmployeeNumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int column :
         {CadreTableModel::GenderColumn, CadreTableModel::BirthDateColumn, CadreTableModel::PhoneColumn,
          CadreTableModel::LevelColumn, CadreTableModel::TrackColumn})
        m_table->hideColumn(column);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add selected"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CadreFilterProxy::setSearchText);
    connect(m_table, &QTableView::activated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(860, 560));
}

QList<qint64> CadrePickerDialog::pick(CadreRepository &cadres, OrganizationRepository &organizations,
                                      QWidget *parent)
{
    CadrePickerDialog picker(cadres, organizations, parent);
    return picker.exec() == QDialog::Accepted ? picker.selectedIds() : QList<qint64>();
}

QList<qint64> CadrePickerDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(CadreTableModel::IdRole).toLongLong());
    return ids;
}

} // namespace rongpei
