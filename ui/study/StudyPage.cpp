#include "study/StudyPage.h"

#include "Workspace.h"
#include "attachments/AttachmentRepository.h"
#include "attachments/AttachmentsPanel.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/ErrorMessageBox.h"
#include "common/Icons.h"
#include "common/Localization.h"
#include "common/PrintPreview.h"
#include "common/RecordCommands.h"
#include "common/RecordTable.h"
#include "common/ScopeCombo.h"
#include "common/SearchFilterProxy.h"
#include "common/UserMessage.h"
#include "history/RecordKind.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadrePickerDialog.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "study/SessionDialog.h"
#include "study/SessionTableModel.h"
#include "study/SignInSheet.h"
#include "study/SignInSheetData.h"
#include "study/StudyGroupDialog.h"
#include "study/StudyGroupRepository.h"
#include "study/StudyRuleRepository.h"
#include "study/StudySessionRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rongpei {

namespace {
const QString lastHostBranchKey = QStringLiteral("study/lastHostBranch");
}

inline QString undoLabel(const StudySession &session)
{
    return session.topic;
}

inline QString undoLabel(const CommitteeStudyGroup &)
{
    return QCoreApplication::translate("rongpei::StudyPage", "study group");
}

StudyPage::StudyPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new SessionTableModel(workspace.studySessions(), workspace.studyRules(),
                                    workspace.organizations(), this))
    , m_proxy(new SearchFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_kindFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_fileFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_attachments(new AttachmentsPanel(workspace, this))
    , m_count(new QLabel(this))
    , m_loadJob(new BackgroundJob(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-new")), tr("New session"), this,
                    &StudyPage::newRecord)
        ->setToolTip(tr("Record a study session and its roll call (Ctrl+N)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this, &StudyPage::editSelected)
        ->setToolTip(tr("Edit the selected session or take its roll call (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this, &StudyPage::deleteSelected)
        ->setToolTip(tr("Delete the selected session (Delete)"));
    toolBar->addSeparator();
    QAction *print = toolBar->addAction(themedIcon(QStringLiteral("document-print")), tr("Sign-in sheet"),
                                        this, &StudyPage::printSignInSheet);
    // Ctrl+P reaches it through the File menu's Print, which calls print().
    print->setToolTip(tr("Print the sign-in sheet of the selected session (Ctrl+P)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("application-pdf")), tr("Sign-in sheet as PDF…"), this,
                    &StudyPage::saveSignInSheet)
        ->setToolTip(tr("Save the sign-in sheet of the selected session as a PDF file"));
    toolBar->addSeparator();
    toolBar
        ->addAction(themedIcon(QStringLiteral("system-users")), tr("Study group…"), this,
                    &StudyPage::editStudyGroup)
        ->setToolTip(
            tr("The members of a party committee's theory study group (中心组), whom the sessions it "
               "hosts expect"));

    m_search->setObjectName(QStringLiteral("studySearch"));
    m_search->setPlaceholderText(tr("Search topic, speaker, place, kind or branch (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter->setObjectName(QStringLiteral("studyKindFilter"));
    fillKindFilter();
    m_stateFilter->addItem(tr("Planned and held"), -1);
    for (SessionState state : enumValues<SessionState>())
        m_stateFilter->addItem(enumLabel(state), static_cast<int>(state));

    m_fileFilter->setObjectName(QStringLiteral("studyFileFilter"));
    m_fileFilter->addItem(tr("With or without files"), -1);
    m_fileFilter->addItem(tr("No minutes"), qint64(SessionTableModel::MinutesMissing));
    m_fileFilter->addItem(tr("No signed sheet"), qint64(SessionTableModel::SignInSheetMissing));
    m_fileFilter->addItem(tr("No minutes or no signed sheet"),
                          qint64(SessionTableModel::MinutesMissing | SessionTableModel::SignInSheetMissing));
    m_fileFilter->setToolTip(tr("Held sessions whose minutes or signed sign-in sheet is not attached"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_fileFilter);
    filters->addWidget(m_count);
    filters->addWidget(new BusyIndicator(m_loadJob, this));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("studySessions"));
    setUpRecordTable(m_table);
    m_table->sortByColumn(SessionTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        if (!action->isSeparator())
            m_table->addAction(action);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("studySplit"));
    split->addWidget(m_table);
    split->addWidget(m_attachments);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &StudyPage::applyKindFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_proxy->setAccepted(SessionTableModel::StateColumn,
                             state >= 0 ? std::optional(QSet<qint64>{state}) : std::nullopt);
    });
    connect(m_fileFilter, &QComboBox::currentIndexChanged, this, &StudyPage::applyFileFilter);
    connect(m_table, &QTableView::activated, this, &StudyPage::editSelected);
    // Not currentRowChanged: a click moves the current row before it changes the selection.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StudyPage::showSelectedFiles);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StudyPage::showSelectedFiles);
    connect(&workspace.studyRules(), &StudyRuleRepository::rulesChanged, this, &StudyPage::fillKindFilter);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &StudyPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StudyPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &StudyPage::updateCount);
    connect(m_loadJob, &BackgroundJob::failed, this, [this](const QString &message) {
        m_count->setText(tr("The sessions could not be read: %1").arg(message));
    });
}

void StudyPage::firstShown()
{
    loadSessions();
}

bool StudyPage::isLoaded() const
{
    return m_model->shows(shellScope().period.start(), shellScope().period.end()) && !m_loadJob->isRunning();
}

void StudyPage::loadSessions()
{
    const QString path = m_workspace.database().path();
    const QDate from = shellScope().period.start();
    const QDate to = shellScope().period.end();
    m_loadJob->startReading<QList<SessionSummary>>(
        [this] { return m_model->changeCount(); },
        [path, from, to](const TaskControl &) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            return StudySessionRepository::summaries(reader, from, to);
        },
        [this, from, to](QList<SessionSummary> rows) {
            const qint64 id = m_selectWhenLoaded > 0 ? m_selectWhenLoaded : selectedId();
            m_selectWhenLoaded = 0;
            m_model->setRows(from, to, std::move(rows));
            selectSession(id);
            emit sessionsLoaded();
        });
    updateCount();
}

QString StudyPage::title() const
{
    return tr("Theory study");
}

QString StudyPage::iconName() const
{
    return QStringLiteral("accessories-dictionary");
}

void StudyPage::fillKindFilter()
{
    const qint64 previous = m_kindFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_kindFilter);
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"), qint64(0));
    for (const StudyKind &kind : m_workspace.studyRules().kinds())
        m_kindFilter->addItem(kind.name, kind.id);
    m_kindFilter->setCurrentIndex(qMax(0, m_kindFilter->findData(previous)));
    applyKindFilter(); // the chosen kind may have been deleted
}

void StudyPage::applyKindFilter()
{
    const qint64 kind = m_kindFilter->currentData().toLongLong();
    m_proxy->setAccepted(SessionTableModel::KindColumn,
                         kind > 0 ? std::optional(QSet<qint64>{kind}) : std::nullopt);
}

void StudyPage::applyFileFilter()
{
    const qint64 missing = m_fileFilter->currentData().toLongLong();
    if (missing < 0) {
        m_proxy->setAccepted(SessionTableModel::FilesColumn, std::nullopt);
        return;
    }
    QSet<qint64> accepted; // every combination that lacks one of the chosen files
    for (qint64 bits = 1; bits <= (SessionTableModel::MinutesMissing | SessionTableModel::SignInSheetMissing);
         ++bits)
        if ((bits & missing) != 0)
            accepted.insert(bits);
    m_proxy->setAccepted(SessionTableModel::FilesColumn, accepted);
}

void StudyPage::showSelectedFiles()
{
    const qint64 id = selectedId();
    const RecordKind *kind = Workspace::recordKind(QStringLiteral("session"));
    if (id <= 0) {
        m_attachments->setRecord(AttachmentOwner{kind->attachmentColumn, 0}, -1);
        return;
    }
    const SessionSummary session = m_model->summaryAt(m_model->rowOf(id));
    m_attachments->setRecord(AttachmentRepository::ownerOf(*kind, id), session.branchId);
}

SessionDialogData StudyPage::sessionDialogData() const
{
    Workspace &workspace = m_workspace;
    return {workspace.studyRules().kinds(),
            workspace.studyRules().conversions(),
            workspace.organizations().all(),
            workspace.cadres().all(),
            StudyGroupRepository::allIn(workspace.database()),
            workspace.clock().today(),
            [&workspace](QWidget *parent) {
                return CadrePickerDialog::pick(workspace.cadres(), workspace.organizations(), parent);
            },
            workspace.studyRules().rateLeftOutStatuses()};
}

void StudyPage::newRecord()
{
    StudySession session;
    // The branch in scope; else the one the clerk recorded a session for last.
    session.branchId = shellScope().singleBranch();
    if (session.branchId == 0)
        session.branchId = QSettings().value(lastHostBranchKey).toLongLong();
    session.kindId = m_kindFilter->currentData().toLongLong();
    auto addedId = std::make_shared<qint64>(0);
    auto *dialog = new SessionDialog(
        sessionDialogData(), session,
        addingSaver<StudySessionRepository, StudySession>(m_workspace.studySessions(), addedId), this);
    AttachmentsPanel *files =
        AttachmentsPanel::addTo(dialog, m_workspace, QStringLiteral("session"), 0, session.branchId);
    openDialog(dialog, [this, addedId, files] {
        files->attachPendingTo(QStringLiteral("session"), *addedId);
        emit statusMessage(tr("Session saved."));
        const auto saved = m_workspace.studySessions().summary(*addedId);
        if (saved)
            QSettings().setValue(lastHostBranchKey, saved->branchId);
        if (saved && !shellScope().period.contains(saved->date))
            emit periodRequested(Period::containing(shellScope().period.kind(), saved->date));
        selectSession(*addedId);
    });
}

void StudyPage::editSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const std::optional<StudySession> before = m_workspace.studySessions().find(id);
    if (!before) {
        refresh();
        return;
    }
    auto *dialog = new SessionDialog(sessionDialogData(), *before,
                                     editingSaver(m_workspace.studySessions(), *before), this);
    dialog->followRecord(tr("History: %1").arg(before->topic), m_workspace, QStringLiteral("session"),
                         before->uuid);
    AttachmentsPanel::addTo(dialog, m_workspace, QStringLiteral("session"), id, before->branchId);
    openDialog(dialog, [this, id] {
        emit statusMessage(tr("Changes saved."));
        selectSession(id);
    });
}

void StudyPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const SessionSummary session = m_model->summaryAt(m_model->rowOf(id));
    deleteWithUndo(m_workspace.studySessions(), id, tr("Delete session"),
                   tr("Delete the session \"%1\" of %2 and its roll call of %n people?\n\nYou can "
                      "undo this with Ctrl+Z.",
                      nullptr, session.expected)
                       .arg(session.topic, displayDate(session.date)),
                   tr("Session deleted. Ctrl+Z brings it back."));
}

std::optional<SignInSheetData> StudyPage::selectedSheet()
{
    const qint64 id = selectedId();
    if (id <= 0) {
        emit statusMessage(tr("Choose a session first."));
        return std::nullopt;
    }
    return SignInSheetData::load(m_workspace.database(), id);
}

void StudyPage::printSignInSheet()
{
    try {
        const std::optional<SignInSheetData> loaded = selectedSheet();
        if (!loaded)
            return;
        const SignInSheetData &sheet = *loaded;
        showPrintPreview(this, SignInSheet::pageLayout(), SignInSheet::documentTitle(sheet),
                         tr("Sign-in sheet: %1").arg(sheet.title), tr("Sign-in sheet"),
                         [&sheet](QPrinter *target) { SignInSheet::print(sheet, target); });
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Sign-in sheet"), error);
    }
}

void StudyPage::saveSignInSheet()
{
    try {
        const std::optional<SignInSheetData> loaded = selectedSheet();
        if (!loaded)
            return;
        const SignInSheetData &sheet = *loaded;
        const QString suggested =
            tr("sign-in-sheet-%1.pdf").arg(sheet.date.toString(QStringLiteral("yyyyMMdd")));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save sign-in sheet"), suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        SignInSheet::writePdf(sheet, path);
        emit statusMessage(tr("Sign-in sheet saved to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Sign-in sheet"), error);
    }
}

void StudyPage::followShellScope()
{
    m_proxy->setAccepted(SessionTableModel::BranchColumn, shellScope().hosts);
    if (hasBeenShown() && !m_model->shows(shellScope().period.start(), shellScope().period.end()))
        loadSessions();
}

void StudyPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void StudyPage::refresh()
{
    loadSessions();
}

void StudyPage::updateCount()
{
    if (!m_model->isLoaded()) {
        m_count->setText(tr("Reading the sessions…"));
        return;
    }
    m_count->setText(tr("%1 of %2 sessions").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

qint64 StudyPage::selectedId() const
{
    return selectedRecordId(m_table);
}

void StudyPage::selectSession(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        selectSourceRow(m_table, m_proxy, m_model->index(row, 0));
    else if (m_loadJob->isRunning())
        m_selectWhenLoaded = id; // in the period being read
}

QAbstractItemView *StudyPage::mainTable() const
{
    return m_table;
}

void StudyPage::editStudyGroup()
{
    const QList<Organization> units = m_workspace.organizations().all();
    QHash<qint64, const Organization *> byId;
    QList<const Organization *> committees;
    for (const Organization &unit : units) {
        byId.insert(unit.id, &unit);
        if (unit.kind == OrganizationKind::Committee)
            committees.append(&unit);
    }
    // The committee in scope, or the nearest one above the unit in scope.
    const Organization *committee = nullptr;
    for (const Organization *unit = byId.value(shellScope().unitId); unit && !committee;
         unit = byId.value(unit->parentId))
        if (unit->kind == OrganizationKind::Committee)
            committee = unit;
    if (!committee && committees.size() == 1)
        committee = committees.first();
    if (!committee) {
        if (committees.isEmpty()) {
            showRefusal(tr("Study group"), tr("Add a party committee on the organisation page first."));
            return;
        }
        QStringList names;
        for (const Organization *unit : std::as_const(committees))
            names.append(unit->name);
        bool chosen = false;
        const QString name =
            QInputDialog::getItem(this, tr("Study group"), tr("Party committee:"), names, 0, false, &chosen);
        if (!chosen)
            return;
        committee = committees.at(names.indexOf(name));
    }
    const std::optional<CommitteeStudyGroup> before = m_workspace.studyGroups().find(committee->id);
    if (!before)
        return;
    QHash<qint64, StudyGroupDialog::Person> people;
    for (const Cadre &cadre : m_workspace.cadres().all())
        people.insert(cadre.id,
                      {cadre.name, cadre.employeeNumber,
                       byId.contains(cadre.branchId) ? byId.value(cadre.branchId)->name : QString()});
    Workspace &workspace = m_workspace;
    auto *dialog = new StudyGroupDialog(
        committee->name, *before, std::move(people),
        [&workspace](QWidget *parent) {
            return CadrePickerDialog::pick(workspace.cadres(), workspace.organizations(), parent);
        },
        editingSaver(m_workspace.studyGroups(), *before), this);
    openDialog(dialog, [this] { emit statusMessage(tr("Study group saved.")); });
}

} // namespace rongpei
