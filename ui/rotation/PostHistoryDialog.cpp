#include "rotation/PostHistoryDialog.h"

#include "Workspace.h"
#include "common/BranchCombo.h"
#include "common/Clock.h"
#include "common/ErrorMessageBox.h"
#include "common/RecordCommands.h"
#include "common/WindowSize.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreRepository.h"
#include "roster/PostHistoryRepository.h"
#include "rotation/PostRecordDialog.h"
#include "rotation/RotationRepository.h"
#include "rotation/RotationTableModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rongpei {

inline QString undoLabel(const PostRecord &record)
{
    return QCoreApplication::translate("rongpei::PostHistoryDialog", "post %1").arg(record.post);
}

namespace {

QTableWidget *listTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QTableWidgetItem(text);
    if (sortValue.isValid())
        item->setData(Qt::UserRole, sortValue);
    return item;
}

} // namespace

PostHistoryDialog::PostHistoryDialog(Workspace &workspace, qint64 cadreId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_cadreId(cadreId)
    , m_undoStack(new QUndoStack(this))
    , m_tenure(new QLabel(this))
    , m_table(listTable(this,
                        {tr("In effect from"), tr("Party branch or unit"), tr("Department"), tr("Post"),
                         tr("Level"), tr("Recorded by"), tr("Notes")},
                        QStringLiteral("postHistory")))
    , m_rotations(listTable(this,
                            {tr("Kind"), tr("To"), tr("First day"), tr("Last day"), tr("Status"),
                             tr("Direction"), tr("Evaluation")},
                            QStringLiteral("cadreRotations")))
{
    const std::optional<Cadre> cadre = workspace.cadres().find(cadreId);
    setWindowTitle(tr("Post history: %1").arg(cadre ? cadre->name : QString()));
    m_tenure->setObjectName(QStringLiteral("tenure"));
    m_tenure->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add earlier post…"), QDialogButtonBox::ActionRole);
    auto *edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    auto *remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addPost"));
    connect(add, &QPushButton::clicked, this, &PostHistoryDialog::addPost);
    connect(edit, &QPushButton::clicked, this, &PostHistoryDialog::editSelected);
    connect(remove, &QPushButton::clicked, this, &PostHistoryDialog::deleteSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemActivated, this, &PostHistoryDialog::editSelected);
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    connect(deleteKey, &QAction::triggered, this, &PostHistoryDialog::deleteSelected);
    addAction(deleteKey);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tenure);
    layout->addWidget(m_table, 2);
    layout->addWidget(new QLabel(tr("Rotations:"), this));
    layout->addWidget(m_rotations, 1);
    layout->addWidget(buttons);
    const auto refreshNow = [this] { refresh(); };
    RecordRepository::onAnyChange(workspace.postHistory(), this, refreshNow);
    RecordRepository::onAnyChange(workspace.cadres(), this, refreshNow);
    RecordRepository::onAnyChange(workspace.rotations(), this, refreshNow);
    refresh();
    resizeWithinScreen(this, {900, 560});
}

void PostHistoryDialog::refresh()
{
    const std::optional<Cadre> cadre = m_workspace.cadres().find(m_cadreId);
    if (!cadre) {
        m_tenure->setText(tr("This cadre is no longer in the roster."));
        m_table->setRowCount(0);
        return;
    }
    const QLocale locale;
    const QList<Organization> units = m_workspace.organizations().all();
    QHash<qint64, QString> unitNames;
    for (const Organization &unit : units)
        unitNames.insert(unit.id, unitLabel(unit, units));
    const QList<PostRecord> history = m_workspace.postHistory().of(m_cadreId);
    const PostTenure tenure = postHeldSince(*cadre, history);
    const QDate today = m_workspace.clock().today();
    if (tenure.since.isValid()) {
        m_tenure->setText(
            (tenure.fromHireDate
                 ? tr("%1 holds the post %2 since %3, the hire date, as far as the records tell: "
                      "%n full year(s). Add the earlier posts if there were any.",
                      nullptr, tenure.yearsOn(today))
                 : tr("%1 holds the post %2 since %3: %n full year(s).", nullptr, tenure.yearsOn(today)))
                .arg(cadre->name, cadre->post, locale.toString(tenure.since, QLocale::LongFormat)));
    } else {
        m_tenure->setText(
            tr("%1 holds the post %2; since when is not recorded. Add the earlier posts, or the "
               "cadre's hire date, to know it.")
                .arg(cadre->name, cadre->post));
    }
    const qint64 selected = selectedId();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const PostRecord &r = history.at(row);
        auto *first = cell(r.effectiveOn.isValid() ? locale.toString(r.effectiveOn, QLocale::ShortFormat)
                                                   : tr("(not recorded)"));
        first->setData(Qt::UserRole + 1, r.id);
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, cell(r.heldBranchId > 0 ? unitNames.value(r.heldBranchId) : r.unitName));
        m_table->setItem(row, 2, cell(r.departmentId > 0 ? unitNames.value(r.departmentId) : QString()));
        m_table->setItem(row, 3, cell(r.post));
        m_table->setItem(row, 4, cell(enumLabel(r.level)));
        m_table->setItem(row, 5, cell(enumLabel(r.source)));
        m_table->setItem(row, 6, cell(r.notes));
        if (r.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    const QList<Rotation> rotations = m_workspace.rotations().ofCadre(m_cadreId);
    m_rotations->setRowCount(static_cast<int>(rotations.size()));
    for (int row = 0; row < rotations.size(); ++row) {
        const Rotation &r = rotations.at(row);
        m_rotations->setItem(row, 0, cell(enumLabel(r.kind)));
        m_rotations->setItem(row, 1, cell(tr("%1, %2").arg(unitNames.value(r.toUnitId), r.toPost)));
        m_rotations->setItem(row, 2, cell(locale.toString(r.firstDay(), QLocale::ShortFormat)));
        m_rotations->setItem(row, 3, cell(locale.toString(r.lastDay(), QLocale::ShortFormat)));
        m_rotations->setItem(row, 4, cell(enumLabel(r.status(today))));
        m_rotations->setItem(row, 5, cell(enumLabel(r.direction())));
        m_rotations->setItem(row, 6, cell(RotationTableModel::evaluationText(r, today)));
    }
    m_rotations->resizeColumnsToContents();
}

qint64 PostHistoryDialog::selectedId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole + 1).toLongLong() : 0;
}

void PostHistoryDialog::showError(const QString &message)
{
    QMessageBox::warning(this, windowTitle(), message);
}

void PostHistoryDialog::addPost()
{
    PostRecord record;
    record.cadreId = m_cadreId;
    if (const std::optional<Cadre> cadre = m_workspace.cadres().find(m_cadreId))
        record.level = cadre->level;
    auto *dialog = new PostRecordDialog(
        record, m_workspace.organizations().all(),
        [this](const PostRecord &added) {
            m_undoStack->push(
                AddRecordCommand<PostHistoryRepository, PostRecord>::perform(
                    m_workspace.postHistory(), added, [this](const QString &m) { showError(m); })
                    .release());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PostHistoryDialog::editSelected()
{
    const std::optional<PostRecord> before = m_workspace.postHistory().find(selectedId());
    if (!before)
        return;
    auto *dialog = new PostRecordDialog(
        *before, m_workspace.organizations().all(),
        [this, before](const PostRecord &after) {
            m_undoStack->push(
                EditRecordCommand<PostHistoryRepository, PostRecord>::perform(
                    m_workspace.postHistory(), *before, after, [this](const QString &m) { showError(m); })
                    .release());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PostHistoryDialog::deleteSelected()
{
    const std::optional<PostRecord> record = m_workspace.postHistory().find(selectedId());
    if (!record)
        return;
    if (QMessageBox::question(
            this, tr("Delete post"),
            tr("Delete the post %1 from the history?\n\nYou can undo this with Ctrl+Z.").arg(record->post),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        m_undoStack->push(
            DeleteRecordCommand<PostHistoryRepository, PostRecord>::perform(
                m_workspace.postHistory(), record->id, [this](const QString &m) { showError(m); })
                .release());
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Delete post"), error);
    }
}

} // namespace rongpei
