#include "training/ClassDialog.h"

#include "common/Localization.h"
#include "common/NumberDelegate.h"
#include "training/DayMarkDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rongpei {

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

QHBoxLayout *row(const QList<QWidget *> &widgets)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return layout;
}

QWidget *holder(QLayout *layout, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    widget->setLayout(layout);
    return widget;
}

} // namespace

ClassDialog::ClassDialog(ClassDialogData dialogData, const TrainingClass &trainingClass, Saver saver,
                         QWidget *parent)
    : RecordDialog(parent)
    , m_data(std::move(dialogData))
    , m_original(trainingClass)
    , m_saver(std::move(saver))
    , m_name(new QLineEdit(trainingClass.name, this))
    , m_kind(new QComboBox(this))
    , m_organiser(new QComboBox(this))
    , m_startsOn(new QDateEdit(this))
    , m_endsOn(new QDateEdit(this))
    , m_location(new QLineEdit(trainingClass.location, this))
    , m_capacity(new QSpinBox(this))
    , m_offTheJob(new QCheckBox(tr("Of&f the job (脱产)"), this))
    , m_joint(new QCheckBox(tr("&Joint class: meant to mix party-affairs and operations cadres"), this))
    , m_assessed(new QCheckBox(tr("Assessed, pass &mark:"), this))
    , m_passMark(new QDoubleSpinBox(this))
    , m_notes(new QLineEdit(trainingClass.notes, this))
    , m_courses(new QListWidget(this))
    , m_days(new QTableWidget(0, 2, this))
    , m_dayHours(new QDoubleSpinBox(this))
    , m_cohort(new CohortModel(m_data.people, this))
    , m_cohortView(new QTableView(this))
    , m_mix(new QLabel(this))
{
    setWindowTitle(trainingClass.id > 0 ? tr("Edit class: %1").arg(trainingClass.name)
                                        : tr("New training class"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 56);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const StudyKind &kind : std::as_const(m_data.kinds))
        m_kind->addItem(kind.name, kind.id);
    m_kind->setToolTip(tr("The kind of study the class's hours count as toward the hour requirements"));
    m_organiser->setObjectName(QStringLiteral("organiser"));
    for (const Organization &unit : std::as_const(m_data.units))
        m_organiser->addItem(unit.name, unit.id);
    for (QDateEdit *date : {m_startsOn, m_endsOn}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_startsOn->setObjectName(QStringLiteral("startsOn"));
    m_endsOn->setObjectName(QStringLiteral("endsOn"));
    m_location->setObjectName(QStringLiteral("location"));
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_offTheJob->setObjectName(QStringLiteral("offTheJob"));
    m_offTheJob->setToolTip(tr("Off-the-job classes count toward the off-the-job hour requirements; whoever "
                               "misses more than %1/%2 of their hours does not complete them.")
                                .arg(m_data.rules.absenceNumerator)
                                .arg(m_data.rules.absenceDenominator));
    m_joint->setObjectName(QStringLiteral("joint"));
    m_assessed->setObjectName(QStringLiteral("assessed"));
    m_passMark->setObjectName(QStringLiteral("passMark"));
    m_passMark->setRange(0, 100);
    m_passMark->setDecimals(1);
    m_notes->setObjectName(QStringLiteral("notes"));

    auto *dates = new QHBoxLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_startsOn);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_endsOn);
    dates->addStretch();
    auto *endsMessage = new QWidget(this); // carries the end date's message under the dates
    endsMessage->setFixedHeight(0);

    addCheckedRow(tr("&Name:"), m_name, TrainingClassField::name);
    addCheckedRow(tr("Counts &as:"), m_kind, TrainingClassField::kind);
    addCheckedRow(tr("Organised &by:"), m_organiser, TrainingClassField::branch);
    addCheckedRow(tr("&Dates:"), holder(dates, this), TrainingClassField::startsOn);
    addCheckedRow(QString(), endsMessage, TrainingClassField::endsOn);
    addCheckedRow(tr("&Location:"), m_location, QString());
    addCheckedRow(tr("&Capacity:"), m_capacity, TrainingClassField::capacity);
    form()->addRow(QString(), holder(row({m_offTheJob, m_joint}), this)); // one row: the dialog is tall
    addCheckedRow(QString(), holder(row({m_assessed, m_passMark}), this), TrainingClassField::passMark);
    addCheckedRow(tr("N&otes:"), m_notes, QString());
    addCheckedRow(tr("Co&urses:"), createCourseList(trainingClass), TrainingClassField::courses);
    addCheckedRow(tr("Class da&ys:"), createDayEditor(), TrainingClassField::days);
    addCheckedRow(tr("Co&hort:"), createCohortEditor(), TrainingClassField::participants);

    const QDate start = trainingClass.startsOn.isValid() ? trainingClass.startsOn : m_data.today;
    m_startsOn->setDate(start);
    m_endsOn->setDate(trainingClass.endsOn.isValid() ? trainingClass.endsOn : start);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(trainingClass.kindId)));
    m_organiser->setCurrentIndex(qMax(0, m_organiser->findData(trainingClass.branchId)));
    m_capacity->setValue(trainingClass.capacity);
    m_offTheJob->setChecked(trainingClass.offTheJob);
    m_joint->setChecked(trainingClass.joint);
    m_assessed->setChecked(trainingClass.passMark.has_value());
    m_passMark->setValue(trainingClass.passMark.value_or(60));
    for (const ClassDay &day : trainingClass.days) {
        const int r = m_days->rowCount();
        m_days->insertRow(r);
        auto *date = new QTableWidgetItem;
        date->setData(Qt::EditRole, day.date);
        date->setData(Qt::UserRole, day.uuid);
        auto *hours = new QTableWidgetItem;
        hours->setData(Qt::EditRole, day.hours);
        m_days->setItem(r, 0, date);
        m_days->setItem(r, 1, hours);
    }
    m_cohort->setDays(trainingClass.days);
    m_cohort->setEnrollments(trainingClass.enrollments);

    connect(m_assessed, &QCheckBox::toggled, this, &ClassDialog::updatePassMark);
    connect(m_joint, &QCheckBox::toggled, this, &ClassDialog::updateMix);
    connect(m_cohort, &CohortModel::cohortChanged, this, &ClassDialog::updateMix);
    connect(m_days, &QTableWidget::itemChanged, this, &ClassDialog::daysEdited);
    updatePassMark();
    updateMix();
    m_name->setFocus();
}

QWidget *ClassDialog::createCourseList(const TrainingClass &trainingClass)
{
    m_courses->setObjectName(QStringLiteral("courses"));
    // The class's courses first, in its order, then the rest of the catalogue in use.
    QList<Course> courses = m_data.courses;
    std::stable_sort(courses.begin(), courses.end(), [&trainingClass](const Course &a, const Course &b) {
        const auto rank = [&trainingClass](const Course &c) {
            const qsizetype at = trainingClass.courseIds.indexOf(c.id);
            return at < 0 ? trainingClass.courseIds.size() : at;
        };
        return rank(a) < rank(b);
    });
    for (const Course &course : std::as_const(courses)) {
        const bool taught = trainingClass.courseIds.contains(course.id);
        if (!course.active && !taught)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3 hours)")
                .arg(course.title, enumLabel(course.teachingMode), QLocale().toString(course.hours, 'g', 6)),
            m_courses);
        item->setData(Qt::UserRole, course.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(taught ? Qt::Checked : Qt::Unchecked);
    }
    m_courses->setFixedHeight(m_courses->fontMetrics().lineSpacing() * 5);
    return m_courses;
}

QWidget *ClassDialog::createDayEditor()
{
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Hours")});
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->verticalHeader()->setDefaultSectionSize(m_days->fontMetrics().height() + 6);
    m_days->setFixedHeight(m_days->fontMetrics().lineSpacing() * 7);
    m_dayHours->setObjectName(QStringLiteral("dayHours"));
    m_dayHours->setRange(0.5, 24);
    m_dayHours->setDecimals(1);
    m_dayHours->setSingleStep(0.5);
    m_dayHours->setValue(7);
    m_dayHours->setSuffix(tr(" h a day"));
    auto *fill = button(tr("&Weekdays of the dates"), QStringLiteral("fillDays"), this);
    fill->setToolTip(tr("One day of the hours given for each weekday from the start to the end date"));
    auto *add = button(tr("Add day"), QStringLiteral("addDay"), this);
    auto *remove = button(tr("Remove day"), QStringLiteral("removeDay"), this);
    connect(fill, &QPushButton::clicked, this, &ClassDialog::fillDays);
    connect(add, &QPushButton::clicked, this, &ClassDialog::addDay);
    connect(remove, &QPushButton::clicked, this, &ClassDialog::removeSelectedDays);
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row({m_dayHours, fill, add, remove}));
    layout->addWidget(m_days);
    return holder(layout, this);
}

QWidget *ClassDialog::createCohortEditor()
{
    m_cohortView->setObjectName(QStringLiteral("cohort"));
    m_cohortView->setModel(m_cohort);
    m_cohortView->setItemDelegateForColumn(CohortModel::ScoreColumn, new NumberDelegate(m_cohortView));
    m_cohortView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cohortView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_cohortView->horizontalHeader()->setDefaultSectionSize(72);
    m_cohortView->verticalHeader()->setDefaultSectionSize(m_cohortView->fontMetrics().height() + 8);
    m_cohortView->setMinimumHeight(280);
    m_cohortView->setColumnWidth(CohortModel::NameColumn, 150);
    connect(m_cohortView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_cohort->dayAt(index.column()))
            markSelectedWithDialog();
    });
    // Keys on the selected cells: P present, L late, E leave or absence…, A absent, Delete clears.
    // Read before the view's own handling, which would start editing a cell on any key.
    m_cohortView->installEventFilter(this);

    auto *add = button(tr("Add &participants…"), QStringLiteral("addParticipants"), this);
    auto *remove = button(tr("&Remove"), QStringLiteral("removeParticipants"), this);
    auto *present = button(tr("Presen&t"), QStringLiteral("markPresent"), this);
    present->setToolTip(tr("Mark the selected cells present (P); L late, A absent, Delete clears"));
    auto *mark = button(tr("Leave or absence…"), QStringLiteral("markLeave"), this);
    mark->setToolTip(tr("Mark the selected cells excused or absent, for some or all of the day's hours (E)"));
    auto *allPresent = button(tr("All present so far"), QStringLiteral("allPresent"), this);
    allPresent->setToolTip(tr("Mark present everyone not yet marked on the days up to today"));
    connect(add, &QPushButton::clicked, this, &ClassDialog::addParticipants);
    connect(remove, &QPushButton::clicked, this, &ClassDialog::removeSelectedParticipants);
    connect(present, &QPushButton::clicked, this, [this] { markSelected(AttendanceStatus::Present); });
    connect(mark, &QPushButton::clicked, this, &ClassDialog::markSelectedWithDialog);
    connect(allPresent, &QPushButton::clicked, this, [this] { m_cohort->markUnmarkedPresent(m_data.today); });
    m_mix->setObjectName(QStringLiteral("trackMix"));
    m_mix->setWordWrap(true);

    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row({add, remove, present, mark, allPresent}));
    layout->addWidget(m_cohortView, 1);
    layout->addWidget(m_mix);
    return holder(layout, this);
}

bool ClassDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cohortView && event->type() == QEvent::KeyPress &&
        m_cohort->dayAt(m_cohortView->currentIndex().column())) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
            return RecordDialog::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_P:
            markSelected(AttendanceStatus::Present);
            return true;
        case Qt::Key_L:
            markSelected(AttendanceStatus::Late);
            return true;
        case Qt::Key_A:
            markSelected(AttendanceStatus::Absent);
            return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            markSelected(AttendanceStatus::Unmarked);
            return true;
        case Qt::Key_E:
            markSelectedWithDialog();
            return true;
        default:
            break;
        }
    }
    return RecordDialog::eventFilter(watched, event);
}

QList<ClassDay> ClassDialog::daysFromTable() const
{
    QList<ClassDay> days;
    for (int r = 0; r < m_days->rowCount(); ++r) {
        const QTableWidgetItem *date = m_days->item(r, 0);
        const QTableWidgetItem *hours = m_days->item(r, 1);
        if (!date || !hours)
            continue;
        days.append({date->data(Qt::UserRole).toString(), date->data(Qt::EditRole).toDate(),
                     hours->data(Qt::EditRole).toDouble()});
    }
    std::sort(days.begin(), days.end(), [](const ClassDay &a, const ClassDay &b) { return a.date < b.date; });
    return days;
}

void ClassDialog::daysEdited()
{
    m_cohort->setDays(daysFromTable());
}

void ClassDialog::fillDays()
{
    const QSignalBlocker blocker(m_days);
    QHash<QDate, QString> kept; // a day already there keeps its identity, and its marks
    for (const ClassDay &day : daysFromTable())
        kept.insert(day.date, day.uuid);
    m_days->setRowCount(0);
    for (QDate d = m_startsOn->date(); d <= m_endsOn->date() && m_days->rowCount() < 366; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        const int r = m_days->rowCount();
        m_days->insertRow(r);
        auto *date = new QTableWidgetItem;
        date->setData(Qt::EditRole, d);
        date->setData(Qt::UserRole, kept.value(d));
        auto *hours = new QTableWidgetItem;
        hours->setData(Qt::EditRole, m_dayHours->value());
        m_days->setItem(r, 0, date);
        m_days->setItem(r, 1, hours);
    }
    daysEdited();
}

void ClassDialog::addDay()
{
    const QList<ClassDay> days = daysFromTable();
    const QDate next = days.isEmpty() ? m_startsOn->date() : days.last().date.addDays(1);
    {
        const QSignalBlocker blocker(m_days);
        const int r = m_days->rowCount();
        m_days->insertRow(r);
        auto *date = new QTableWidgetItem;
        date->setData(Qt::EditRole, next);
        auto *hours = new QTableWidgetItem;
        hours->setData(Qt::EditRole, m_dayHours->value());
        m_days->setItem(r, 0, date);
        m_days->setItem(r, 1, hours);
        m_days->setCurrentCell(r, 0);
    }
    daysEdited();
}

void ClassDialog::removeSelectedDays()
{
    QList<int> rows;
    for (const QModelIndex &index : m_days->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    {
        const QSignalBlocker blocker(m_days);
        for (const int r : std::as_const(rows))
            m_days->removeRow(r);
    }
    daysEdited();
}

void ClassDialog::addParticipants()
{
    const QList<qint64> ids = m_data.pickCadres ? m_data.pickCadres(this) : QList<qint64>{};
    QList<qint64> unknown;
    for (const qint64 id : ids)
        if (!m_cohort->isKnown(id))
            unknown.append(id);
    if (!unknown.isEmpty() && m_data.describe)
        m_cohort->addPeople(m_data.describe(unknown));
    m_cohort->addCadres(ids, m_data.today);
}

void ClassDialog::removeSelectedParticipants()
{
    QList<int> rows;
    for (const QModelIndex &index : m_cohortView->selectionModel()->selectedIndexes())
        rows.append(index.row());
    m_cohort->removeRows(rows);
}

QList<std::pair<int, int>> ClassDialog::selectedMarkCells() const
{
    QList<std::pair<int, int>> cells;
    for (const QModelIndex &index : m_cohortView->selectionModel()->selectedIndexes())
        if (m_cohort->dayAt(index.column()))
            cells.append({index.row(), index.column()});
    return cells;
}

void ClassDialog::markSelected(AttendanceStatus status)
{
    for (const auto &[r, column] : selectedMarkCells())
        m_cohort->setMark(r, column, {status, 0, {}});
}

void ClassDialog::markSelectedWithDialog()
{
    const QList<std::pair<int, int>> cells = selectedMarkCells();
    if (cells.isEmpty())
        return;
    double longest = 0;
    for (const auto &[r, column] : cells)
        longest = std::max(longest, m_cohort->dayAt(column)->hours);
    const DayMark *current = m_cohort->markAt(cells.first().first, cells.first().second);
    DayMark initial = current ? *current : DayMark{AttendanceStatus::Excused, longest, {}};
    if (initial.status == AttendanceStatus::Present || initial.status == AttendanceStatus::Late)
        initial = {AttendanceStatus::Excused, longest, {}};
    DayMarkDialog dialog(initial, longest, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const auto &[r, column] : cells)
        m_cohort->setMark(r, column, dialog.mark());
}

void ClassDialog::updatePassMark()
{
    m_passMark->setEnabled(m_assessed->isChecked());
}

void ClassDialog::updateMix()
{
    TrackMix mix;
    for (const Enrollment &participant : m_cohort->enrollments())
        (m_cohort->trackOf(participant.cadreId) == Track::Party ? mix.party : mix.operations)++;
    const QLocale locale;
    QString text = tr("%n participant(s): ", nullptr, mix.total()) +
                   tr("party-affairs %1 (%2 %), operations %3 (%4 %)")
                       .arg(mix.party)
                       .arg(locale.toString(mix.percent(Track::Party), 'f', 0))
                       .arg(mix.operations)
                       .arg(locale.toString(mix.percent(Track::Operations), 'f', 0));
    TrainingClass draft;
    draft.joint = m_joint->isChecked();
    const QString warning = ClassCompletion::mixWarning(draft, mix, m_data.rules);
    if (!warning.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#b03a2e\">⚠ %1</span>").arg(warning.toHtmlEscaped());
    m_mix->setText(text);
}

TrainingClass ClassDialog::trainingClass() const
{
    TrainingClass c = m_original;
    c.name = m_name->text();
    c.kindId = m_kind->currentData().toLongLong();
    c.branchId = m_organiser->currentData().toLongLong();
    c.startsOn = m_startsOn->date();
    c.endsOn = m_endsOn->date();
    c.location = m_location->text();
    c.capacity = m_capacity->value();
    c.offTheJob = m_offTheJob->isChecked();
    c.joint = m_joint->isChecked();
    c.passMark = m_assessed->isChecked() ? std::optional<double>(m_passMark->value()) : std::nullopt;
    c.notes = m_notes->text();
    c.courseIds.clear();
    for (int i = 0; i < m_courses->count(); ++i)
        if (m_courses->item(i)->checkState() == Qt::Checked)
            c.courseIds.append(m_courses->item(i)->data(Qt::UserRole).toLongLong());
    c.days = daysFromTable();
    c.enrollments = m_cohort->enrollments();
    return c;
}

void ClassDialog::save()
{
    m_saver(trainingClass());
}

} // namespace rongpei
