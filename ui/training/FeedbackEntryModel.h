#pragma once

#include "training/CohortModel.h"
#include "training/Feedback.h"

#include <QAbstractTableModel>

namespace rongpei {

/// The feedback forms of a class being entered from paper: one row per form, the participant
/// (or anonymous), one column per question rated 1–5, and the comments. The last row is always
/// blank: typing in it starts a new form.
class FeedbackEntryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ParticipantColumn,
        FirstQuestionColumn // then one column per question, then the comments
    };

    FeedbackEntryModel(QList<FeedbackQuestion> questions, QList<qint64> participants,
                       QHash<qint64, CohortPerson> people, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The participant column takes a cadre id (0: anonymous); a question, its rating (0 clears).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setForms(QList<FeedbackForm> forms);
    /// The forms entered, less blank rows.
    QList<FeedbackForm> forms() const;
    void removeForms(QList<int> rows);
    int commentsColumn() const { return FirstQuestionColumn + static_cast<int>(m_questions.size()); }
    bool isQuestionColumn(int column) const
    {
        return column >= FirstQuestionColumn && column < commentsColumn();
    }
    /// The participants of the class, in list order, for the participant column's choices.
    const QList<qint64> &participants() const { return m_participants; }
    QString personName(qint64 cadreId) const;

private:
    static bool isBlank(const FeedbackForm &form);
    void keepOneBlankRow();

    QList<FeedbackQuestion> m_questions;
    QList<qint64> m_participants;
    QHash<qint64, CohortPerson> m_people;
    QList<FeedbackForm> m_rows; // the last one blank
};

} // namespace rongpei
