#include "training/FeedbackEntryModel.h"

#include <QColor>

#include <algorithm>

namespace rongpei {

FeedbackEntryModel::FeedbackEntryModel(QList<FeedbackQuestion> questions, QList<qint64> participants,
                                       QHash<qint64, CohortPerson> people, QObject *parent)
    : QAbstractTableModel(parent)
    , m_questions(std::move(questions))
    , m_participants(std::move(participants))
    , m_people(std::move(people))
{
    keepOneBlankRow();
}

int FeedbackEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FeedbackEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : commentsColumn() + 1;
}

QString FeedbackEntryModel::personName(qint64 cadreId) const
{
    if (cadreId <= 0)
        return tr("Anonymous");
    const CohortPerson person = m_people.value(cadreId);
    return tr("%1 (%2)").arg(person.name, person.employeeNumber);
}

QVariant FeedbackEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FeedbackForm &form = m_rows.at(index.row());
    const bool blank = index.row() == m_rows.size() - 1;
    const int column = index.column();
    if (column == ParticipantColumn) {
        if (role == Qt::EditRole)
            return form.anonymous ? qint64(0) : form.cadreId;
        if (role == Qt::DisplayRole)
            return blank ? tr("(new form)") : personName(form.anonymous ? 0 : form.cadreId);
        if (role == Qt::ForegroundRole && (blank || form.anonymous))
            return QColor(Qt::gray);
        return {};
    }
    if (isQuestionColumn(column)) {
        const qint64 question = m_questions.at(column - FirstQuestionColumn).id;
        const auto rating = form.ratings.constFind(question);
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return rating == form.ratings.cend() ? QVariant() : QVariant(*rating);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::BackgroundRole && rating != form.ratings.cend() &&
            (*rating < FeedbackScale::lowest || *rating > FeedbackScale::highest))
            return QColor(0xf5, 0xb7, 0xb1);
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return form.comments;
    return {};
}

bool FeedbackEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    FeedbackForm &form = m_rows[index.row()];
    const int column = index.column();
    if (column == ParticipantColumn) {
        const qint64 cadre = value.toLongLong();
        form.cadreId = cadre > 0 ? cadre : 0;
        form.anonymous = cadre <= 0;
    } else if (isQuestionColumn(column)) {
        const qint64 question = m_questions.at(column - FirstQuestionColumn).id;
        bool ok = false;
        const int rating = value.toInt(&ok);
        if (!ok || rating == 0 || value.toString().trimmed().isEmpty())
            form.ratings.remove(question);
        else
            form.ratings.insert(question, rating); // a rating off the scale is refused on save, with its form
    } else {
        form.comments = value.toString();
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), commentsColumn()));
    keepOneBlankRow();
    return true;
}

Qt::ItemFlags FeedbackEntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant FeedbackEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == ParticipantColumn)
        return tr("Participant");
    if (isQuestionColumn(section)) {
        const QString text = m_questions.at(section - FirstQuestionColumn).text;
        return role == Qt::ToolTipRole ? tr("%1: 1 (poor) to 5 (excellent)").arg(text) : text;
    }
    return tr("Comments");
}

void FeedbackEntryModel::setForms(QList<FeedbackForm> forms)
{
    beginResetModel();
    m_rows = std::move(forms);
    m_rows.append(FeedbackForm{QString(), 0, true, {}, {}});
    endResetModel();
}

QList<FeedbackForm> FeedbackEntryModel::forms() const
{
    QList<FeedbackForm> result;
    for (const FeedbackForm &form : m_rows)
        if (!isBlank(form))
            result.append(form);
    return result;
}

void FeedbackEntryModel::removeForms(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= m_rows.size() - 1)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

bool FeedbackEntryModel::isBlank(const FeedbackForm &form)
{
    return form.uuid.isEmpty() && form.ratings.isEmpty() && form.comments.trimmed().isEmpty() &&
           (form.anonymous || form.cadreId == 0);
}

void FeedbackEntryModel::keepOneBlankRow()
{
    if (!m_rows.isEmpty() && isBlank(m_rows.last()))
        return;
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(FeedbackForm{QString(), 0, true, {}, {}});
    endInsertRows();
}

} // namespace rongpei
