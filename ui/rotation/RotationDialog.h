#pragma once

#include "common/RecordDialog.h"
#include "organization/Organization.h"
#include "rotation/Rotation.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rongpei {

class EvaluationBox;
class OptionalDateEdit;

/// What the rotation dialog offers and how it asks the rest of RongPei.
struct RotationDialogData
{
    QList<Organization> units;
    /// How a cadre is named in the dialog ("张伟 (E0001, 第一党支部)").
    std::function<QString(qint64 cadreId)> describeCadre;
    /// Chooses a cadre of the roster; empty: the rotation's cadre is fixed.
    std::function<std::optional<Cadre>(QWidget *parent)> pickCadre;
    /// Chooses the mentor.
    std::function<std::optional<Cadre>(QWidget *parent)> pickMentor;
    QDate today;
};

/// Adds or edits a rotation (轮岗交流 / 挂职锻炼) with its evaluations. The direction across the two
/// tracks is derived from the host post unless the clerk states the post's track. Stays open with
/// each message on its field until the saver accepts the rotation.
class RotationDialog final : public RecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<void(const Rotation &rotation)>;

    RotationDialog(const Rotation &rotation, RotationDialogData dialogData, Saver saver,
                   QWidget *parent = nullptr);

    Rotation rotation() const;
    QString errorText(const QString &fieldKey) const { return errors().textFor(fieldKey); }
    /// Takes `cadre` as the one who rotates, their unit and post as where they rotate from.
    void setCadre(const Cadre &cadre);

public slots:
    void chooseCadre();
    void chooseMentor();
    void clearMentor();

protected:
    void save() override;

private:
    void showDirection();

    Rotation m_original;
    RotationDialogData m_data;
    Saver m_saver;
    qint64 m_cadreId;
    qint64 m_mentorId;
    QLabel *m_cadreLabel;
    QComboBox *m_kind;
    QComboBox *m_fromUnit;
    QLineEdit *m_fromPost;
    QComboBox *m_toUnit;
    QLineEdit *m_toPost;
    QComboBox *m_toTrack;
    QLabel *m_direction;
    QDateEdit *m_plannedStart;
    QDateEdit *m_plannedEnd;
    OptionalDateEdit *m_actualStart;
    OptionalDateEdit *m_actualEnd;
    OptionalDateEdit *m_extendedTo;
    QLineEdit *m_extensionReference;
    QLabel *m_mentorLabel;
    QLineEdit *m_approvalNumber;
    QPlainTextEdit *m_goals;
    QPlainTextEdit *m_selfSummary;
    QCheckBox *m_cancelled;
    QPlainTextEdit *m_notes;
    EvaluationBox *m_midTerm;
    EvaluationBox *m_final;
};

} // namespace rongpei
