#include "rotation/RotationDialog.h"

#include "common/BranchCombo.h"
#include "common/EnumCombo.h"
#include "common/OptionalDateEdit.h"
#include "rotation/EvaluationBox.h"
#include "rotation/PostTrack.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace rongpei {

namespace {

QPlainTextEdit *textBox(QWidget *parent, const QString &text, const QString &name, int lines)
{
    auto *box = new QPlainTextEdit(text, parent);
    box->setObjectName(name);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

QDateEdit *dateBox(QWidget *parent, QDate date, const QString &name)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

RotationDialog::RotationDialog(const Rotation &rotation, RotationDialogData dialogData, Saver saver,
                               QWidget *parent)
    : RecordDialog(parent)
    , m_original(rotation)
    , m_data(std::move(dialogData))
    , m_saver(std::move(saver))
    , m_cadreId(rotation.cadreId)
    , m_mentorId(rotation.mentorId)
    , m_cadreLabel(new QLabel(this))
    , m_kind(enumCombo<RotationKind>(this, QStringLiteral("kind")))
    , m_fromUnit(new QComboBox(this))
    , m_fromPost(new QLineEdit(rotation.fromPost, this))
    , m_toUnit(new QComboBox(this))
    , m_toPost(new QLineEdit(rotation.toPost, this))
    , m_toTrack(new QComboBox(this))
    , m_direction(new QLabel(this))
    , m_plannedStart(dateBox(this, rotation.plannedStart, QStringLiteral("plannedStart")))
    , m_plannedEnd(dateBox(this, rotation.plannedEnd, QStringLiteral("plannedEnd")))
    , m_actualStart(new OptionalDateEdit(this))
    , m_actualEnd(new OptionalDateEdit(this))
    , m_extendedTo(new OptionalDateEdit(this))
    , m_extensionReference(new QLineEdit(rotation.extensionReference, this))
    , m_mentorLabel(new QLabel(this))
    , m_approvalNumber(new QLineEdit(rotation.approvalNumber, this))
    , m_goals(textBox(this, rotation.goals, QStringLiteral("goals"), 3))
    , m_selfSummary(textBox(this, rotation.selfSummary, QStringLiteral("selfSummary"), 3))
    , m_cancelled(new QCheckBox(tr("Ca&ncelled: the rotation will not take place or was called off"), this))
    , m_notes(textBox(this, rotation.notes, QStringLiteral("notes"), 2))
    , m_midTerm(new EvaluationBox(EvaluationStage::MidTerm, this))
    , m_final(new EvaluationBox(EvaluationStage::Final, this))
{
    setWindowTitle(rotation.id > 0 ? tr("Edit rotation") : tr("New rotation"));
    m_cadreLabel->setObjectName(QStringLiteral("cadre"));
    m_cadreLabel->setText(m_cadreId > 0 ? m_data.describeCadre(m_cadreId) : tr("(choose a cadre)"));
    auto *cadreRow = new QHBoxLayout;
    cadreRow->addWidget(m_cadreLabel, 1);
    if (m_data.pickCadre) {
        auto *choose = new QPushButton(tr("C&hoose…"), this);
        choose->setObjectName(QStringLiteral("chooseCadre"));
        connect(choose, &QPushButton::clicked, this, &RotationDialog::chooseCadre);
        cadreRow->addWidget(choose);
    }
    auto *cadreField = new QWidget(this);
    cadreField->setLayout(cadreRow);
    cadreRow->setContentsMargins(0, 0, 0, 0);

    selectEnum(m_kind, rotation.kind);
    m_fromUnit->setObjectName(QStringLiteral("fromUnit"));
    fillAnyUnitCombo(m_fromUnit, m_data.units);
    m_fromUnit->insertItem(0, tr("(not recorded)"), qint64(0));
    m_fromUnit->setCurrentIndex(qMax(0, m_fromUnit->findData(rotation.fromUnitId)));
    m_toUnit->setObjectName(QStringLiteral("toUnit"));
    fillAnyUnitCombo(m_toUnit, m_data.units);
    m_toUnit->setCurrentIndex(rotation.toUnitId > 0 ? m_toUnit->findData(rotation.toUnitId) : -1);
    for (QLineEdit *post : {m_fromPost, m_toPost}) {
        post->setMaxLength(200);
        post->setMinimumWidth(post->fontMetrics().averageCharWidth() * 40);
    }
    m_fromPost->setObjectName(QStringLiteral("fromPost"));
    m_toPost->setObjectName(QStringLiteral("toPost"));
    m_toTrack->setObjectName(QStringLiteral("toTrack"));
    m_toTrack->addItem(tr("Tell from the post"), -1);
    for (const Track track : enumValues<Track>())
        m_toTrack->addItem(enumLabel(track), static_cast<int>(track));
    m_toTrack->setCurrentIndex(rotation.trackStated && rotation.toTrack
                                   ? m_toTrack->findData(static_cast<int>(*rotation.toTrack))
                                   : 0);
    m_toTrack->setToolTip(
        tr("Whether the host post is party affairs or operations. RongPei tells it from "
           "words of the post (书记, 组织委员 … or 经理, 车间主任 …); state it where it cannot."));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_actualStart->setObjectName(QStringLiteral("actualStart"));
    m_actualStart->setOptionalDate(rotation.actualStart);
    m_actualEnd->setObjectName(QStringLiteral("actualEnd"));
    m_actualEnd->setOptionalDate(rotation.actualEnd);
    m_extendedTo->setObjectName(QStringLiteral("extendedTo"));
    m_extendedTo->setOptionalDate(rotation.extendedTo);
    m_extensionReference->setObjectName(QStringLiteral("extensionReference"));
    m_extensionReference->setPlaceholderText(tr("Approval of the extension, e.g. its document number"));
    m_approvalNumber->setObjectName(QStringLiteral("approvalNumber"));
    m_mentorLabel->setObjectName(QStringLiteral("mentor"));
    auto *mentorRow = new QHBoxLayout;
    mentorRow->setContentsMargins(0, 0, 0, 0);
    mentorRow->addWidget(m_mentorLabel, 1);
    auto *chooseMentor = new QPushButton(tr("Choose &mentor…"), this);
    chooseMentor->setObjectName(QStringLiteral("chooseMentor"));
    connect(chooseMentor, &QPushButton::clicked, this, &RotationDialog::chooseMentor);
    auto *noMentor = new QPushButton(tr("None"), this);
    connect(noMentor, &QPushButton::clicked, this, &RotationDialog::clearMentor);
    mentorRow->addWidget(chooseMentor);
    mentorRow->addWidget(noMentor);
    auto *mentorField = new QWidget(this);
    mentorField->setLayout(mentorRow);
    m_mentorLabel->setText(m_mentorId > 0 ? m_data.describeCadre(m_mentorId) : tr("(none)"));
    m_cancelled->setObjectName(QStringLiteral("cancelled"));
    m_cancelled->setChecked(rotation.cancelled);
    const QDate defaultDay =
        qMin(m_data.today, rotation.scheduledEnd().isValid() ? rotation.scheduledEnd() : m_data.today);
    m_midTerm->setEvaluation(rotation.midTermEvaluation, defaultDay);
    m_final->setEvaluation(rotation.finalEvaluation, defaultDay);

    addCheckedRow(tr("Cadre:"), cadreField, RotationField::cadre);
    form()->addRow(tr("&Kind:"), m_kind);
    addCheckedRow(tr("&From unit:"), m_fromUnit, RotationField::fromUnit);
    form()->addRow(tr("From p&ost:"), m_fromPost);
    addCheckedRow(tr("&Host unit:"), m_toUnit, RotationField::toUnit);
    addCheckedRow(tr("Host &post:"), m_toPost, RotationField::toPost);
    addCheckedRow(tr("Host post's &track:"), m_toTrack, RotationField::toTrack);
    form()->addRow(tr("Direction:"), m_direction);
    addCheckedRow(tr("Planned &start:"), m_plannedStart, RotationField::plannedStart);
    addCheckedRow(tr("Planned &end:"), m_plannedEnd, RotationField::plannedEnd);
    addCheckedRow(tr("&Actual start:"), m_actualStart, RotationField::actualStart);
    addCheckedRow(tr("Act&ual end:"), m_actualEnd, RotationField::actualEnd);
    addCheckedRow(tr("E&xtended to:"), m_extendedTo, RotationField::extendedTo);
    form()->addRow(tr("Extension approved by:"), m_extensionReference);
    addCheckedRow(tr("Mentor:"), mentorField, RotationField::mentor);
    form()->addRow(tr("Approval document &no.:"), m_approvalNumber);
    addCheckedRow(tr("&Goals:"), m_goals, RotationField::text);
    form()->addRow(tr("Self-s&ummary:"), m_selfSummary);
    form()->addRow(tr("No&tes:"), m_notes);
    form()->addRow(QString(), m_cancelled);
    addCheckedRow(QString(), m_midTerm, RotationField::midTermEvaluation);
    addCheckedRow(QString(), m_final, RotationField::finalEvaluation);

    connect(m_toPost, &QLineEdit::textChanged, this, &RotationDialog::showDirection);
    connect(m_toTrack, &QComboBox::currentIndexChanged, this, &RotationDialog::showDirection);
    showDirection();
    m_kind->setFocus();
}

void RotationDialog::setCadre(const Cadre &cadre)
{
    m_cadreId = cadre.id;
    m_original.fromTrack = cadre.track;
    m_cadreLabel->setText(m_data.describeCadre(cadre.id));
    const qint64 home = cadre.departmentId > 0 ? cadre.departmentId : cadre.branchId;
    m_fromUnit->setCurrentIndex(qMax(0, m_fromUnit->findData(home)));
    m_fromPost->setText(cadre.post);
    showDirection();
}

void RotationDialog::chooseCadre()
{
    if (const std::optional<Cadre> cadre = m_data.pickCadre(this))
        setCadre(*cadre);
}

void RotationDialog::chooseMentor()
{
    if (const std::optional<Cadre> mentor = m_data.pickMentor(this)) {
        m_mentorId = mentor->id;
        m_mentorLabel->setText(m_data.describeCadre(mentor->id));
    }
}

void RotationDialog::clearMentor()
{
    m_mentorId = 0;
    m_mentorLabel->setText(tr("(none)"));
}

void RotationDialog::showDirection()
{
    const int stated = m_toTrack->currentData().toInt();
    const std::optional<Track> to =
        stated >= 0 ? std::optional(static_cast<Track>(stated)) : trackOfPost(m_toPost->text());
    if (!to) {
        m_direction->setText(tr("State the host post's track: RongPei cannot tell it from the post."));
        return;
    }
    Rotation shown;
    shown.fromTrack = m_original.fromTrack;
    shown.toTrack = to;
    m_direction->setText(stated >= 0 ? enumLabel(shown.direction())
                                     : tr("%1 (told from the post)").arg(enumLabel(shown.direction())));
}

Rotation RotationDialog::rotation() const
{
    Rotation r = m_original;
    r.cadreId = m_cadreId;
    r.kind = selectedEnum<RotationKind>(m_kind);
    r.fromUnitId = m_fromUnit->currentData().toLongLong();
    r.fromPost = m_fromPost->text();
    r.toUnitId = m_toUnit->currentIndex() >= 0 ? m_toUnit->currentData().toLongLong() : 0;
    r.toPost = m_toPost->text();
    const int stated = m_toTrack->currentData().toInt();
    r.trackStated = stated >= 0;
    r.toTrack = r.trackStated ? std::optional(static_cast<Track>(stated)) : std::nullopt;
    r.plannedStart = m_plannedStart->date();
    r.plannedEnd = m_plannedEnd->date();
    r.actualStart = m_actualStart->optionalDate();
    r.actualEnd = m_actualEnd->optionalDate();
    r.extendedTo = m_extendedTo->optionalDate();
    r.extensionReference = m_extensionReference->text();
    r.mentorId = m_mentorId;
    r.approvalNumber = m_approvalNumber->text();
    r.goals = m_goals->toPlainText();
    r.selfSummary = m_selfSummary->toPlainText();
    r.notes = m_notes->toPlainText();
    r.cancelled = m_cancelled->isChecked();
    r.midTermEvaluation = m_midTerm->evaluation();
    r.finalEvaluation = m_final->evaluation();
    return r;
}

void RotationDialog::save()
{
    m_saver(rotation());
}

} // namespace rongpei
