#include "training/FollowUpPage.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/Icons.h"
#include "common/Localization.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "training/FollowUpDialog.h"
#include "training/FollowUpRatingCommand.h"
#include "training/FollowUpTableModel.h"
#include "training/TrainingClassRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

FollowUpPage::FollowUpPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new FollowUpTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Rate…"), this,
                    &FollowUpPage::editSelected)
        ->setToolTip(tr("Enter the supervisor's rating of the selected follow-up (Enter, or type 1–5)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Take back rating"), this,
                    &FollowUpPage::deleteSelected)
        ->setToolTip(tr("Take back the rating of the selected follow-up (Delete)"));
    toolBar->addSeparator();
    toolBar->addAction(themedIcon(QStringLiteral("document-export")), tr("Export CSV…"), this,
                       &FollowUpPage::exportTable);

    m_search->setObjectName(QStringLiteral("followUpSearch"));
    m_search->setPlaceholderText(tr("Search participant, branch, class or rater (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_stateFilter->setObjectName(QStringLiteral("followUpStateFilter"));
    m_stateFilter->addItem(tr("All follow-ups"), -1);
    m_stateFilter->addItem(tr("Due, not rated"), static_cast<int>(FollowUpState::Overdue));
    m_stateFilter->addItem(tr("Not due yet"), static_cast<int>(FollowUpState::Upcoming));
    m_stateFilter->addItem(tr("Rated"), static_cast<int>(FollowUpState::Rated));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_stateFilter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("followUps"));
    setUpRecordTable(m_table);
    m_table->sortByColumn(FollowUpTableModel::DueColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->installEventFilter(this);
    for (QAction *action : toolBar->actions())
        if (!action->isSeparator())
            m_table->addAction(action);
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &FollowUpPage::applyFilters);
    connect(m_table, &QTableView::activated, this, &FollowUpPage::editSelected);
    const auto refreshIfShown = [this] {
        if (hasBeenShown())
            refresh();
    };
    RecordRepository::onAnyChange(workspace.followUps(), this, refreshIfShown);
    RecordRepository::onAnyChange(workspace.trainingClasses(), this, refreshIfShown);
    connect(&workspace.trainingClasses(), &TrainingClassRepository::rulesChanged, this, refreshIfShown);
}

QString FollowUpPage::title() const
{
    return tr("Follow-ups");
}

QString FollowUpPage::iconName() const
{
    return QStringLiteral("appointment-soon");
}

QAbstractItemView *FollowUpPage::mainTable() const
{
    return m_table;
}

void FollowUpPage::firstShown()
{
    refresh();
}

void FollowUpPage::followShellScope()
{
    if (hasBeenShown())
        refresh();
}

void FollowUpPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FollowUpPage::refresh()
{
    const QDate today = m_workspace.clock().today();
    const QDate start = shellScope().period.start();
    const QDate end = shellScope().period.end();
    // Those of the classes that ended in the period, falling due or rated in it, and those of the
    // year before it still unrated.
    const QDate oldest = start.addDays(-366);
    m_followUpDays = m_workspace.trainingClasses().rules().followUpDays;
    const int days = m_followUpDays;
    const auto within = [start, end](QDate day) { return day >= start && day <= end; };
    QList<FollowUpLine> lines;
    for (FollowUpLine &line : m_workspace.followUps().lines(oldest.addDays(-days), end)) {
        const bool overdue = !line.followUp && line.dueOn >= oldest && line.dueOn < start;
        if (within(line.dueOn) || within(line.classEndedOn) || overdue ||
            (line.followUp && within(line.followUp->ratedOn)))
            lines.append(std::move(line));
    }
    // The line selected stays selected, by whom and which class it is: one digit rates it.
    const FollowUpLine *current = selectedLine();
    const std::pair<qint64, qint64> selected =
        current ? std::pair(current->classId, current->cadreId) : std::pair(qint64(0), qint64(0));
    m_model->setLines(std::move(lines), today);
    applyFilters();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const FollowUpLine *line = m_model->lineAt(row);
            std::pair(line->classId, line->cadreId) == selected) {
            selectSourceRow(m_table, m_proxy, m_model->index(row, 0));
            break;
        }
}

void FollowUpPage::applyFilters()
{
    m_proxy->setAccepted(FollowUpTableModel::BranchColumn, shellScope().branches);
    const int state = m_stateFilter->currentData().toInt();
    m_proxy->setAccepted(FollowUpTableModel::StateColumn,
                         state >= 0 ? std::optional(QSet<qint64>{state}) : std::nullopt);
    int counts[3] = {0, 0, 0};
    int ratingSum = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, FollowUpTableModel::BranchColumn);
        if (shellScope().branches &&
            !shellScope().branches->contains(index.data(TableRole::Filter).toLongLong()))
            continue;
        const FollowUpLine *line = m_model->lineAt(row);
        ++counts[static_cast<int>(FollowUpTableModel::stateOf(*line, m_workspace.clock().today()))];
        ratingSum += line->followUp ? line->followUp->rating : 0;
    }
    const int rated = counts[static_cast<int>(FollowUpState::Rated)];
    m_summary->setText(
        tr("%1 due and not rated, %2 not due yet, %3 rated (mean %4): the follow-ups of the classes that "
           "ended in %5 or falling due in it, and those still unrated from the year before. A follow-up "
           "falls due %6 days after an off-the-job class its participant completed; select one and type "
           "1–5 to rate it.")
            .arg(counts[static_cast<int>(FollowUpState::Overdue)])
            .arg(counts[static_cast<int>(FollowUpState::Upcoming)])
            .arg(rated)
            .arg(rated > 0 ? QLocale().toString(double(ratingSum) / rated, 'f', 2) : QStringLiteral("–"))
            .arg(shellScope().period.label())
            .arg(m_followUpDays));
}

const FollowUpLine *FollowUpPage::selectedLine() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->lineAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void FollowUpPage::save(const FollowUpLine &line, const FollowUp &followUp)
{
    pushUndo(FollowUpRatingCommand::perform(m_workspace.followUps(), line.cadreName, line.followUp, followUp,
                                            undoErrorHandler()));
    m_lastRater = followUp.ratedBy;
}

void FollowUpPage::rateSelected(int rating)
{
    const FollowUpLine *line = selectedLine();
    if (!line)
        return;
    FollowUp followUp = line->followUp.value_or(FollowUp{});
    followUp.classId = line->classId;
    followUp.cadreId = line->cadreId;
    followUp.rating = rating;
    if (!line->followUp) {
        followUp.ratedOn = m_workspace.clock().today();
        followUp.ratedBy = m_lastRater;
    }
    const FollowUpLine copy = *line;
    try {
        save(copy, followUp);
    } catch (const std::exception &error) {
        showRefusal(tr("Rate follow-up"), error);
        return;
    }
    emit statusMessage(tr("%1 rated %2. Ctrl+Z takes it back.").arg(copy.cadreName).arg(rating));
}

void FollowUpPage::editSelected()
{
    const FollowUpLine *selected = selectedLine();
    if (!selected)
        return;
    const FollowUpLine line = *selected;
    FollowUp followUp = line.followUp.value_or(FollowUp{});
    followUp.classId = line.classId;
    followUp.cadreId = line.cadreId;
    if (!line.followUp) {
        followUp.rating = 3;
        followUp.ratedOn = m_workspace.clock().today();
        followUp.ratedBy = m_lastRater;
    }
    const QString subject =
        tr("%1 (%2), who completed %3 on %4: how do they apply it on the job?")
            .arg(line.cadreName, line.employeeNumber, line.className, displayDate(line.classEndedOn));
    auto *dialog = new FollowUpDialog(
        followUp, subject, [this, line](const FollowUp &after) { save(line, after); }, this);
    openDialog(dialog, [this] { emit statusMessage(tr("Rating saved.")); });
}

void FollowUpPage::deleteSelected()
{
    const FollowUpLine *selected = selectedLine();
    if (!selected || !selected->followUp)
        return;
    const FollowUpLine line = *selected;
    if (!confirm(tr("Take back rating"),
                 tr("Take back the follow-up rating of %1 for %2?\n\nYou can undo this with Ctrl+Z.")
                     .arg(line.cadreName, line.className)))
        return;
    try {
        pushUndo(FollowUpRatingCommand::perform(m_workspace.followUps(), line.cadreName, line.followUp,
                                                std::nullopt, undoErrorHandler()));
    } catch (const std::exception &error) {
        showRefusal(tr("Take back rating"), error);
        return;
    }
    emit statusMessage(tr("Rating taken back. Ctrl+Z brings it back."));
}

bool FollowUpPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int digit = key->key() - Qt::Key_0;
        if (key->modifiers() == Qt::NoModifier && digit >= FeedbackScale::lowest &&
            digit <= FeedbackScale::highest) {
            rateSelected(digit);
            return true;
        }
    }
    return ModulePage::eventFilter(watched, event);
}

} // namespace rongpei
