#include "training/FeedbackRepository.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/RowReferences.h"
#include "storage/SqlValue.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace rongpei {

FeedbackRepository::FeedbackRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("feedback_form"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("feedback_rating"), [](qint64 count) {
        return tr("%n ratings of feedback forms", nullptr, static_cast<int>(count));
    });
    m_database.references().describe(QStringLiteral("feedback_form"), [](qint64 count) {
        return tr("%n feedback forms", nullptr, static_cast<int>(count));
    });
}

QList<FeedbackQuestion> FeedbackRepository::questions(bool activeOnly) const
{
    return questions(m_database, activeOnly);
}

QList<FeedbackQuestion> FeedbackRepository::questions(const Database &database, bool activeOnly)
{
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT id, uuid, coalesce(code, ''), text, position, active FROM feedback_question %1 "
            "ORDER BY position, id")
            .arg(activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    database.exec(query);
    QList<FeedbackQuestion> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toInt(), query.value(5).toBool()});
    return result;
}

QString FeedbackRepository::checkedQuestionText(qint64 id, const QString &input) const
{
    const QString text = input.simplified();
    if (text.isEmpty())
        throw ValidationError(QList<FieldError>{{FeedbackField::question, tr("Enter the question.")}});
    if (text.size() > maxQuestionLength)
        throw ValidationError(
            QList<FieldError>{{FeedbackField::question, tr("The question is longer than %n characters.",
                                                           nullptr, maxQuestionLength)}});
    QSqlQuery same = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM feedback_question WHERE text = ? AND id <> ?"));
    same.addBindValue(text);
    same.addBindValue(id);
    if (m_database.scalar(same).toInt() > 0)
        throw ValidationError(
            QList<FieldError>{{FeedbackField::question, tr("The form already asks \"%1\".").arg(text)}});
    return text;
}

qint64 FeedbackRepository::addQuestion(const QString &input)
{
    Transaction transaction(m_database);
    const QString text = checkedQuestionText(0, input);
    const QString now = m_clock.timestamp();
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO feedback_question (uuid, text, position, created_at, updated_at) VALUES (?, ?, (SELECT "
        "ifnull(max(position), 0) + 1 FROM feedback_question), ?, ?)"));
    query.addBindValue(SqlValue::newUuid());
    query.addBindValue(text);
    query.addBindValue(now);
    query.addBindValue(now);
    m_database.exec(query);
    const qint64 id = query.lastInsertId().toLongLong();
    transaction.commit();
    emit questionsChanged();
    return id;
}

void FeedbackRepository::updateQuestion(const FeedbackQuestion &question)
{
    Transaction transaction(m_database);
    const QString text = checkedQuestionText(question.id, question.text);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE feedback_question SET text = ?, active = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(text);
    query.addBindValue(question.active ? 1 : 0);
    query.addBindValue(m_clock.timestamp());
    query.addBindValue(question.id);
    m_database.exec(query);
    if (query.numRowsAffected() == 0)
        throw ValidationError(tr("This question no longer exists; it may have been deleted."));
    transaction.commit();
    emit questionsChanged();
}

void FeedbackRepository::removeQuestion(qint64 id)
{
    Transaction transaction(m_database);
    QSqlQuery used =
        m_database.prepare(QStringLiteral("SELECT count(*) FROM feedback_rating WHERE question_id = ?"));
    used.addBindValue(id);
    if (const int ratings = m_database.scalar(used).toInt(); ratings > 0)
        throw ValidationError(
            tr("The question cannot be deleted: %n forms rated it. Retire it instead; their ratings stay.",
               nullptr, ratings));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM feedback_question WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query);
    transaction.commit();
    emit questionsChanged();
}

QList<FeedbackForm> FeedbackRepository::forms(qint64 classId) const
{
    return forms(m_database, classId);
}

QList<FeedbackForm> FeedbackRepository::forms(const Database &database, qint64 classId)
{
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT f.id, f.uuid, coalesce(f.cadre_id, 0), f.anonymous, f.comments, r.question_id, r.rating "
        "FROM feedback_form f LEFT JOIN feedback_rating r ON r.form_id = f.id WHERE f.class_id = ? "
        "ORDER BY f.position, f.id"));
    query.addBindValue(classId);
    database.exec(query);
    QList<FeedbackForm> result;
    qint64 current = 0;
    while (query.next()) {
        if (const qint64 id = query.value(0).toLongLong(); id != current) {
            current = id;
            result.append({query.value(1).toString(),
                           query.value(2).toLongLong(),
                           query.value(3).toBool(),
                           {},
                           query.value(4).toString()});
        }
        if (!query.value(5).isNull())
            result.last().ratings.insert(query.value(5).toLongLong(), query.value(6).toInt());
    }
    return result;
}

QList<FieldError> FeedbackRepository::formErrors(qint64 classId, const QList<FeedbackForm> &forms) const
{
    QSet<qint64> participants;
    QSqlQuery cohort =
        m_database.prepare(QStringLiteral("SELECT cadre_id FROM enrollment WHERE class_id = ?"));
    cohort.addBindValue(classId);
    m_database.exec(cohort);
    while (cohort.next())
        participants.insert(cohort.value(0).toLongLong());
    QHash<qint64, QString> questionTexts;
    for (const FeedbackQuestion &question : questions())
        questionTexts.insert(question.id, question.text);

    QList<FieldError> errors;
    QHash<qint64, int> formOf; // cadre → the first form that names them
    for (int i = 0; i < forms.size(); ++i) {
        const FeedbackForm &form = forms.at(i);
        const int number = i + 1;
        if (form.anonymous && form.cadreId > 0)
            errors.append({FeedbackField::participant,
                           tr("Form %1 is anonymous but names a participant: an anonymous form names nobody.")
                               .arg(number)});
        else if (!form.anonymous && form.cadreId <= 0)
            errors.append(
                {FeedbackField::participant,
                 tr("Form %1 names no participant: choose one, or mark the form anonymous.").arg(number)});
        else if (form.cadreId > 0 && !participants.contains(form.cadreId))
            errors.append({FeedbackField::participant,
                           tr("Form %1 names someone who is not a participant of this class.").arg(number)});
        else if (form.cadreId > 0 && formOf.contains(form.cadreId))
            errors.append({FeedbackField::participant,
                           tr("Forms %1 and %2 name the same participant: each fills in one form.")
                               .arg(formOf.value(form.cadreId))
                               .arg(number)});
        if (form.cadreId > 0 && !formOf.contains(form.cadreId))
            formOf.insert(form.cadreId, number);
        for (auto it = form.ratings.cbegin(); it != form.ratings.cend(); ++it) {
            if (!questionTexts.contains(it.key()))
                errors.append({FeedbackField::question,
                               tr("Form %1 rates a question that is no longer on the form; refresh and try "
                                  "again.")
                                   .arg(number)});
            else if (it.value() < FeedbackScale::lowest || it.value() > FeedbackScale::highest)
                errors.append({FeedbackField::rating, tr("Form %1 rates \"%2\" %3: ratings go from %4 to %5.")
                                                          .arg(number)
                                                          .arg(questionTexts.value(it.key()))
                                                          .arg(it.value())
                                                          .arg(FeedbackScale::lowest)
                                                          .arg(FeedbackScale::highest)});
        }
        if (form.ratings.isEmpty() && form.comments.trimmed().isEmpty())
            errors.append(
                {FeedbackField::rating, tr("Form %1 is empty: rate at least one question.").arg(number)});
        if (form.comments.size() > maxCommentLength)
            errors.append(
                {FeedbackField::comments,
                 tr("The comments of form %1 are longer than %n characters.", nullptr, maxCommentLength)
                     .arg(number)});
    }
    return errors;
}

void FeedbackRepository::saveForms(qint64 classId, const QList<FeedbackForm> &forms)
{
    Transaction transaction(m_database);
    QSqlQuery owner = m_database.prepare(QStringLiteral("SELECT branch_id FROM training_class WHERE id = ?"));
    owner.addBindValue(classId);
    const qint64 branchId = m_database.scalar(owner).toLongLong();
    if (branchId == 0)
        throw ValidationError(tr("This class no longer exists; it may have been deleted."));
    requireReadable(branchId);
    if (const QList<FieldError> errors = formErrors(classId, forms); !errors.isEmpty())
        throw ValidationError(errors);

    const QList<FeedbackForm> stored = this->forms(classId);
    QHash<QString, FeedbackForm> storedByUuid;
    for (const FeedbackForm &form : stored)
        storedByUuid.insert(form.uuid, form);
    QSet<QString> kept;
    for (const FeedbackForm &form : forms)
        if (!form.uuid.isEmpty())
            kept.insert(form.uuid);
    for (const FeedbackForm &form : stored)
        if (!kept.contains(form.uuid)) {
            QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM feedback_form WHERE uuid = ?"));
            remove.addBindValue(form.uuid);
            m_database.exec(remove);
        }
    // A form that changes its participant first gives up the old one, who may move to another form.
    for (const FeedbackForm &form : forms) {
        const auto before = storedByUuid.constFind(form.uuid);
        if (before == storedByUuid.cend() || before->cadreId == 0 || before->cadreId == form.cadreId)
            continue;
        QSqlQuery release = m_database.prepare(
            QStringLiteral("UPDATE feedback_form SET cadre_id = NULL, anonymous = 1 WHERE uuid = ?"));
        release.addBindValue(form.uuid);
        m_database.exec(release);
    }
    const QString now = m_clock.timestamp();
    for (int i = 0; i < forms.size(); ++i) {
        const FeedbackForm &form = forms.at(i);
        const auto before = storedByUuid.constFind(form.uuid);
        if (before != storedByUuid.cend() && *before == form) {
            QSqlQuery position = m_database.prepare(
                QStringLiteral("UPDATE feedback_form SET position = ? WHERE uuid = ? AND position <> ?"));
            position.addBindValue(i);
            position.addBindValue(form.uuid);
            position.addBindValue(i);
            m_database.exec(position);
            continue;
        }
        qint64 formId = 0;
        const QVariant cadre =
            form.anonymous ? QVariant(QMetaType::fromType<qint64>()) : QVariant(form.cadreId);
        if (before == storedByUuid.cend()) {
            QSqlQuery insert = m_database.prepare(
                QStringLiteral("INSERT INTO feedback_form (uuid, class_id, branch_id, cadre_id, anonymous, "
                               "position, comments, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.addBindValue(SqlValue::uuidOrNew(form.uuid));
            insert.addBindValue(classId);
            insert.addBindValue(branchId);
            insert.addBindValue(cadre);
            insert.addBindValue(form.anonymous ? 1 : 0);
            insert.addBindValue(i);
            insert.addBindValue(SqlValue::text(form.comments.trimmed()));
            insert.addBindValue(now);
            insert.addBindValue(now);
            m_database.exec(insert);
            formId = insert.lastInsertId().toLongLong();
        } else {
            QSqlQuery update =
                m_database.prepare(QStringLiteral("UPDATE feedback_form SET cadre_id = ?, anonymous = ?, "
                                                  "position = ?, comments = ?, updated_at = ? "
                                                  "WHERE uuid = ? RETURNING id"));
            update.addBindValue(cadre);
            update.addBindValue(form.anonymous ? 1 : 0);
            update.addBindValue(i);
            update.addBindValue(SqlValue::text(form.comments.trimmed()));
            update.addBindValue(now);
            update.addBindValue(form.uuid);
            formId = m_database.scalar(update).toLongLong();
            QSqlQuery clear =
                m_database.prepare(QStringLiteral("DELETE FROM feedback_rating WHERE form_id = ?"));
            clear.addBindValue(formId);
            m_database.exec(clear);
        }
        for (auto it = form.ratings.cbegin(); it != form.ratings.cend(); ++it) {
            QSqlQuery rating = m_database.prepare(QStringLiteral(
                "INSERT INTO feedback_rating (uuid, form_id, question_id, branch_id, rating, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            rating.addBindValue(SqlValue::newUuid());
            rating.addBindValue(formId);
            rating.addBindValue(it.key());
            rating.addBindValue(branchId);
            rating.addBindValue(it.value());
            rating.addBindValue(now);
            rating.addBindValue(now);
            m_database.exec(rating);
        }
    }
    notifyChanged(classId);
    transaction.commit();
}

std::optional<RecordRepository::ConcernedRecord>
FeedbackRepository::concernedRecord(const JournalEntry &entry) const
{
    qint64 classId = 0;
    if (entry.table == m_table) {
        classId = entry.value(QStringLiteral("class_id")).toLongLong();
    } else if (entry.table == QStringLiteral("feedback_rating")) {
        QSqlQuery query =
            m_database.prepare(QStringLiteral("SELECT class_id FROM feedback_form WHERE id = ?"));
        query.addBindValue(entry.value(QStringLiteral("form_id")).toLongLong());
        classId = m_database.scalar(query).toLongLong();
    }
    if (classId == 0)
        return std::nullopt;
    return ConcernedRecord{classId, false};
}

} // namespace rongpei
