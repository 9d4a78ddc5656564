#include "training/CourseRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/RowReferences.h"
#include "storage/SqlValue.h"
#include "training/CourseValidator.h"

#include <QSqlQuery>

namespace rongpei {

namespace {

const QString courseColumns = QStringLiteral(
    "id, uuid, title, category_id, side, teaching_mode, hours, provider, description, active, created_at, "
    "updated_at");

Course courseFrom(const QSqlQuery &query)
{
    Course c;
    c.id = query.value(0).toLongLong();
    c.uuid = query.value(1).toString();
    c.title = query.value(2).toString();
    c.categoryId = query.value(3).toLongLong();
    c.side = enumFromCode<TrainingSide>(query.value(4).toString()).value_or(TrainingSide::Management);
    c.teachingMode = enumFromCode<TeachingMode>(query.value(5).toString()).value_or(TeachingMode::Lecture);
    c.hours = query.value(6).toDouble();
    c.provider = enumFromCode<CourseProvider>(query.value(7).toString()).value_or(CourseProvider::InHouse);
    c.description = query.value(8).toString();
    c.active = query.value(9).toBool();
    c.createdAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODate);
    c.updatedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
    return c;
}

/// Binds title to active, in column order.
void bindFields(QSqlQuery &query, const Course &c)
{
    query.addBindValue(SqlValue::text(c.title));
    query.addBindValue(c.categoryId);
    query.addBindValue(enumCode(c.side));
    query.addBindValue(enumCode(c.teachingMode));
    query.addBindValue(c.hours);
    query.addBindValue(enumCode(c.provider));
    query.addBindValue(SqlValue::text(c.description));
    query.addBindValue(c.active ? 1 : 0);
}

} // namespace

CourseRepository::CourseRepository(Database &database, const Clock &clock, QObject *parent)
    : RecordRepository(database, QStringLiteral("course"), parent)
    , m_clock(clock)
{
    m_database.references().describe(QStringLiteral("course"), [](qint64 count) {
        return tr("%n courses", nullptr, static_cast<int>(count));
    });
    m_database.references().describe(QStringLiteral("class_course"), [](qint64 count) {
        return tr("%n training classes", nullptr, static_cast<int>(count));
    });
}

std::optional<Course> CourseRepository::find(qint64 id) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1 FROM course WHERE id = ?").arg(courseColumns));
    query.addBindValue(id);
    m_database.exec(query);
    if (!query.next())
        return std::nullopt;
    return courseFrom(query);
}

QList<Course> CourseRepository::all(bool activeOnly) const
{
    return all(m_database, activeOnly);
}

QList<Course> CourseRepository::all(const Database &database, bool activeOnly)
{
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT %1 FROM course %2 ORDER BY (SELECT sort_order FROM course_category k WHERE k.id "
            "= course.category_id), category_id, title")
            .arg(courseColumns, activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    query.setForwardOnly(true);
    database.exec(query);
    QList<Course> courses;
    while (query.next())
        courses.append(courseFrom(query));
    return courses;
}

int CourseRepository::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM course"));
    return m_database.scalar(query).toInt();
}

Course CourseRepository::validated(const Course &input) const
{
    Course course = CourseValidator::normalized(input);
    QList<FieldError> errors = CourseValidator::validate(course);
    if (course.categoryId > 0) {
        QSqlQuery category =
            m_database.prepare(QStringLiteral("SELECT count(*) FROM course_category WHERE id = ?"));
        category.addBindValue(course.categoryId);
        if (m_database.scalar(category).toInt() == 0)
            errors.append({CourseField::category, tr("Choose an existing category.")});
    }
    if (!course.title.isEmpty()) {
        QSqlQuery same =
            m_database.prepare(QStringLiteral("SELECT count(*) FROM course WHERE title = ? AND id <> ?"));
        same.addBindValue(course.title);
        same.addBindValue(course.id);
        if (m_database.scalar(same).toInt() > 0)
            errors.append({CourseField::title,
                           tr("The catalogue already has a course named \"%1\".").arg(course.title)});
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    return course;
}

qint64 CourseRepository::insert(const Course &course, const QString &createdAt)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO course (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(courseColumns));
    query.addBindValue(SqlValue::optionalId(course.id));
    query.addBindValue(SqlValue::uuidOrNew(course.uuid));
    bindFields(query, course);
    query.addBindValue(createdAt);
    query.addBindValue(m_clock.timestamp());
    m_database.exec(query);
    return query.lastInsertId().toLongLong();
}

qint64 CourseRepository::add(Course course)
{
    Transaction transaction(m_database);
    course.id = 0;
    course = validated(course);
    const qint64 id = insert(course, m_clock.timestamp());
    notifyAdded(id);
    transaction.commit();
    return id;
}

void CourseRepository::update(Course course)
{
    Transaction transaction(m_database);
    if (!find(course.id))
        throw ValidationError(tr("This course no longer exists; it may have been deleted."));
    course = validated(course);
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "UPDATE course SET title = ?, category_id = ?, side = ?, teaching_mode = ?, hours = ?, provider = ?, "
        "description = ?, active = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, course);
    query.addBindValue(m_clock.timestamp());
    query.addBindValue(course.id);
    m_database.exec(query);
    notifyChanged(course.id);
    transaction.commit();
}

std::optional<QString> CourseRepository::removalRefusal(qint64 id) const
{
    const std::optional<Course> course = find(id);
    if (!course)
        return tr("This course no longer exists; it may have been deleted.");
    const QStringList references = m_database.references().blocking(QStringLiteral("course"), id);
    if (references.isEmpty())
        return std::nullopt;
    return tr("\"%1\" cannot be deleted: it is taught in %2. Mark the course inactive instead; the classes "
              "stay as they were.")
        .arg(course->title, references.join(tr(", ")));
}

Course CourseRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (const std::optional<QString> refusal = removalRefusal(id))
        throw ValidationError(*refusal);
    const Course course = *find(id);
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM course WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query);
    notifyRemoved(id);
    transaction.commit();
    return course;
}

void CourseRepository::restore(const Course &course)
{
    Transaction transaction(m_database);
    if (find(course.id))
        throw ValidationError(tr("The course \"%1\" is already in the catalogue.").arg(course.title));
    const Course valid = validated(course);
    insert(valid,
           valid.createdAt.isValid() ? valid.createdAt.toUTC().toString(Qt::ISODate) : m_clock.timestamp());
    notifyAdded(valid.id);
    transaction.commit();
}

QList<CourseCategory> CourseRepository::categories() const
{
    return categories(m_database);
}

QList<CourseCategory> CourseRepository::categories(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT id, uuid, coalesce(code, ''), name, sort_order "
                                                      "FROM course_category ORDER BY sort_order, id"));
    database.exec(query);
    QList<CourseCategory> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toInt()});
    return result;
}

QString CourseRepository::checkedCategoryName(qint64 id, const QString &input) const
{
    const QString name = input.simplified();
    if (name.isEmpty())
        throw ValidationError(
            QList<FieldError>{{CourseField::category, tr("Enter the name of the category.")}});
    if (name.size() > CourseValidator::maxTitleLength)
        throw ValidationError(
            QList<FieldError>{{CourseField::category, tr("The name is longer than %n characters.", nullptr,
                                                         CourseValidator::maxTitleLength)}});
    QSqlQuery same =
        m_database.prepare(QStringLiteral("SELECT count(*) FROM course_category WHERE name = ? AND id <> ?"));
    same.addBindValue(name);
    same.addBindValue(id);
    if (m_database.scalar(same).toInt() > 0)
        throw ValidationError(QList<FieldError>{
            {CourseField::category, tr("There is already a category named \"%1\".").arg(name)}});
    return name;
}

qint64 CourseRepository::addCategory(const QString &input)
{
    Transaction transaction(m_database);
    const QString name = checkedCategoryName(0, input);
    const QString now = m_clock.timestamp();
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO course_category (uuid, name, sort_order, created_at, updated_at) VALUES (?, ?, (SELECT "
        "ifnull(max(sort_order), 0) + 1 FROM course_category), ?, ?)"));
    query.addBindValue(SqlValue::newUuid());
    query.addBindValue(name);
    query.addBindValue(now);
    query.addBindValue(now);
    m_database.exec(query);
    const qint64 id = query.lastInsertId().toLongLong();
    transaction.commit();
    emit categoriesChanged();
    return id;
}

void CourseRepository::renameCategory(qint64 id, const QString &input)
{
    Transaction transaction(m_database);
    const QString name = checkedCategoryName(id, input);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE course_category SET name = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(name);
    query.addBindValue(m_clock.timestamp());
    query.addBindValue(id);
    m_database.exec(query);
    transaction.commit();
    emit categoriesChanged();
}

void CourseRepository::removeCategory(qint64 id)
{
    Transaction transaction(m_database);
    const QStringList references = m_database.references().blocking(QStringLiteral("course_category"), id);
    if (!references.isEmpty())
        throw ValidationError(
            tr("The category cannot be deleted: it holds %1. Move them to another category first.")
                .arg(references.join(tr(", "))));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM course_category WHERE id = ?"));
    query.addBindValue(id);
    m_database.exec(query);
    transaction.commit();
    emit categoriesChanged();
}

} // namespace rongpei
