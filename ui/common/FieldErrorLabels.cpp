#include "common/FieldErrorLabels.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rongpei {

namespace {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

/// Hides `error` as soon as the user changes `field`: the message was about the old value.
void clearOnEdit(QWidget *field, QLabel *error)
{
    const auto hide = [error] {
        error->clear();
        error->hide();
    };
    if (auto *line = qobject_cast<QLineEdit *>(field))
        QObject::connect(line, &QLineEdit::textEdited, error, hide);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        QObject::connect(combo, &QComboBox::currentIndexChanged, error, hide);
    else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(field)) // QDateEdit and QTimeEdit too
        QObject::connect(dateTime, &QDateTimeEdit::dateTimeChanged, error, hide);
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        QObject::connect(spin, &QSpinBox::valueChanged, error, hide);
    else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(field))
        QObject::connect(doubleSpin, &QDoubleSpinBox::valueChanged, error, hide);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        QObject::connect(text, &QPlainTextEdit::textChanged, error, hide);
    else if (auto *button = qobject_cast<QAbstractButton *>(field))
        QObject::connect(button, &QAbstractButton::toggled, error, hide);
}

} // namespace

FieldErrorLabels::FieldErrorLabels(QLabel *generalLabel)
    : m_general(generalLabel)
{
    m_general->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_general->setWordWrap(true);
    m_general->hide();
}

void FieldErrorLabels::addRow(QFormLayout *form, const QString &label, QWidget *field,
                              const QString &fieldKey)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(cell);
    layout->addWidget(field);
    QLabel *error = makeErrorLabel(cell);
    error->setObjectName(fieldKey + QStringLiteral("Error"));
    layout->addWidget(error);
    form->addRow(label, cell);
    if (auto *rowLabel = qobject_cast<QLabel *>(form->labelForField(cell)))
        rowLabel->setBuddy(field);
    clearOnEdit(field, error);
    m_entries.insert(fieldKey, {field, error});
}

void FieldErrorLabels::clear()
{
    m_general->clear();
    m_general->hide();
    for (const Entry &entry : std::as_const(m_entries)) {
        entry.label->clear();
        entry.label->hide();
    }
}

void FieldErrorLabels::clearField(const QString &fieldKey)
{
    const auto it = m_entries.constFind(fieldKey);
    if (it != m_entries.constEnd() && it->label) {
        it->label->clear();
        it->label->hide();
    }
}

void FieldErrorLabels::show(const QList<FieldError> &errors)
{
    clear();
    QWidget *firstField = nullptr;
    QStringList general;
    for (const FieldError &error : errors) {
        const auto it = m_entries.constFind(error.field);
        if (it == m_entries.constEnd()) {
            general.append(error.message);
            continue;
        }
        const QString existing = it->label->text();
        it->label->setText(existing.isEmpty() ? error.message : existing + u'\n' + error.message);
        it->label->show();
        if (!firstField)
            firstField = it->field;
    }
    if (!general.isEmpty()) {
        m_general->setText(general.join(u'\n'));
        m_general->show();
    }
    if (firstField)
        firstField->setFocus(Qt::OtherFocusReason);
}

QString FieldErrorLabels::textFor(const QString &fieldKey) const
{
    const auto it = m_entries.constFind(fieldKey);
    return it == m_entries.constEnd() ? m_general->text() : it->label->text();
}

} // namespace rongpei
