#include "study/StudyRulesPage.h"

#include "Workspace.h"
#include "common/ErrorMessageBox.h"
#include "common/Icons.h"
#include "common/TableRoles.h"
#include "common/UserMessage.h"
#include "organization/OrganizationRepository.h"
#include "study/HourConversionDialog.h"
#include "study/MeetingRuleDialog.h"
#include "study/RequirementDialog.h"
#include "study/RollCall.h"
#include "study/StudyKindDialog.h"
#include "study/StudyRuleRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace rongpei {

// How the Edit menu names a rule: "Undo Delete kind of session "读书班"".
inline QString undoLabel(const StudyKind &kind)
{
    return QCoreApplication::translate("rongpei::StudyRulesPage", "kind of session \"%1\"").arg(kind.name);
}

inline QString undoLabel(const HourConversion &conversion)
{
    return QCoreApplication::translate("rongpei::StudyRulesPage", "hour conversion \"%1\"")
        .arg(conversion.name);
}

inline QString undoLabel(const HourRequirement &requirement)
{
    return QCoreApplication::translate("rongpei::StudyRulesPage", "hour requirement for %1")
        .arg(enumLabel(requirement.category));
}

inline QString undoLabel(const MeetingRule &rule)
{
    return QCoreApplication::translate("rongpei::StudyRulesPage", "meeting rule (%1)")
        .arg(enumLabel(rule.frequency));
}

namespace {

/// A read-only cell showing `text` and sorted by `sortValue` (the text itself if none).
QStandardItem *cell(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortValue.isValid() ? sortValue : QVariant(text), TableRole::Sort);
    return item;
}

/// The regulation a rule comes from: often long, so it is also the cell's tooltip.
QStandardItem *sourceCell(const QString &source)
{
    QStandardItem *item = cell(QString(source).replace(u'\n', u' '));
    if (!source.isEmpty())
        item->setToolTip(source);
    return item;
}

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', QLocale::FloatingPointShortest);
}

/// The name of the record of `id` among `records`, or an empty text.
template <typename T>
QString nameOf(const QList<T> &records, qint64 id)
{
    for (const T &record : records)
        if (record.id == id)
            return record.name;
    return QString();
}

} // namespace

StudyRulesPage::StudyRulesPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_undoStack(new QUndoStack(this))
{
    m_tabs->setObjectName(QStringLiteral("rulesTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(
        createTableTab(RequirementsTab, QStringLiteral("requirementsTable"),
                       {tr("Cadres"), tr("Period"), tr("Minimum hours"), tr("Kinds counted"), tr("Source")},
                       tr("Add requirement"), tr("Add an hour requirement (Ctrl+N)")),
        tr("Hour requirements"));
    m_tabs->addTab(createTableTab(MeetingRulesTab, QStringLiteral("meetingRulesTable"),
                                  {tr("Kind of meeting"), tr("Branch"), tr("Frequency"), tr("Source")},
                                  tr("Add rule"), tr("Add how often a kind of meeting is held (Ctrl+N)")),
                   tr("Meeting frequencies"));
    m_tabs->addTab(createTableTab(KindsTab, QStringLiteral("kindsTable"),
                                  {tr("Name"), tr("Members only"), tr("Hours counted by"), tr("Yearly cap")},
                                  tr("Add kind"), tr("Add a kind of session (Ctrl+N)")),
                   tr("Kinds of session"));
    m_tabs->addTab(createTableTab(ConversionsTab, QStringLiteral("conversionsTable"),
                                  {tr("Name"), tr("Method"), tr("Hours"), tr("Source")}, tr("Add conversion"),
                                  tr("Add a way of counting a session's hours (Ctrl+N)")),
                   tr("Hour conversions"));
    m_tabs->addTab(createEarningTab(), tr("Roll-call marks"));
    m_tabs->setTabToolTip(MeetingRulesTab, tr("How often each branch must hold each kind of meeting"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    const auto reloadIfShown = [this] {
        if (hasBeenShown())
            reload();
    };
    connect(&workspace.studyRules(), &StudyRuleRepository::rulesChanged, this, reloadIfShown);
    RecordRepository::onAnyChange(workspace.organizations(), this, reloadIfShown);
}

void StudyRulesPage::firstShown()
{
    reload();
}

QString StudyRulesPage::title() const
{
    return tr("Study rules");
}

QString StudyRulesPage::iconName() const
{
    return QStringLiteral("preferences-system");
}

QTableView *StudyRulesPage::table(Tab tab) const
{
    return tab < EarningTab ? m_tables[tab].view : nullptr;
}

bool StudyRulesPage::selectRecord(Tab tab, qint64 id)
{
    if (tab >= EarningTab || id <= 0)
        return false;
    const Table &t = m_tables[tab];
    const QModelIndexList found =
        t.model->match(t.model->index(0, 0), TableRole::Id, id, 1, Qt::MatchExactly);
    const QModelIndex index = found.isEmpty() ? QModelIndex() : t.proxy->mapFromSource(found.first());
    if (!index.isValid())
        return false;
    t.view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    t.view->scrollTo(index);
    return true;
}

qint64 StudyRulesPage::selectedId(Tab tab) const
{
    return selectedIndex(tab).siblingAtColumn(0).data(TableRole::Id).toLongLong();
}

QModelIndex StudyRulesPage::selectedIndex(Tab tab) const
{
    if (tab >= EarningTab)
        return {};
    const QItemSelectionModel *selection = m_tables[tab].view->selectionModel();
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? selection->currentIndex() : rows.first();
}

void StudyRulesPage::newRecord()
{
    StudyRuleRepository &rules = m_workspace.studyRules();
    const Tab tab = currentTab();
    auto addedId = std::make_shared<qint64>(0);
    QDialog *dialog = nullptr;
    QString message;
    switch (tab) {
    case RequirementsTab:
        dialog = new RequirementDialog(
            HourRequirement(), rules.kinds(),
            addingSaver<HourRequirementRecords, HourRequirement>(rules.requirementRecords(), addedId), this);
        message = tr("Hour requirement added and saved.");
        break;
    case MeetingRulesTab:
        dialog = new MeetingRuleDialog(
            MeetingRule(), rules.kinds(), m_workspace.organizations().all(),
            addingSaver<MeetingRuleRecords, MeetingRule>(rules.meetingRuleRecords(), addedId), this);
        message = tr("Meeting rule added and saved.");
        break;
    case KindsTab:
        dialog =
            new StudyKindDialog(StudyKind(), rules.conversions(),
                                addingSaver<StudyKindRecords, StudyKind>(rules.kindRecords(), addedId), this);
        message = tr("Kind of session added and saved.");
        break;
    case ConversionsTab:
        dialog = new HourConversionDialog(
            HourConversion(),
            addingSaver<HourConversionRecords, HourConversion>(rules.conversionRecords(), addedId), this);
        message = tr("Hour conversion added and saved.");
        break;
    case EarningTab:
        return;
    }
    openDialog(dialog, [this, tab, addedId, message] {
        selectRecord(tab, *addedId);
        emit statusMessage(message);
    });
}

void StudyRulesPage::editSelected()
{
    const Tab tab = currentTab();
    const qint64 id = selectedId(tab);
    if (id <= 0)
        return;
    StudyRuleRepository &rules = m_workspace.studyRules();
    QDialog *dialog = nullptr;
    switch (tab) {
    case RequirementsTab:
        if (const auto requirement = rules.requirementRecords().find(id))
            dialog = new RequirementDialog(*requirement, rules.kinds(),
                                           editingSaver(rules.requirementRecords(), *requirement), this);
        break;
    case MeetingRulesTab:
        if (const auto rule = rules.meetingRuleRecords().find(id))
            dialog = new MeetingRuleDialog(*rule, rules.kinds(), m_workspace.organizations().all(),
                                           editingSaver(rules.meetingRuleRecords(), *rule), this);
        break;
    case KindsTab:
        if (const auto kind = rules.kindRecords().find(id))
            dialog = new StudyKindDialog(*kind, rules.conversions(), editingSaver(rules.kindRecords(), *kind),
                                         this);
        break;
    case ConversionsTab:
        if (const auto conversion = rules.conversionRecords().find(id))
            dialog = new HourConversionDialog(*conversion,
                                              editingSaver(rules.conversionRecords(), *conversion), this);
        break;
    case EarningTab:
        break;
    }
    if (!dialog)
        return;
    openDialog(dialog, [this, tab, id] {
        selectRecord(tab, id);
        emit statusMessage(tr("Changes saved."));
    });
}

void StudyRulesPage::deleteSelected()
{
    const Tab tab = currentTab();
    const qint64 id = selectedId(tab);
    if (id <= 0)
        return;
    StudyRuleRepository &rules = m_workspace.studyRules();
    const QModelIndex row = selectedIndex(tab);
    const auto text = [&row](int column) { return row.siblingAtColumn(column).data().toString(); };
    switch (tab) {
    case RequirementsTab:
        deleteWithUndo(
            rules.requirementRecords(), id, tr("Delete hour requirement"),
            tr("Delete the requirement of at least %1 hours (%2) for %3?\n\nYou can undo this with "
               "Ctrl+Z.")
                .arg(text(2), text(1), text(0)),
            tr("Hour requirement deleted. Ctrl+Z brings it back."));
        break;
    case MeetingRulesTab:
        deleteWithUndo(
            rules.meetingRuleRecords(), id, tr("Delete meeting rule"),
            tr("Delete the rule for %1 (%2)?\n\nYou can undo this with Ctrl+Z.").arg(text(0), text(1)),
            tr("Meeting rule deleted. Ctrl+Z brings it back."));
        break;
    case KindsTab:
        deleteWithUndo(
            rules.kindRecords(), id, tr("Delete kind of session"),
            tr("Delete the kind of session \"%1\"?\n\nYou can undo this with Ctrl+Z.").arg(text(0)),
            tr("Kind of session deleted. Ctrl+Z brings it back."));
        break;
    case ConversionsTab:
        deleteWithUndo(
            rules.conversionRecords(), id, tr("Delete hour conversion"),
            tr("Delete the hour conversion \"%1\"?\n\nYou can undo this with Ctrl+Z.").arg(text(0)),
            tr("Hour conversion deleted. Ctrl+Z brings it back."));
        break;
    case EarningTab:
        break;
    }
}

void StudyRulesPage::refresh()
{
    reload();
}

QWidget *StudyRulesPage::createTableTab(Tab tab, const QString &objectName, const QStringList &headers,
                                        const QString &addText, const QString &addTip)
{
    auto *page = new QWidget(m_tabs);
    auto *toolBar = new QToolBar(page);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(themedIcon(QStringLiteral("document-new")), addText, this, &StudyRulesPage::newRecord)
        ->setToolTip(addTip);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this,
                    &StudyRulesPage::editSelected)
        ->setToolTip(tr("Edit the selected row (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                    &StudyRulesPage::deleteSelected)
        ->setToolTip(tr("Delete the selected row (Delete)"));

    Table &t = m_tables[tab];
    t.model = new QStandardItemModel(0, int(headers.size()), this);
    t.model->setHorizontalHeaderLabels(headers);
    t.proxy = new QSortFilterProxyModel(this);
    t.proxy->setSourceModel(t.model);
    t.proxy->setSortRole(TableRole::Sort);
    t.proxy->setSortLocaleAware(true); // pinyin order for Chinese names
    t.view = new QTableView(page);
    t.view->setObjectName(objectName);
    t.view->setModel(t.proxy);
    // Until a header is clicked, rows keep the repository's order (e.g. kinds by their sort order).
    t.view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    t.view->setSortingEnabled(true);
    t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.view->setSelectionMode(QAbstractItemView::SingleSelection);
    t.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t.view->setAlternatingRowColors(true);
    // The regulations quoted as sources are long: they wrap, and rows grow to show them whole.
    t.view->setWordWrap(true);
    t.view->verticalHeader()->hide();
    t.view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t.view->horizontalHeader()->setStretchLastSection(true);
    t.view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        t.view->addAction(action);
    connect(t.view, &QTableView::activated, this, &StudyRulesPage::editSelected);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(toolBar);
    layout->addWidget(t.view, 1);
    return page;
}

QWidget *StudyRulesPage::createEarningTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *explanation =
        new QLabel(tr("A cadre earns the hours of a held session when the roll call marks them with one of "
                      "the ticked marks. A change is saved at once and applies to every session, past and "
                      "future, in the hours and compliance figures."),
                   page);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_earning = addMarkBoxes(layout, QStringLiteral("earns"), QStringLiteral("%1"),
                             &StudyRulesPage::saveEarningStatuses); // e.g. "earnsLate"

    auto *rateExplanation = new QLabel(
        tr("The attendance rate is the cadres present or late over those expected. The ticked marks "
           "are left out of both, as if those cadres had not been expected: most branches leave out "
           "the excused."),
        page);
    rateExplanation->setWordWrap(true);
    layout->addSpacing(12);
    layout->addWidget(rateExplanation);
    m_rateLeftOut =
        addMarkBoxes(layout, QStringLiteral("rateLeavesOut"), tr("Leave %1 out of the attendance rate"),
                     &StudyRulesPage::saveRateLeftOutStatuses); // e.g. "rateLeavesOutExcused"
    layout->addStretch(1);
    return page;
}

QHash<AttendanceStatus, QCheckBox *> StudyRulesPage::addMarkBoxes(QVBoxLayout *layout,
                                                                  const QString &namePrefix,
                                                                  const QString &labelFormat,
                                                                  void (StudyRulesPage::*save)())
{
    QHash<AttendanceStatus, QCheckBox *> boxes;
    for (AttendanceStatus status : RollCall::marks()) {
        auto *box = new QCheckBox(labelFormat.arg(enumLabel(status)), layout->parentWidget());
        QString code = enumCode(status);
        code[0] = code.at(0).toUpper();
        box->setObjectName(namePrefix + code);
        connect(box, &QCheckBox::toggled, this, save);
        layout->addWidget(box);
        boxes.insert(status, box);
    }
    return boxes;
}

void StudyRulesPage::reload()
{
    const StudyRuleRepository &rules = m_workspace.studyRules();
    const QList<StudyKind> kinds = rules.kinds();
    const QList<HourConversion> conversions = rules.conversions();

    QList<QList<QStandardItem *>> rows;
    for (const HourRequirement &r : rules.requirements()) {
        const QString period =
            r.periodYears == 1 ? tr("1 year") : tr("%n years (rolling)", nullptr, r.periodYears);
        QStringList counted;
        for (const StudyKind &kind : kinds)
            if (r.counts(kind))
                counted.append(kind.name);
        rows.append({cell(enumLabel(r.category), static_cast<int>(r.category)), cell(period, r.periodYears),
                     cell(hoursText(r.minimumHours), r.minimumHours), sourceCell(counted.join(tr(", "))),
                     sourceCell(r.source)});
        rows.last().first()->setData(r.id, TableRole::Id);
    }
    fillTable(RequirementsTab, rows);

    QHash<qint64, QString> branches;
    for (const Organization &organization : m_workspace.organizations().all())
        if (organization.kind == OrganizationKind::Branch)
            branches.insert(organization.id, organization.name);
    rows.clear();
    for (const MeetingRule &r : rules.meetingRules()) {
        // "Every branch" sorts first, before the branches' own rules.
        const QString branch = r.branchId == 0 ? tr("Every branch") : branches.value(r.branchId);
        rows.append({cell(nameOf(kinds, r.kindId)), cell(branch, r.branchId == 0 ? QString() : branch),
                     cell(enumLabel(r.frequency), static_cast<int>(r.frequency)), sourceCell(r.source)});
        rows.last().first()->setData(r.id, TableRole::Id);
    }
    fillTable(MeetingRulesTab, rows);

    rows.clear();
    for (const StudyKind &k : kinds) {
        rows.append({cell(k.name), cell(k.membersOnly ? tr("Yes") : tr("No"), k.membersOnly),
                     cell(nameOf(conversions, k.conversionId)),
                     cell(k.yearlyCap > 0 ? hoursText(k.yearlyCap) : QString(), k.yearlyCap)});
        rows.last().first()->setData(k.id, TableRole::Id);
    }
    fillTable(KindsTab, rows);

    rows.clear();
    for (const HourConversion &c : conversions) {
        const bool fixed = c.method == ConversionMethod::Fixed;
        rows.append({cell(c.name), cell(enumLabel(c.method), static_cast<int>(c.method)),
                     cell(fixed ? hoursText(c.hours) : QString(), fixed ? c.hours : 0.0),
                     sourceCell(c.source)});
        rows.last().first()->setData(c.id, TableRole::Id);
    }
    fillTable(ConversionsTab, rows);

    const QSet<AttendanceStatus> earning = rules.earningStatuses();
    for (auto it = m_earning.cbegin(); it != m_earning.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(earning.contains(it.key()));
    }
    const QSet<AttendanceStatus> leftOut = rules.rateLeftOutStatuses();
    for (auto it = m_rateLeftOut.cbegin(); it != m_rateLeftOut.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(leftOut.contains(it.key()));
    }
}

void StudyRulesPage::fillTable(Tab tab, const QList<QList<QStandardItem *>> &rows)
{
    const Table &t = m_tables[tab];
    const qint64 selected = selectedId(tab);
    t.model->setRowCount(0);
    for (const QList<QStandardItem *> &row : rows)
        t.model->appendRow(row);
    selectRecord(tab, selected);
    // The last column (usually the source) takes the rest of the width.
    for (int column = 0; column + 1 < t.model->columnCount(); ++column)
        t.view->resizeColumnToContents(column);
}

namespace {

QSet<AttendanceStatus> tickedMarks(const QHash<AttendanceStatus, QCheckBox *> &boxes)
{
    QSet<AttendanceStatus> statuses;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        if (it.value()->isChecked())
            statuses.insert(it.key());
    return statuses;
}

} // namespace

void StudyRulesPage::saveEarningStatuses()
{
    saveMarks([this] { m_workspace.studyRules().setEarningStatuses(tickedMarks(m_earning)); },
              tr("Marks that earn hours"), tr("Marks that earn hours saved."));
}

void StudyRulesPage::saveRateLeftOutStatuses()
{
    saveMarks([this] { m_workspace.studyRules().setRateLeftOutStatuses(tickedMarks(m_rateLeftOut)); },
              tr("Attendance rate"), tr("Attendance rate saved."));
}

void StudyRulesPage::saveMarks(const std::function<void()> &save, const QString &title, const QString &saved)
{
    try {
        save();
        emit statusMessage(saved);
    } catch (const std::exception &error) {
        showErrorMessage(this, title, error);
        reload(); // back to what is stored
    }
}

StudyRulesPage::Tab StudyRulesPage::currentTab() const
{
    return static_cast<Tab>(m_tabs->currentIndex());
}

QAbstractItemView *StudyRulesPage::mainTable() const
{
    return table(currentTab()); // the tab shown; none on the tab of the marks that earn hours
}

} // namespace rongpei
