#include "training/ClassPage.h"

#include "Workspace.h"
#include "common/BackgroundJob.h"
#include "common/BusyIndicator.h"
#include "common/Clock.h"
#include "common/ColumnWidths.h"
#include "common/ErrorMessageBox.h"
#include "common/Icons.h"
#include "common/Localization.h"
#include "common/PrintPreview.h"
#include "common/RecordTable.h"
#include "common/SearchFilterProxy.h"
#include "common/TableRoles.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadrePickerDialog.h"
#include "roster/CadreRepository.h"
#include "storage/Database.h"
#include "study/StudyRuleRepository.h"
#include "training/ClassDialog.h"
#include "training/ClassTableModel.h"
#include "training/CompletionCertificate.h"
#include "training/CourseRepository.h"
#include "training/FeedbackDialog.h"
#include "training/FeedbackFormsCommand.h"
#include "training/FeedbackQuestionsDialog.h"
#include "training/FeedbackText.h"
#include "training/ParticipantTableModel.h"
#include "training/TrainingClassRepository.h"
#include "training/TrainingRulesDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rongpei {

inline QString undoLabel(const TrainingClass &trainingClass)
{
    return trainingClass.name;
}

namespace {

/// What the page shows of a period: the classes and the selected class's participants.
struct ClassesRead
{
    QList<ClassFigures> classes;
    QHash<qint64, QList<ParticipantLine>> participants; // by class
};

} // namespace

ClassPage::ClassPage(Workspace &workspace, QWidget *parent)
    : ModulePage(parent)
    , m_workspace(workspace)
    , m_model(new ClassTableModel(this))
    , m_proxy(new SearchFilterProxy(this))
    , m_participantModel(new ParticipantTableModel(this))
    , m_participantProxy(new SearchFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_mixFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_participants(new QTableView(this))
    , m_selectedTitle(new QLabel(this))
    , m_mixWarning(new QLabel(this))
    , m_feedbackSummary(new QLabel(this))
    , m_count(new QLabel(this))
    , m_loadJob(new BackgroundJob(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-new")), tr("New class"), this, &ClassPage::newRecord)
        ->setToolTip(tr("Open a training class: its courses, days and cohort (Ctrl+N)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-edit")), tr("Edit"), this, &ClassPage::editSelected)
        ->setToolTip(tr("Edit the selected class, mark its days and enter scores (Enter)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("edit-delete")), tr("Delete"), this, &ClassPage::deleteSelected)
        ->setToolTip(tr("Delete the selected class with its cohort and marks (Delete)"));
    toolBar->addSeparator();
    toolBar
        ->addAction(themedIcon(QStringLiteral("document-print")), tr("Certificates"), this,
                    &ClassPage::printCertificates)
        ->setToolTip(tr("Print the completion certificates of the selected participants, or of everyone who "
                        "completed the class (Ctrl+P)"));
    toolBar
        ->addAction(themedIcon(QStringLiteral("application-pdf")), tr("Certificates as PDF…"), this,
                    &ClassPage::saveCertificates)
        ->setToolTip(tr("Save the completion certificates as one PDF file"));
    toolBar->addSeparator();
    QAction *feedback = toolBar->addAction(themedIcon(QStringLiteral("mail-message-new")),
                                           tr("Feedback forms"), this, &ClassPage::enterFeedback);
    feedback->setObjectName(QStringLiteral("enterFeedback"));
    feedback->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    feedback->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    feedback->setToolTip(tr("Enter the paper feedback forms of the selected class (Ctrl+Shift+F)"));
    addAction(feedback);
    toolBar->addSeparator();
    toolBar
        ->addAction(themedIcon(QStringLiteral("bookmark-new")), tr("Questions…"), this,
                    &ClassPage::editFeedbackQuestions)
        ->setToolTip(tr("Word, add or retire the questions of the feedback form"));
    toolBar->addAction(themedIcon(QStringLiteral("document-edit")), tr("Rules…"), this, &ClassPage::editRules)
        ->setToolTip(
            tr("The share of absence that prevents completion, a joint class's least share per track, "
               "and when follow-ups fall due"));

    m_search->setObjectName(QStringLiteral("classSearch"));
    m_search->setPlaceholderText(tr("Search class, organiser or location (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_mixFilter->setObjectName(QStringLiteral("classMixFilter"));
    m_mixFilter->addItem(tr("All classes"), -1);
    m_mixFilter->addItem(tr("Joint classes"), -2);
    m_mixFilter->addItem(tr("Joint but one-sided"), qint64(ClassTableModel::JointOneSided));
    m_mixFilter->addItem(tr("Not joint"), qint64(ClassTableModel::NotJoint));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TableRole::Sort);
    m_table->setObjectName(QStringLiteral("classTable"));
    m_table->setModel(m_proxy);
    ColumnWidths::keep(m_table, QStringLiteral("trainingClasses"));
    setUpRecordTable(m_table);
    m_table->sortByColumn(ClassTableModel::StartsColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : toolBar->actions())
        if (!action->isSeparator())
            m_table->addAction(action);

    m_participantProxy->setSourceModel(m_participantModel);
    m_participantProxy->setSortRole(TableRole::Sort);
    m_participants->setObjectName(QStringLiteral("participantTable"));
    m_participants->setModel(m_participantProxy);
    ColumnWidths::keep(m_participants, QStringLiteral("classParticipants"));
    setUpRecordTable(m_participants);
    m_participants->sortByColumn(ParticipantTableModel::EmployeeNumberColumn, Qt::AscendingOrder);
    m_selectedTitle->setObjectName(QStringLiteral("selectedClass"));
    m_mixWarning->setObjectName(QStringLiteral("mixWarning"));
    m_mixWarning->setWordWrap(true);
    m_mixWarning->setStyleSheet(QStringLiteral("color: #b03a2e"));
    m_mixWarning->hide();
    m_feedbackSummary->setObjectName(QStringLiteral("feedbackSummary"));
    m_feedbackSummary->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_mixFilter);
    filters->addWidget(m_count);
    filters->addWidget(new BusyIndicator(m_loadJob, this));
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_selectedTitle);
    lowerLayout->addWidget(m_mixWarning);
    lowerLayout->addWidget(m_feedbackSummary);
    lowerLayout->addWidget(m_participants, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("classSplit"));
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterProxy::setSearchText);
    connect(m_mixFilter, &QComboBox::currentIndexChanged, this, &ClassPage::applyMixFilter);
    connect(m_table, &QTableView::activated, this, &ClassPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClassPage::showSelectedClass);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClassPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ClassPage::updateCount);
    const auto reload = [this] {
        ++m_changeCount;
        if (hasBeenShown())
            loadClasses();
    };
    RecordRepository::onAnyChange(workspace.trainingClasses(), this, reload);
    RecordRepository::onAnyChange(workspace.cadres(), this, reload);
    RecordRepository::onAnyChange(workspace.feedback(), this, reload);
    connect(&workspace.trainingClasses(), &TrainingClassRepository::rulesChanged, this, reload);
    connect(m_loadJob, &BackgroundJob::failed, this, [this](const QString &message) {
        m_count->setText(tr("The classes could not be read: %1").arg(message));
    });
}

QString ClassPage::title() const
{
    return tr("Training classes");
}

QString ClassPage::iconName() const
{
    return QStringLiteral("x-office-presentation");
}

QAbstractItemView *ClassPage::mainTable() const
{
    return m_table;
}

void ClassPage::firstShown()
{
    loadClasses();
}

void ClassPage::followShellScope()
{
    if (hasBeenShown())
        loadClasses();
}

void ClassPage::refresh()
{
    loadClasses();
}

bool ClassPage::isLoaded() const
{
    return m_loaded && !m_loadJob->isRunning();
}

void ClassPage::loadClasses()
{
    m_loaded = false;
    const QString path = m_workspace.database().path();
    const QDate from = shellScope().period.start();
    const QDate to = shellScope().period.end();
    const QDate today = m_workspace.clock().today();
    const std::optional<QSet<qint64>> hosts = shellScope().hosts;
    QHash<qint64, QString> organisers;
    for (const Organization &unit : m_workspace.organizations().all())
        organisers.insert(unit.id, unit.name);
    m_loadJob->startReading<ClassesRead>(
        [this] { return m_changeCount; },
        [path, from, to, today, hosts](const TaskControl &control) {
            const Database reader(path, Database::OpenMode::ReadOnly, DatabaseOptions::secondReader());
            ClassesRead read;
            for (ClassFigures &figures : ClassOverview::between(reader, from, to, today))
                if (!hosts || hosts->contains(figures.trainingClass.branchId))
                    read.classes.append(std::move(figures));
            // Each class's participants are read with it: selecting one shows them at once.
            for (const ClassFigures &figures : std::as_const(read.classes)) {
                control.checkpoint();
                read.participants.insert(figures.trainingClass.id,
                                         ClassOverview::participants(reader, figures.trainingClass, today));
            }
            return read;
        },
        [this, organisers = std::move(organisers)](ClassesRead read) mutable {
            const qint64 id = m_selectWhenLoaded > 0 ? m_selectWhenLoaded : selectedId();
            m_selectWhenLoaded = 0;
            m_participantLines = std::move(read.participants);
            m_model->setClasses(std::move(read.classes), std::move(organisers));
            m_loaded = true;
            updateCount();
            selectClass(id);
            showSelectedClass();
            emit classesLoaded();
        });
    updateCount();
}

void ClassPage::applyMixFilter()
{
    const qint64 choice = m_mixFilter->currentData().toLongLong();
    if (choice == -1)
        m_proxy->setAccepted(ClassTableModel::MixColumn, std::nullopt);
    else if (choice == -2)
        m_proxy->setAccepted(ClassTableModel::MixColumn,
                             QSet<qint64>{ClassTableModel::JointMixed, ClassTableModel::JointOneSided});
    else
        m_proxy->setAccepted(ClassTableModel::MixColumn, QSet<qint64>{choice});
}

void ClassPage::updateCount()
{
    if (!m_loaded) {
        m_count->setText(tr("Reading…"));
        return;
    }
    m_count->setText(tr("%n class(es)", nullptr, m_proxy->rowCount()));
}

qint64 ClassPage::selectedId() const
{
    return selectedRecordId(m_table);
}

void ClassPage::selectClass(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        selectSourceRow(m_table, m_proxy, m_model->index(row, 0));
}

void ClassPage::showSelectedClass()
{
    const ClassFigures *figures = m_model->figuresOf(selectedId());
    if (!figures) {
        m_participantModel->setLines({});
        m_selectedTitle->setText(tr("Choose a class to see its participants."));
        m_mixWarning->hide();
        m_feedbackSummary->clear();
        return;
    }
    const TrainingClass &c = figures->trainingClass;
    m_participantModel->setLines(m_participantLines.value(c.id));
    m_selectedTitle->setText(tr("<b>%1</b> · %2 – %3 · %4 hours · %n participant(s)", nullptr,
                                static_cast<int>(c.enrollments.size()))
                                 .arg(c.name.toHtmlEscaped(), displayDate(c.startsOn), displayDate(c.endsOn),
                                      QLocale().toString(figures->hours, 'g', 6)));
    const QString warning =
        ClassCompletion::mixWarning(c, figures->mix, m_workspace.trainingClasses().rules());
    m_mixWarning->setText(warning.isEmpty() ? QString() : tr("⚠ %1").arg(warning));
    m_mixWarning->setVisible(!warning.isEmpty());
    const FeedbackSummary feedback = FeedbackSummaries::ofClass(m_workspace.database(), c.id);
    m_feedbackSummary->setText(FeedbackText::summaryLine(feedback));
    m_feedbackSummary->setToolTip(FeedbackText::distribution(feedback.distribution));
}

void ClassPage::enterFeedback()
{
    const ClassFigures *figures = m_model->figuresOf(selectedId());
    if (!figures) {
        emit statusMessage(tr("Choose a class first."));
        return;
    }
    const TrainingClass &c = figures->trainingClass;
    QList<qint64> participants;
    QHash<qint64, CohortPerson> people;
    for (const ParticipantLine &line : m_participantLines.value(c.id)) {
        participants.append(line.enrollment.cadreId);
        people.insert(line.enrollment.cadreId, {line.name, line.employeeNumber, line.track});
    }
    auto *model = new FeedbackEntryModel(m_workspace.feedback().questions(true), participants, people);
    model->setForms(m_workspace.feedback().forms(c.id));
    const qint64 classId = c.id;
    const QString className = c.name;
    auto *dialog = new FeedbackDialog(
        className, model,
        [this, classId, className](const QList<FeedbackForm> &forms) {
            pushUndo(FeedbackFormsCommand::perform(m_workspace.feedback(), classId, className, forms,
                                                   undoErrorHandler()));
        },
        this);
    openDialog(dialog, [this, classId] {
        emit statusMessage(tr("Feedback forms saved."));
        m_selectWhenLoaded = classId;
    });
}

QList<CertificateData> ClassPage::selectedCertificates()
{
    const ClassFigures *figures = m_model->figuresOf(selectedId());
    if (!figures) {
        emit statusMessage(tr("Choose a class first."));
        return {};
    }
    QList<qint64> cadres;
    for (const QModelIndex &index : m_participants->selectionModel()->selectedRows())
        cadres.append(index.data(TableRole::Id).toLongLong());
    QString organiser;
    if (const std::optional<Organization> unit =
            m_workspace.organizations().find(figures->trainingClass.branchId))
        organiser = unit->name;
    const QList<CertificateData> certificates = CertificateData::forClass(
        figures->trainingClass, m_participantLines.value(figures->trainingClass.id), organiser, cadres);
    if (certificates.isEmpty())
        showRefusal(tr("Certificates"), tr("Nobody selected has completed the class: a certificate is for a "
                                           "participant who completed it."));
    return certificates;
}

void ClassPage::printCertificates()
{
    const QList<CertificateData> certificates = selectedCertificates();
    if (certificates.isEmpty())
        return;
    showPrintPreview(
        this, CompletionCertificate::pageLayout(),
        tr("Certificates of completion: %1").arg(certificates.first().className),
        tr("Certificates: %1").arg(certificates.first().className), tr("Certificates"),
        [&certificates](QPrinter *target) { CompletionCertificate::print(certificates, target); });
}

void ClassPage::saveCertificates()
{
    const QList<CertificateData> certificates = selectedCertificates();
    if (certificates.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save certificates"),
        tr("certificates-%1.pdf").arg(certificates.first().number.section(u'-', 0, 1)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        CompletionCertificate::writePdf(certificates, path);
        emit statusMessage(
            tr("%n certificate(s) saved to %1.", nullptr, static_cast<int>(certificates.size()))
                .arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception &error) {
        showErrorMessage(this, tr("Certificates"), error);
    }
}

void ClassPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

ClassDialogData ClassPage::classDialogData() const
{
    Workspace &workspace = m_workspace;
    ClassDialogData dialogData;
    dialogData.kinds = workspace.studyRules().kinds();
    for (const Organization &unit : workspace.organizations().all())
        if (unit.kind == OrganizationKind::Committee || unit.kind == OrganizationKind::Branch)
            dialogData.units.append(unit);
    dialogData.courses = workspace.courses().all();
    for (const ParticipantLine &line : m_participantModel->lines())
        dialogData.people.insert(line.enrollment.cadreId, {line.name, line.employeeNumber, line.track});
    dialogData.rules = workspace.trainingClasses().rules();
    dialogData.today = workspace.clock().today();
    dialogData.pickCadres = [&workspace](QWidget *parent) {
        return CadrePickerDialog::pick(workspace.cadres(), workspace.organizations(), parent);
    };
    dialogData.describe = [&workspace](const QList<qint64> &ids) {
        QHash<qint64, CohortPerson> people;
        for (const qint64 id : ids)
            if (const std::optional<Cadre> cadre = workspace.cadres().find(id))
                people.insert(id, {cadre->name, cadre->employeeNumber, cadre->track});
        return people;
    };
    return dialogData;
}

void ClassPage::newRecord()
{
    TrainingClass c;
    c.branchId = shellScope().singleBranch();
    if (c.branchId == 0)
        c.branchId = shellScope().unitId;
    c.joint = true;
    c.offTheJob = true;
    c.passMark = 60;
    for (const StudyKind &kind : m_workspace.studyRules().kinds())
        if (kind.code == QStringLiteral("full_time_training"))
            c.kindId = kind.id;
    ClassDialogData dialogData = classDialogData();
    dialogData.people.clear();
    auto addedId = std::make_shared<qint64>(0);
    auto *dialog = new ClassDialog(
        std::move(dialogData), c,
        addingSaver<TrainingClassRepository, TrainingClass>(m_workspace.trainingClasses(), addedId), this);
    openDialog(dialog, [this, addedId] {
        emit statusMessage(tr("Class saved."));
        const std::optional<TrainingClass> saved = m_workspace.trainingClasses().find(*addedId);
        if (saved && !shellScope().period.contains(saved->startsOn))
            emit periodRequested(Period::containing(shellScope().period.kind(), saved->startsOn));
        m_selectWhenLoaded = *addedId;
        selectClass(*addedId);
    });
}

void ClassPage::editSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const std::optional<TrainingClass> before = m_workspace.trainingClasses().find(id);
    if (!before) {
        refresh();
        return;
    }
    auto *dialog = new ClassDialog(classDialogData(), *before,
                                   editingSaver(m_workspace.trainingClasses(), *before), this);
    dialog->followRecord(tr("History: %1").arg(before->name), m_workspace, QStringLiteral("class"),
                         before->uuid);
    openDialog(dialog, [this, id] {
        emit statusMessage(tr("Changes saved."));
        m_selectWhenLoaded = id;
    });
}

void ClassPage::deleteSelected()
{
    const ClassFigures *figures = m_model->figuresOf(selectedId());
    if (!figures)
        return;
    const TrainingClass &c = figures->trainingClass;
    deleteWithUndo(m_workspace.trainingClasses(), c.id, tr("Delete class"),
                   tr("Delete the class \"%1\" of %2 with its %n participant(s), their marks and scores?\n\n"
                      "You can undo this with Ctrl+Z.",
                      nullptr, static_cast<int>(c.enrollments.size()))
                       .arg(c.name, displayDate(c.startsOn)),
                   tr("Class deleted. Ctrl+Z brings it back."));
}

void ClassPage::editFeedbackQuestions()
{
    openDialog(new FeedbackQuestionsDialog(m_workspace.feedback(), this), [] {});
}

void ClassPage::editRules()
{
    openDialog(new TrainingRulesDialog(m_workspace.trainingClasses(), this),
               [this] { emit statusMessage(tr("Rules saved.")); });
}

} // namespace rongpei
