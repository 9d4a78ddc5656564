// Opening balances: hours earned before the records begin, counted by the requirements.
#include "ComplianceFixture.h"
#include "common/ValidationError.h"
#include "roster/CadreRepository.h"
#include "study/OpeningHoursRepository.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

OpeningHours balance(qint64 cadreId, int year, double hours,
                     const QString &note = QStringLiteral("2024年集中轮训结业证书"))
{
    OpeningHours b;
    b.cadreId = cadreId;
    b.year = year;
    b.hours = hours;
    b.note = note;
    return b;
}

} // namespace

TEST_CASE("Opening hours are kept per cadre and year, with where they come from", "[study][opening]")
{
    ComplianceFixture f;
    const qint64 cadre = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("王伟"));
    OpeningHoursRepository &repo = f.temp.workspace().openingHours();
    const qint64 id = repo.add(balance(cadre, 2024, 40));
    REQUIRE(repo.find(id).has_value());
    CHECK(repo.find(id)->hours == 40);
    CHECK(repo.forCadre(cadre).size() == 1);

    const auto refusedFields = [&repo](const OpeningHours &b) {
        try {
            repo.add(b);
        } catch (const ValidationError &error) {
            QStringList fields;
            for (const FieldError &e : error.errors())
                fields.append(e.field);
            return fields;
        }
        return QStringList{QStringLiteral("accepted")};
    };
    CHECK(refusedFields(balance(cadre, 2024, 10)) == QStringList{OpeningHoursField::year}); // one per year
    CHECK(refusedFields(balance(cadre, 2027, 10)) == QStringList{OpeningHoursField::year}); // after this year
    CHECK(refusedFields(balance(cadre, 2023, 0)) == QStringList{OpeningHoursField::hours});
    CHECK(refusedFields(balance(cadre, 2023, 2001)) == QStringList{OpeningHoursField::hours});
    CHECK(refusedFields(balance(cadre, 2023, 8, QStringLiteral("  "))) ==
          QStringList{OpeningHoursField::note});
    CHECK(repo.forCadre(cadre).size() == 1);

    // Removed and put back as it was.
    const OpeningHours removed = repo.remove(id);
    CHECK_FALSE(repo.find(id).has_value());
    repo.restore(removed);
    CHECK(repo.find(id) == removed);

    // The cadre cannot be deleted while the balance refers to them, and is told why.
    const std::optional<QString> refusal = f.temp.workspace().cadres().removalRefusal(cadre);
    REQUIRE(refusal.has_value());
    CHECK(refusal->contains(QStringLiteral("opening balance")));
}

TEST_CASE("Opening hours count toward the requirements whose period holds their year", "[study][opening]")
{
    ComplianceFixture f;
    const qint64 senior = f.addCadre(f.org.firstBranch, QStringLiteral("A001"), QStringLiteral("李娜"),
                                     CadreLevel::Senior, PartyStatus::Masses, QStringLiteral("总工程师"));
    f.session(QDate(2026, 3, 2), 6, {{senior, AttendanceStatus::Present}});
    OpeningHoursRepository &repo = f.temp.workspace().openingHours();
    repo.add(balance(senior, 2023, 120));
    repo.add(balance(senior, 2021, 100)); // outside 2022–2026
    const ComplianceRow row = f.rowOf(senior, 2026);
    CHECK(row.requirement.periodYears == 5);
    CHECK(row.earned == Approx(126));
    CHECK(f.rowOf(senior, 2025).earned == Approx(220)); // 2021–2025 holds both
}
