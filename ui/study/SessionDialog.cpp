#include "study/SessionDialog.h"

#include "common/BranchCombo.h"
#include "common/EnumCombo.h"
#include "common/Localization.h"
#include "common/WindowSize.h"
#include "study/RollCall.h"
#include "study/RollCallModel.h"
#include "study/StudySessionValidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rongpei {

namespace {

/// Edits a roll-call status with a combo box.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return enumCombo<AttendanceStatus>(parent, QStringLiteral("statusEditor"));
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

} // namespace

SessionDialog::SessionDialog(SessionDialogData dialogData, const StudySession &session, Saver saver,
                             QWidget *parent)
    : RecordDialog(parent)
    , m_data(std::move(dialogData))
    , m_original(session)
    , m_saver(std::move(saver))
    , m_kind(new QComboBox(this))
    , m_state(enumCombo<SessionState>(this, QStringLiteral("state")))
    , m_topic(new QLineEdit(this))
    , m_content(new QPlainTextEdit(this))
    , m_speaker(new QLineEdit(this))
    , m_branch(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_hoursRule(new QLabel(this))
    , m_location(new QLineEdit(this))
    , m_notes(new QLineEdit(this))
    , m_rollCallView(new QTableView(this))
    , m_counts(new QLabel(this))
{
    setWindowTitle(session.id > 0 ? tr("Edit study session") : tr("New study session"));

    QHash<qint64, QString> unitNames;
    for (const Organization &unit : std::as_const(m_data.units)) {
        unitNames.insert(unit.id, unit.name);
    }
    fillHostCombo(m_branch, m_data.units);
    QHash<qint64, RollCallPerson> people;
    for (const Cadre &cadre : std::as_const(m_data.cadres))
        people.insert(cadre.id,
                      {cadre.name, cadre.employeeNumber,
                       unitNames.value(cadre.departmentId > 0 ? cadre.departmentId : cadre.branchId)});
    m_rollCall = new RollCallModel(std::move(people), this);

    m_kind->setObjectName(QStringLiteral("kind"));
    for (const StudyKind &kind : std::as_const(m_data.kinds))
        m_kind->addItem(kind.name, kind.id);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setMaxLength(StudySessionValidator::maxTopicLength);
    m_content->setObjectName(QStringLiteral("content"));
    m_content->setPlaceholderText(tr("Documents, chapters or speeches studied"));
    m_content->setFixedHeight(m_content->fontMetrics().lineSpacing() * 3 + 12);
    m_content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_content->setTabChangesFocus(true);
    m_speaker->setObjectName(QStringLiteral("speaker"));
    m_branch->setObjectName(QStringLiteral("branch"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(displayDateFormat());
    for (QTimeEdit *time : {m_start, m_end})
        time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setObjectName(QStringLiteral("startTime"));
    m_end->setObjectName(QStringLiteral("endTime"));
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(0, StudySessionValidator::maxHours);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_location->setObjectName(QStringLiteral("location"));
    m_notes->setObjectName(QStringLiteral("notes"));

    auto *time = new QWidget(this);
    auto *timeLayout = new QHBoxLayout(time);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_date);
    timeLayout->addWidget(m_start);
    timeLayout->addWidget(new QLabel(QStringLiteral("–"), time));
    timeLayout->addWidget(m_end);
    timeLayout->addStretch();
    auto *hours = new QWidget(this);
    auto *hoursLayout = new QHBoxLayout(hours);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    hoursLayout->addWidget(m_hours);
    hoursLayout->addWidget(m_hoursRule, 1);
    m_hoursRule->setObjectName(QStringLiteral("hoursRule"));
    m_hoursRule->setStyleSheet(QStringLiteral("color: palette(dark)"));

    addCheckedRow(tr("&Kind:"), m_kind, StudySessionField::kind);
    addCheckedRow(tr("&State:"), m_state, QString());
    addCheckedRow(tr("&Topic:"), m_topic, StudySessionField::topic);
    addCheckedRow(tr("Study &content:"), m_content, QString());
    addCheckedRow(tr("Speak&er:"), m_speaker, QString());
    addCheckedRow(tr("Hosted &by:"), m_branch, StudySessionField::branch);
    addCheckedRow(tr("&Date and time:"), time, StudySessionField::date);
    auto *endTimeMessage = new QWidget(this); // carries the end time's message under the times
    endTimeMessage->setFixedHeight(0);
    addCheckedRow(QString(), endTimeMessage, StudySessionField::endTime);
    addCheckedRow(tr("&Hours (学时):"), hours, StudySessionField::hours);
    addCheckedRow(tr("&Location:"), m_location, QString());
    addCheckedRow(tr("&Notes:"), m_notes, QString());

    // The roll call: tick off who came; Space toggles the current line.
    m_rollCallView->setObjectName(QStringLiteral("rollCall"));
    m_rollCallView->setModel(m_rollCall);
    m_rollCallView->setItemDelegateForColumn(RollCallModel::StatusColumn, new StatusDelegate(m_rollCallView));
    m_rollCallView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rollCallView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rollCallView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                    QAbstractItemView::EditKeyPressed);
    m_rollCallView->verticalHeader()->hide();
    m_rollCallView->horizontalHeader()->setStretchLastSection(true);
    m_rollCallView->verticalHeader()->setDefaultSectionSize(m_rollCallView->fontMetrics().height() + 8);
    m_rollCallView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_rollCallView->setMinimumHeight(160);
    for (int column : {RollCallModel::NumberColumn, RollCallModel::PresentColumn})
        m_rollCallView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_rollCallView->setColumnWidth(RollCallModel::NameColumn, 110);
    m_rollCallView->setColumnWidth(RollCallModel::UnitColumn, 220);
    connect(m_rollCallView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == RollCallModel::PresentColumn) {
            m_rollCall->togglePresent(index.row());
            m_rollCallEdited = true;
        }
    });
    auto *space =
        new QShortcut(QKeySequence(Qt::Key_Space), m_rollCallView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, [this] {
        const QModelIndex current = m_rollCallView->currentIndex();
        if (current.isValid()) {
            m_rollCall->togglePresent(current.row());
            m_rollCallEdited = true;
        }
    });

    auto *allPresent = button(tr("All &present"), QStringLiteral("allPresent"), this);
    auto *invert = button(tr("&Invert"), QStringLiteral("invert"), this);
    auto *add = button(tr("&Add cadres…"), QStringLiteral("addCadres"), this);
    auto *remove = button(tr("&Remove"), QStringLiteral("removeLines"), this);
    auto *reset = button(tr("Branch &members"), QStringLiteral("fillFromBranch"), this);
    reset->setToolTip(tr("Start the roll call again from the host branch's cadres"));
    connect(allPresent, &QPushButton::clicked, this, [this] {
        m_rollCall->setAllPresent();
        m_rollCallEdited = true;
    });
    connect(invert, &QPushButton::clicked, this, [this] {
        m_rollCall->invert();
        m_rollCallEdited = true;
    });
    connect(add, &QPushButton::clicked, this, &SessionDialog::addCadres);
    connect(remove, &QPushButton::clicked, this, &SessionDialog::removeSelectedLines);
    connect(reset, &QPushButton::clicked, this, &SessionDialog::fillFromBranch);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {allPresent, invert, add, remove, reset})
        actions->addWidget(b);
    actions->addStretch();
    m_counts->setObjectName(QStringLiteral("counts"));
    actions->addWidget(m_counts);

    auto *rollCall = new QWidget(this);
    auto *rollCallLayout = new QVBoxLayout(rollCall);
    rollCallLayout->setContentsMargins(0, 0, 0, 0);
    rollCallLayout->addLayout(actions);
    rollCallLayout->addWidget(m_rollCallView, 1);
    addCheckedRow(tr("Roll call:"), rollCall, StudySessionField::attendance);

    // Fill the fields; a new session gets its defaults from the kind and the branch.
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(session.kindId)));
    selectEnum(m_state, session.state);
    m_topic->setText(session.topic);
    m_content->setPlainText(session.content);
    m_speaker->setText(session.speaker);
    m_branch->setCurrentIndex(qMax(0, m_branch->findData(session.branchId)));
    if (session.id == 0 && session.kindId == 0) // a committee's new session is most likely its 中心组学习
        onHostChanged();
    m_date->setDate(session.date.isValid() ? session.date : m_data.today);
    m_start->setTime(session.startTime.isValid() ? session.startTime : QTime(14, 30));
    m_end->setTime(session.endTime.isValid() ? session.endTime : QTime(16, 30));
    m_location->setText(session.location);
    m_notes->setText(session.notes);
    m_rollCall->setInitialMark(RollCall::initialMark(session.state));
    if (session.id > 0) {
        m_hours->setValue(session.hours);
        m_hoursEdited = true;
        m_rollCallEdited = true;
        m_rollCall->setLines(session.attendance);
    } else {
        updateHours();
        fillFromBranch();
        m_rollCallEdited = false;
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SessionDialog::onKindOrBranchChanged);
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosen = true; });
    connect(m_branch, &QComboBox::currentIndexChanged, this, &SessionDialog::onHostChanged);
    connect(m_start, &QTimeEdit::timeChanged, this, &SessionDialog::updateHours);
    connect(m_end, &QTimeEdit::timeChanged, this, &SessionDialog::updateHours);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this,
            [this] { m_hoursEdited = m_hours->hasFocus() || m_hoursEdited; });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        const SessionState current = selectedEnum<SessionState>(m_state);
        const SessionState state =
            StudySessionValidator::stateForDate(date, m_data.today, current, m_plannedByDate);
        if (state != current) {
            m_plannedByDate = state == SessionState::Planned;
            selectEnum(m_state, state);
        }
        // Who is expected depends on the day: cadres hired after it, or gone before, are not.
        if (!m_rollCallEdited && m_original.id == 0)
            onKindOrBranchChanged();
    });
    connect(m_state, &QComboBox::activated, this, [this] { m_plannedByDate = false; });
    // A planned session's roll call is not taken yet: its lines start unmarked.
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_rollCall->setInitialMark(RollCall::initialMark(selectedEnum<SessionState>(m_state)));
        if (!m_rollCallEdited && m_original.id == 0)
            onKindOrBranchChanged();
    });
    connect(m_rollCall, &RollCallModel::countsChanged, this, &SessionDialog::updateCounts);
    connect(m_rollCall, &RollCallModel::countsChanged, this,
            [this] { errors().clearField(StudySessionField::attendance); });
    // Any mark, reason, added or removed line is the clerk's work: never refill over it.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_rollCall, signal, this, [this] { m_rollCallEdited = true; });
    connect(m_rollCall, &QAbstractItemModel::dataChanged, this, [this] { m_rollCallEdited = true; });
    updateCounts();
    resizeWithinScreen(this, QSize(920, 800));
}

StudySession SessionDialog::session() const
{
    StudySession s = m_original;
    s.kindId = m_kind->currentData().toLongLong();
    s.state = selectedEnum<SessionState>(m_state);
    s.topic = m_topic->text();
    s.content = m_content->toPlainText();
    s.speaker = m_speaker->text();
    s.branchId = m_branch->currentData().toLongLong();
    s.date = m_date->date();
    s.startTime = m_start->time();
    s.endTime = m_end->time();
    s.hours = m_hours->value();
    s.location = m_location->text();
    s.notes = m_notes->text();
    s.attendance = m_rollCall->lines();
    return s;
}

QString SessionDialog::countsText() const
{
    return m_counts->text();
}

void SessionDialog::save()
{
    m_saver(session());
}

bool SessionDialog::isCommittee(qint64 unitId) const
{
    return std::any_of(m_data.units.cbegin(), m_data.units.cend(), [unitId](const Organization &unit) {
        return unit.id == unitId && unit.kind == OrganizationKind::Committee;
    });
}

StudyKind SessionDialog::currentKind() const
{
    return kindById(m_data.kinds, m_kind->currentData().toLongLong());
}

void SessionDialog::updateHours()
{
    const HourConversion conversion = conversionFor(currentKind(), m_data.conversions);
    m_hoursRule->setText(conversion.name.isEmpty() ? QString() : tr("Counted as: %1").arg(conversion.name));
    m_hoursRule->setToolTip(conversion.source);
    if (!m_hoursEdited)
        m_hours->setValue(conversion.hoursFor(m_start->time(), m_end->time()));
}

void SessionDialog::onHostChanged()
{
    // A committee chosen to host a new session most likely holds its 中心组学习, unless the clerk
    // chose a kind.
    if (m_original.id == 0 && !m_kindChosen && isCommittee(m_branch->currentData().toLongLong())) {
        for (const StudyKind &kind : std::as_const(m_data.kinds))
            if (kind.code == QStringLiteral("central_group_study") && kind.id != currentKind().id) {
                const QSignalBlocker blocker(m_kind);
                m_kind->setCurrentIndex(m_kind->findData(kind.id));
            }
    }
    onKindOrBranchChanged();
}

void SessionDialog::onKindOrBranchChanged()
{
    updateHours();
    if (!m_rollCallEdited && m_original.id == 0) {
        fillFromBranch();
        m_rollCallEdited = false;
    }
}

void SessionDialog::fillFromBranch()
{
    const qint64 host = m_branch->currentData().toLongLong();
    const SessionState state = selectedEnum<SessionState>(m_state);
    m_rollCall->setLines(
        isCommittee(host)
            ? RollCall::expectedOfGroup(m_data.studyGroups.value(host), m_date->date(), state, m_data.cadres)
            : RollCall::expected(host, currentKind(), m_date->date(), state, m_data.cadres));
    m_rollCallEdited = true;
}

void SessionDialog::addCadres()
{
    if (!m_data.pickCadres)
        return;
    const QList<qint64> picked = m_data.pickCadres(this);
    if (picked.isEmpty())
        return;
    m_rollCall->append(picked);
    m_rollCallEdited = true;
}

void SessionDialog::removeSelectedLines()
{
    QList<int> rows;
    for (const QModelIndex &index : m_rollCallView->selectionModel()->selectedRows())
        rows.append(index.row());
    m_rollCall->removeLines(rows);
    m_rollCallEdited = true;
}

void SessionDialog::updateCounts()
{
    const RollCallCounts counts = m_rollCall->counts();
    QString text = tr("Expected %1 · present %2 · late %3 · excused %4 · absent %5")
                       .arg(counts.expected)
                       .arg(counts.present)
                       .arg(counts.late)
                       .arg(counts.excused)
                       .arg(counts.absent);
    if (counts.unmarked > 0)
        text += tr(" · not marked %1").arg(counts.unmarked);
    if (counts.rateBase(m_data.rateLeftOut) > 0)
        text += tr(" · attendance %1%").arg(qRound(counts.rate(m_data.rateLeftOut) * 100));
    m_counts->setText(text);
}

} // namespace rongpei
