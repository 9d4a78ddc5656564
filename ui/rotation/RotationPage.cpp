#include "rotation/RotationPage.h"

#include "Workspace.h"
#include "common/BranchCombo.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/ErrorMessageBox.h"
#include "common/Icons.h"
#include "common/PrintPreview.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadrePickerDialog.h"
#include "roster/CadreRepository.h"
#include "rotation/EndRotationDialog.h"
#include "rotation/EvaluationForm.h"
#include "rotation/HostPost.h"
#include "rotation/RotationDialog.h"
#include "rotation/RotationRepository.h"
#include "rotation/RotationTableModel.h"
#include "rotation/RotationTimeline.h"
#include "rotation/TakeHostPostCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace rongpei {

inline QString undoLabel(const Rotation &rotation)
{
    return QCoreApplication::translate("rongpei::RotationPage", "rotation to %1").arg(rotation.toPost);
}

RotationPage::RotationPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new RotationTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_kindFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_overdueOnly(new QCheckBox(tr("Evaluation overdue"), this))
    , m_table(new QTableView(this))
    , m_views(new QTabWidget(this))
    , m_timeline(new RotationTimeline(this))
    , m_zoom(new QSlider(Qt::Horizontal, this))
    , m_count(new QLabel(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-new")), tr("New rotation"), this,
                    &RotationPage::newRecord)
        ->setToolTip(tr("Plan or record a rotation (Ctrl+N)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this,
                    &RotationPage::editSelected)
        ->setToolTip(tr("Edit the selected rotation and its evaluations (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                    &RotationPage::deleteSelected)
        ->setToolTip(tr("Delete the selected rotation (Delete)"));
    toolBar->addSeparator();
    toolBar
        ->addAction(themedIcon(QStringLiteral("media-playback-stop")), tr("End rotation…"), this,
                    &RotationPage::endSelected)
        ->setToolTip(tr("Record the last day of the selected rotation; the cadre may stay in the host post"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-print-preview")), tr("Evaluation form…"), this,
                    &RotationPage::print)
        ->setToolTip(
            tr("Print preview of the selected rotation's evaluation form for the personnel file (Ctrl+P)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-save-as")), tr("Save form as PDF…"), this,
                    &RotationPage::saveEvaluationForm)
        ->setToolTip(tr("Save the selected rotation's evaluation form as a PDF file"));

    m_search->setObjectName(QStringLiteral("rotationSearch"));
    m_search->setPlaceholderText(tr("Search cadre, unit, post, kind or status (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter->setObjectName(QStringLiteral("rotationKindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (const RotationKind kind : enumValues<RotationKind>())
        m_kindFilter->addItem(enumLabel(kind), static_cast<int>(kind));
    m_statusFilter->setObjectName(QStringLiteral("rotationStatusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (const RotationStatus status : enumValues<RotationStatus>())
        m_statusFilter->addItem(enumLabel(status), static_cast<int>(status));
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_overdueOnly->setToolTip(tr("Only rotations whose mid-term or final evaluation is overdue"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("rotationTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("rotations"));
    setUpRecordTable(m_table);
    m_table->sortByColumn(RotationTableModel::FirstDayColumn, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        if (!action->isSeparator())
            m_table->addAction(action);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_overdueOnly);
    filters->addWidget(m_count);
    // The timeline under its own tab: zoom from years (left) to days (right), and the legend.
    auto *timelineTab = new QWidget(this);
    auto *timelineBar = new QHBoxLayout;
    m_zoom->setObjectName(QStringLiteral("timelineZoom"));
    m_zoom->setRange(0, 100);
    m_zoom->setToolTip(tr("Zoom from years to days (Ctrl+wheel, Ctrl++ and Ctrl+−)"));
    m_zoom->setMaximumWidth(220);
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    timelineBar->addWidget(zoomLabel);
    timelineBar->addWidget(m_zoom);
    QStringList legend;
    for (const RotationKind kind : enumValues<RotationKind>())
        legend.append(QStringLiteral("<span style=\"color:%1\">■</span> %2")
                          .arg(RotationTimeline::kindColour(kind).name(), enumLabel(kind).toHtmlEscaped()));
    legend.append(tr("pale: planned · hatched grey: cancelled · <span style=\"color:#d12f2f\">●</span> "
                     "evaluation overdue · red line: today"));
    auto *legendLabel = new QLabel(legend.join(QStringLiteral("&nbsp;&nbsp;")), this);
    legendLabel->setObjectName(QStringLiteral("timelineLegend"));
    timelineBar->addWidget(legendLabel, 1);
    auto *timelineLayout = new QVBoxLayout(timelineTab);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    timelineLayout->addLayout(timelineBar);
    timelineLayout->addWidget(m_timeline, 1);
    m_views->setObjectName(QStringLiteral("rotationViews"));
    m_views->addTab(m_table, tr("&List"));
    m_views->addTab(timelineTab, tr("&Timeline"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(m_views, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &RotationPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RotationPage::applyFilters);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &RotationPage::applyFilters);
    connect(m_table, &QTableView::activated, this, &RotationPage::editSelected);
    connect(m_timeline, &RotationTimeline::rotationActivated, this, [this](qint64 id) {
        selectRotation(id);
        openRotation(id);
    });
    // The slider is logarithmic: each step zooms by the same factor.
    const auto widthOf = [](int position) {
        return RotationTimeline::minDayWidth *
               std::pow(RotationTimeline::maxDayWidth / RotationTimeline::minDayWidth, position / 100.0);
    };
    connect(m_zoom, &QSlider::valueChanged, this, [this, widthOf](int position) {
        m_fitTimeline = false;
        m_timeline->setDayWidth(widthOf(position));
    });
    connect(m_timeline, &RotationTimeline::dayWidthChanged, this, [this](qreal width) {
        const QSignalBlocker blocker(m_zoom);
        m_zoom->setValue(qRound(100 * std::log(width / RotationTimeline::minDayWidth) /
                                std::log(RotationTimeline::maxDayWidth / RotationTimeline::minDayWidth)));
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            showTimeline();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RotationPage::showTimeline);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RotationPage::showTimeline);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RotationPage::showTimeline);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RotationPage::showTimeline);
    const auto count = [this] { m_count->setText(tr("%n rotation(s)", nullptr, m_proxy->rowCount())); };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, count);
    const auto refreshShown = [this] {
        if (hasBeenShown())
            refresh();
    };
    RecordRepository::onAnyChange(workspace.rotations(), this, refreshShown);
    RecordRepository::onAnyChange(workspace.cadres(), this, refreshShown);
    RecordRepository::onAnyChange(workspace.organizations(), this, refreshShown);
}

QString RotationPage::title() const
{
    return tr("Rotations");
}

QString RotationPage::iconName() const
{
    return QStringLiteral("media-playlist-shuffle");
}

QAbstractItemView *RotationPage::mainTable() const
{
    return m_table;
}

void RotationPage::firstShown()
{
    refresh();
}

void RotationPage::followShellScope()
{
    m_fitTimeline = true;
    if (hasBeenShown())
        refresh();
}

void RotationPage::showView(int index)
{
    m_views->setCurrentIndex(index);
}

void RotationPage::showTimeline()
{
    if (m_views->currentIndex() != 1)
        return;
    QList<Rotation> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (const Rotation *r =
                m_model->rotationWithId(m_proxy->index(row, 0).data(TableRole::Id).toLongLong()))
            shown.append(*r);
    QHash<qint64, QString> branches;
    for (const Cadre &cadre : std::as_const(m_model->names().cadres))
        branches.insert(cadre.branchId, m_model->names().units.value(cadre.branchId));
    m_timeline->setRows(timelineRows(shown, m_model->names().cadres, branches), shellScope().period.start(),
                        shellScope().period.end(), m_workspace.clock().today());
    if (m_fitTimeline) {
        m_fitTimeline = false;
        m_timeline->setDayWidth(m_timeline->fittingDayWidth());
    }
}

void RotationPage::refresh()
{
    const qint64 selected = selectedRecordId(m_table);
    RotationTableModel::Names names;
    const QList<Organization> units = m_workspace.organizations().all();
    for (const Organization &unit : units)
        names.units.insert(unit.id, unitLabel(unit, units));
    for (const Cadre &cadre : m_workspace.cadres().all())
        names.cadres.insert(cadre.id, cadre);
    m_model->setRotations(
        m_workspace.rotations().during(shellScope().period.start(), shellScope().period.end()),
        std::move(names), m_workspace.clock().today());
    applyFilters();
    selectRotation(selected);
}

void RotationPage::applyFilters()
{
    m_proxy->setAccepted(RotationTableModel::BranchColumn, shellScope().branches);
    const auto chosen = [](const QComboBox *combo) {
        const int value = combo->currentData().toInt();
        return value >= 0 ? std::optional(QSet<qint64>{value}) : std::nullopt;
    };
    m_proxy->setAccepted(RotationTableModel::KindColumn, chosen(m_kindFilter));
    m_proxy->setAccepted(RotationTableModel::StatusColumn, chosen(m_statusFilter));
    m_proxy->setAccepted(RotationTableModel::EvaluationColumn,
                         m_overdueOnly->isChecked() ? std::optional(QSet<qint64>{1}) : std::nullopt);
}

void RotationPage::selectRotation(qint64 id)
{
    selectRecord(m_table, m_proxy, id);
}

void RotationPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

RotationDialogData RotationPage::dialogData(bool cadreFixed)
{
    RotationDialogData result;
    result.units = m_workspace.organizations().all();
    result.today = m_workspace.clock().today();
    result.describeCadre = [this](qint64 id) {
        const std::optional<Cadre> cadre = m_workspace.cadres().find(id);
        if (!cadre)
            return QString();
        const std::optional<Organization> branch = m_workspace.organizations().find(cadre->branchId);
        return tr("%1 (%2, %3, %4)")
            .arg(cadre->name, cadre->employeeNumber, branch ? branch->name : QString(),
                 enumLabel(cadre->track));
    };
    const auto pick = [this](QWidget *parent) -> std::optional<Cadre> {
        const QList<qint64> ids =
            CadrePickerDialog::pick(m_workspace.cadres(), m_workspace.organizations(), parent);
        return ids.isEmpty() ? std::nullopt : m_workspace.cadres().find(ids.first());
    };
    if (!cadreFixed)
        result.pickCadre = pick;
    result.pickMentor = pick;
    return result;
}

void RotationPage::showSaved(qint64 id)
{
    refresh();
    const std::optional<Rotation> saved = m_workspace.rotations().find(id);
    if (saved &&
        !(saved->firstDay() <= shellScope().period.end() && saved->lastDay() >= shellScope().period.start()))
        emit periodRequested(Period::containing(shellScope().period.kind(), saved->firstDay()));
    selectRotation(id);
}

void RotationPage::newRecord()
{
    Rotation rotation;
    const QDate today = m_workspace.clock().today();
    rotation.plannedStart = QDate(today.year(), today.month(), 1).addMonths(1);
    rotation.plannedEnd = rotation.plannedStart.addMonths(6).addDays(-1);
    auto addedId = std::make_shared<qint64>(0);
    auto *dialog =
        new RotationDialog(rotation, dialogData(false),
                           addingSaver<RotationRepository, Rotation>(m_workspace.rotations(), addedId), this);
    openDialog(dialog, [this, addedId] {
        emit statusMessage(tr("Rotation saved."));
        showSaved(*addedId);
    });
}

void RotationPage::openRotation(qint64 id)
{
    const std::optional<Rotation> before = m_workspace.rotations().find(id);
    if (!before) {
        refresh();
        return;
    }
    auto *dialog =
        new RotationDialog(*before, dialogData(true), editingSaver(m_workspace.rotations(), *before), this);
    const std::optional<Cadre> cadre = m_workspace.cadres().find(before->cadreId);
    dialog->followRecord(tr("History: rotation of %1").arg(cadre ? cadre->name : QString()), m_workspace,
                         QStringLiteral("rotation"), before->uuid);
    openDialog(dialog, [this, id] {
        emit statusMessage(tr("Changes saved."));
        showSaved(id);
    });
}

void RotationPage::editSelected()
{
    const qint64 id = selectedRecordId(m_table);
    if (id > 0)
        openRotation(id);
}

void RotationPage::deleteSelected()
{
    const Rotation *rotation = m_model->rotationWithId(selectedRecordId(m_table));
    if (!rotation)
        return;
    const QString name = m_model->names().cadres.value(rotation->cadreId).name;
    deleteWithUndo(m_workspace.rotations(), rotation->id, tr("Delete rotation"),
                   tr("Delete %1's rotation to %2 with its evaluations?\n\nYou can undo this with Ctrl+Z.")
                       .arg(name, rotation->toPost),
                   tr("Rotation deleted. Ctrl+Z brings it back."));
}

void RotationPage::endSelected()
{
    const Rotation *shown = m_model->rotationWithId(selectedRecordId(m_table));
    if (!shown)
        return;
    const Rotation before = *shown;
    const std::optional<Cadre> cadre = m_workspace.cadres().find(before.cadreId);
    const std::optional<Organization> host = m_workspace.organizations().find(before.toUnitId);
    if (!cadre || !host)
        return;
    if (before.cancelled) {
        showRefusal(tr("End rotation"), tr("This rotation was cancelled; it cannot end."));
        return;
    }
    const QDate today = m_workspace.clock().today();
    if (before.status(today) == RotationStatus::Planned) {
        showRefusal(tr("End rotation"), tr("This rotation has not begun: edit its dates, or cancel it."));
        return;
    }
    const QDate proposed = qMax(before.firstDay(), qMin(today, before.scheduledEnd()));
    const QString hostPlace = tr("%1, %2").arg(m_model->names().units.value(host->id), before.toPost);
    EndRotationDialog ask(cadre->name, hostPlace, before.firstDay(), today, proposed,
                          HostPost::usuallyStays(before.kind), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    Rotation after = before;
    if (!after.actualStart.isValid())
        after.actualStart = after.plannedStart;
    after.actualEnd = ask.lastDay();
    std::unique_ptr<QUndoCommand> ending;
    try {
        ending = EditRecordCommand<RotationRepository, Rotation>::perform(m_workspace.rotations(), before,
                                                                          after, undoErrorHandler());
    } catch (const std::exception &error) {
        showRefusal(tr("End rotation"), error);
        return;
    }
    std::unique_ptr<QUndoCommand> move;
    if (ask.staysInHostPost()) {
        try {
            move = TakeHostPostCommand::perform(
                m_workspace.cadres(), *cadre, HostPost::movedTo(*cadre, after, *host),
                PostChange{HostPost::takenOn(after, today), PostSource::Rotation, after.id},
                undoErrorHandler());
        } catch (const std::exception &error) {
            showRefusal(tr("The rotation ended, but %1's post was not changed").arg(cadre->name), error);
        }
    }
    const bool moved = move != nullptr;
    m_undoStack->beginMacro(tr("End %1's rotation").arg(cadre->name));
    pushUndo(std::move(ending));
    if (move)
        pushUndo(std::move(move));
    m_undoStack->endMacro();
    emit statusMessage(moved ? tr("Rotation ended; %1 is now %2.").arg(cadre->name, hostPlace)
                             : tr("Rotation ended."));
    showSaved(after.id);
}

std::optional<EvaluationFormData> RotationPage::selectedForm()
{
    const qint64 id = selectedRecordId(m_table);
    if (id <= 0) {
        showRefusal(tr("Evaluation form"), tr("Select the rotation whose evaluation form to print."));
        return std::nullopt;
    }
    try {
        return EvaluationFormData::of(m_workspace.database(), id);
    } catch (const std::exception &error) {
        showRefusal(tr("Evaluation form"), error);
        return std::nullopt;
    }
}

void RotationPage::print()
{
    const std::optional<EvaluationFormData> form = selectedForm();
    if (!form)
        return;
    showPrintPreview(this, EvaluationForm::pageLayout(), EvaluationForm::documentTitle(*form),
                     EvaluationForm::documentTitle(*form), tr("Evaluation form"),
                     [&form](QPrinter *printer) { EvaluationForm::print(*form, printer); });
}

void RotationPage::saveEvaluationForm()
{
    const std::optional<EvaluationFormData> form = selectedForm();
    if (!form)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save evaluation form"),
                                     tr("evaluation-form-%1.pdf").arg(form->name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        EvaluationForm::writePdf(*form, path);
        emit statusMessage(tr("Evaluation form saved to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Evaluation form"), error);
    }
}

} // namespace rongpei
