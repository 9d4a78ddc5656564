#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"
#include "roster/PostHistory.h"

#include <functional>

class QComboBox;
class QLineEdit;

namespace rongpei {

class OptionalDateEdit;

/// Adds or corrects one post of a cadre's history: from which day, where (a branch and
/// department, or a unit outside the enterprise), the post and the level.
class PostRecordDialog final : public RecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const PostRecord &record)>;

    PostRecordDialog(const PostRecord &record, const QList<Organization> &units, Saver saver,
                     QWidget *parent = nullptr);

    PostRecord record() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }

protected:
    void save() override;

private:
    void fillDepartments();

    PostRecord m_original;
    QList<Organization> m_units;
    Saver m_saver;
    OptionalDateEdit *m_effectiveOn;
    QComboBox *m_branch;
    QComboBox *m_department;
    QLineEdit *m_unitName;
    QLineEdit *m_post;
    QComboBox *m_level;
    QLineEdit *m_notes;
};

} // namespace rongpei
