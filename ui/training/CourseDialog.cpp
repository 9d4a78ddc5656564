#include "training/CourseDialog.h"

#include "common/EnumCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rongpei {

CourseDialog::CourseDialog(const Course &course, const QList<CourseCategory> &categories, Saver saver,
                           QWidget *parent)
    : RecordDialog(parent)
    , m_original(course)
    , m_saver(std::move(saver))
    , m_title(new QLineEdit(course.title, this))
    , m_category(new QComboBox(this))
    , m_side(enumCombo<TrainingSide>(this, QStringLiteral("side")))
    , m_teachingMode(enumCombo<TeachingMode>(this, QStringLiteral("teachingMode")))
    , m_hours(new QDoubleSpinBox(this))
    , m_provider(enumCombo<CourseProvider>(this, QStringLiteral("provider")))
    , m_description(new QPlainTextEdit(course.description, this))
    , m_active(new QCheckBox(tr("In &use: offered when a class is planned"), this))
{
    setWindowTitle(course.id > 0 ? tr("Edit course: %1").arg(course.title) : tr("New course"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(80);
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 48);
    m_category->setObjectName(QStringLiteral("category"));
    for (const CourseCategory &category : categories)
        m_category->addItem(category.name, category.id);
    m_category->setCurrentIndex(course.categoryId > 0 ? m_category->findData(course.categoryId) : 0);
    selectEnum(m_side, course.side);
    selectEnum(m_teachingMode, course.teachingMode);
    selectEnum(m_provider, course.provider);
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(0, 1000); // the repository decides what is allowed
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(course.hours);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(course.active);
    m_active->setToolTip(tr("A retired course stays on the classes that taught it, but is not offered "
                            "for new ones."));

    addCheckedRow(tr("&Title:"), m_title, CourseField::title);
    addCheckedRow(tr("&Category:"), m_category, CourseField::category);
    form()->addRow(tr("Mainly &serves:"), m_side);
    form()->addRow(tr("Teaching &mode:"), m_teachingMode);
    addCheckedRow(tr("&Hours:"), m_hours, CourseField::hours);
    form()->addRow(tr("&Provider:"), m_provider);
    form()->addRow(tr("&Description:"), m_description);
    form()->addRow(QString(), m_active);
    m_title->setFocus();
}

Course CourseDialog::course() const
{
    Course c = m_original;
    c.title = m_title->text();
    c.categoryId = m_category->currentData().toLongLong();
    c.side = selectedEnum<TrainingSide>(m_side);
    c.teachingMode = selectedEnum<TeachingMode>(m_teachingMode);
    c.hours = m_hours->value();
    c.provider = selectedEnum<CourseProvider>(m_provider);
    c.description = m_description->toPlainText();
    c.active = m_active->isChecked();
    return c;
}

void CourseDialog::save()
{
    m_saver(course());
}

} // namespace rongpei
