#include "roster/CadreDialog.h"

#include "common/BranchCombo.h"
#include "common/EnumCombo.h"
#include "common/Localization.h"
#include "common/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rongpei {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(displayDateFormat());
    edit->setMinimumDate(QDate(1900, 1, 1));
    return edit;
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

CadreDialog::CadreDialog(const QList<Organization> &organizations, const Cadre &cadre, QDate today,
                         Saver saver, QWidget *parent)
    : RecordDialog(parent)
    , m_original(cadre)
    , m_organizations(organizations)
    , m_saver(std::move(saver))
{
    setWindowTitle(cadre.id > 0 ? tr("Edit cadre: %1").arg(cadre.name) : tr("New cadre"));

    m_name = lineEdit(this, CadreField::name, 40);
    m_employeeNumber = lineEdit(this, CadreField::employeeNumber, 20);
    m_gender = enumCombo<Gender>(this, QStringLiteral("gender"));
    m_birthDate = dateEdit(this, CadreField::birthDate);
    m_branch = new QComboBox(this);
    m_branch->setObjectName(CadreField::branch);
    m_department = new QComboBox(this);
    m_department->setObjectName(CadreField::department);
    m_post = lineEdit(this, CadreField::post, 40);
    m_level = enumCombo<CadreLevel>(this, QStringLiteral("level"));
    m_track = enumCombo<Track>(this, QStringLiteral("track"));
    m_partyStatus = enumCombo<PartyStatus>(this, QStringLiteral("partyStatus"));
    m_recruitmentStage = enumCombo<RecruitmentStage>(this, QStringLiteral("recruitmentStage"));
    m_partyRole = enumCombo<PartyRole>(this, CadreField::partyRole);
    m_partyRole->setToolTip(
        tr("A role on the committee of the cadre's branch (支部委员会), one holder each; the "
           "job post is entered under Post."));
    m_recruitmentStage->setToolTip(
        tr("For a cadre not yet in the Party: applicant, activist or candidate for "
           "membership. It is not a 政治面貌."));
    m_partyJoinedOn = dateEdit(this, CadreField::partyJoinedOn);
    m_phone = lineEdit(this, CadreField::phone, 20);
    m_idNumber = lineEdit(this, CadreField::idNumber, 18);
    m_employmentStatus = enumCombo<EmploymentStatus>(this, QStringLiteral("employmentStatus"));
    m_hiredOn = new OptionalDateEdit(this);
    m_hiredOn->setObjectName(CadreField::hiredOn);
    m_leftOn = new OptionalDateEdit(this);
    m_leftOn->setObjectName(CadreField::leftOn);
    m_leftOn->setToolTip(tr("The first day the cadre was no longer at work: roll calls and hour requirements "
                            "judge the cadre by it at each session's date."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(CadreField::notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);

    fillBranchCombo(m_branch, organizations);

    addCheckedRow(tr("&Name:"), m_name, CadreField::name);
    addCheckedRow(tr("E&mployee no.:"), m_employeeNumber, CadreField::employeeNumber);
    form()->addRow(tr("&Gender:"), m_gender);
    addCheckedRow(tr("Date of &birth:"), m_birthDate, CadreField::birthDate);
    addCheckedRow(tr("&ID number:"), m_idNumber, CadreField::idNumber);
    addCheckedRow(tr("Party b&ranch:"), m_branch, CadreField::branch);
    addCheckedRow(tr("&Department:"), m_department, CadreField::department);
    addCheckedRow(tr("&Post:"), m_post, CadreField::post);
    form()->addRow(tr("&Level:"), m_level);
    form()->addRow(tr("&Track:"), m_track);
    form()->addRow(tr("Party &status:"), m_partyStatus);
    form()->addRow(tr("Re&cruitment stage:"), m_recruitmentStage);
    addCheckedRow(tr("&Joined the Party:"), m_partyJoinedOn, CadreField::partyJoinedOn);
    addCheckedRow(tr("Party &function:"), m_partyRole, CadreField::partyRole);
    addCheckedRow(tr("P&hone:"), m_phone, CadreField::phone);
    form()->addRow(tr("&Employment:"), m_employmentStatus);
    addCheckedRow(tr("Hire d&ate:"), m_hiredOn, CadreField::hiredOn);
    addCheckedRow(tr("Lea&ving date:"), m_leftOn, CadreField::leftOn);
    addCheckedRow(tr("N&otes:"), m_notes, CadreField::notes);

    // Fill the fields from the record.
    m_name->setText(cadre.name);
    m_employeeNumber->setText(cadre.employeeNumber);
    selectEnum(m_gender, cadre.gender);
    m_birthDate->setMaximumDate(today);
    m_birthDate->setDate(cadre.birthDate.isValid() ? cadre.birthDate : today.addYears(-30));
    const int branchIndex = m_branch->findData(cadre.branchId);
    m_branch->setCurrentIndex(cadre.branchId > 0 ? branchIndex : (m_branch->count() > 0 ? 0 : -1));
    fillDepartments();
    m_department->setCurrentIndex(qMax(0, m_department->findData(cadre.departmentId)));
    m_post->setText(cadre.post);
    selectEnum(m_level, cadre.level);
    selectEnum(m_track, cadre.track);
    selectEnum(m_partyStatus, cadre.partyStatus);
    selectEnum(m_recruitmentStage, cadre.recruitmentStage);
    selectEnum(m_partyRole, cadre.partyRole);
    m_partyJoinedOn->setMaximumDate(today);
    m_partyJoinedOn->setDate(cadre.partyJoinedOn.isValid() ? cadre.partyJoinedOn : today);
    m_phone->setText(cadre.phone);
    m_idNumber->setText(cadre.idNumber);
    selectEnum(m_employmentStatus, cadre.employmentStatus);
    m_hiredOn->setOptionalDate(cadre.hiredOn);
    m_leftOn->setOptionalDate(cadre.leftOn);
    m_notes->setPlainText(cadre.notes);
    updatePartyDate();

    connect(m_branch, &QComboBox::currentIndexChanged, this, &CadreDialog::fillDepartments);
    connect(m_partyStatus, &QComboBox::currentIndexChanged, this, &CadreDialog::updatePartyDate);
    m_name->setFocus();
}

Cadre CadreDialog::cadre() const
{
    Cadre c = m_original;
    c.name = m_name->text();
    c.employeeNumber = m_employeeNumber->text();
    c.gender = selectedEnum<Gender>(m_gender);
    c.birthDate = m_birthDate->date();
    c.branchId = m_branch->currentData().toLongLong();
    c.departmentId = m_department->currentData().toLongLong();
    c.post = m_post->text();
    c.level = selectedEnum<CadreLevel>(m_level);
    c.track = selectedEnum<Track>(m_track);
    c.partyStatus = selectedEnum<PartyStatus>(m_partyStatus);
    c.partyJoinedOn = hasJoinedParty(c.partyStatus) ? m_partyJoinedOn->date() : QDate();
    c.partyRole =
        c.partyStatus == PartyStatus::Member ? selectedEnum<PartyRole>(m_partyRole) : PartyRole::None;
    c.recruitmentStage = hasJoinedParty(c.partyStatus) ? RecruitmentStage::None
                                                       : selectedEnum<RecruitmentStage>(m_recruitmentStage);
    c.phone = m_phone->text();
    c.idNumber = m_idNumber->text();
    c.employmentStatus = selectedEnum<EmploymentStatus>(m_employmentStatus);
    c.hiredOn = m_hiredOn->optionalDate();
    c.leftOn = m_leftOn->optionalDate();
    c.notes = m_notes->toPlainText();
    return c;
}

void CadreDialog::save()
{
    m_saver(cadre());
}

void CadreDialog::fillDepartments()
{
    const qint64 branchId = m_branch->currentData().toLongLong();
    const qint64 previous = m_department->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("(none)"), qint64(0));
    for (const Organization &organization : std::as_const(m_organizations))
        if (organization.kind == OrganizationKind::Department && organization.parentId == branchId)
            m_department->addItem(organization.name, organization.id);
    m_department->setCurrentIndex(qMax(0, m_department->findData(previous)));
}

void CadreDialog::updatePartyDate()
{
    const bool joined = hasJoinedParty(selectedEnum<PartyStatus>(m_partyStatus));
    m_partyJoinedOn->setEnabled(joined);
    m_recruitmentStage->setEnabled(!joined); // a member is past every stage
    m_partyRole->setEnabled(selectedEnum<PartyStatus>(m_partyStatus) == PartyStatus::Member);
}

} // namespace rongpei
