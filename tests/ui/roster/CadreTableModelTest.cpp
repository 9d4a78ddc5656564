#include "roster/CadreTableModel.h"

#include "TestSupport.h"
#include "organization/OrganizationRepository.h"
#include "roster/CadreFilterProxy.h"
#include "roster/CadreRepository.h"

using namespace rongpei;
using namespace rongpei::test;

namespace {

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

TEST_CASE("The roster model follows the repository", "[ui][model]")
{
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    CadreTableModel model(cadres, temp.workspace().organizations());
    CHECK_FALSE(model.isLoaded()); // rows come when asked for, not while the page is built
    model.reload();
    CHECK(model.rowCount() == 0);

    const qint64 id = cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A1")));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CadreTableModel::BranchColumn).data().toString() == QStringLiteral("第一党支部"));

    Cadre edited = *cadres.find(id);
    edited.name = QStringLiteral("王小红");
    cadres.update(edited);
    CHECK(model.index(0, CadreTableModel::NameColumn).data().toString() == QStringLiteral("王小红"));

    temp.workspace().organizations().rename(org.firstBranch, QStringLiteral("机关党支部"));
    CHECK(model.index(0, CadreTableModel::BranchColumn).data().toString() == QStringLiteral("机关党支部"));

    // Removing a row in the middle keeps every other row findable by id.
    const qint64 second = cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A2")));
    const qint64 third = cadres.add(sampleCadre(org.firstBranch, QStringLiteral("A3")));
    cadres.remove(second);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.cadreAt(model.rowOf(id)).id == id);
    CHECK(model.cadreAt(model.rowOf(third)).id == third);
    CHECK(model.rowOf(second) == -1);

    cadres.remove(id);
    cadres.remove(third);
    CHECK(model.rowCount() == 0);
    CHECK(model.rowOf(id) == -1);
}

TEST_CASE("The roster filters by text, branch, track and status and sorts by pinyin", "[ui][model]")
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    TemporaryWorkspace temp;
    const auto org = SmallOrganization::create(temp.workspace());
    CadreRepository &cadres = temp.workspace().cadres();
    Cadre a = sampleCadre(org.firstBranch, QStringLiteral("E10"), QStringLiteral("张伟"));
    Cadre b = sampleCadre(org.secondBranch, QStringLiteral("E9"), QStringLiteral("安娜"));
    b.track = Track::Party;
    Cadre c = sampleCadre(org.secondBranch, QStringLiteral("E100"), QStringLiteral("李伟"));
    c.employmentStatus = EmploymentStatus::Retired;
    c.post = QStringLiteral("车间主任");
    for (const Cadre &cadre : {a, b, c})
        cadres.add(cadre);

    CadreTableModel model(cadres, temp.workspace().organizations());
    model.reload();
    CadreFilterProxy proxy(model);
    proxy.sort(CadreTableModel::NameColumn);
    CHECK(column(proxy, CadreTableModel::NameColumn) ==
          QStringList{QStringLiteral("安娜"), QStringLiteral("李伟"), QStringLiteral("张伟")});
    proxy.sort(CadreTableModel::EmployeeNumberColumn);
    CHECK(column(proxy, CadreTableModel::EmployeeNumberColumn) ==
          QStringList{QStringLiteral("E9"), QStringLiteral("E10"), QStringLiteral("E100")});

    proxy.setSearchText(QStringLiteral(" 伟 "));
    CHECK(proxy.rowCount() == 2);
    proxy.setSearchText(QStringLiteral("e10"));
    CHECK(proxy.rowCount() == 2); // E10 and E100
    proxy.setSearchText(QStringLiteral("车间"));
    CHECK(column(proxy, CadreTableModel::NameColumn) == QStringList{QStringLiteral("李伟")});
    proxy.setSearchText(QStringLiteral("伟\u3000财务")); // every word must match, in any field
    CHECK(column(proxy, CadreTableModel::NameColumn) == QStringList{QStringLiteral("张伟")});
    proxy.setSearchText(QStringLiteral("伟 e100"));
    CHECK(column(proxy, CadreTableModel::NameColumn) == QStringList{QStringLiteral("李伟")});
    proxy.setSearchText(QString());

    proxy.setBranches(QSet<qint64>{}); // a committee without branches: nobody
    CHECK(proxy.rowCount() == 0);
    proxy.setBranches(QSet<qint64>{org.secondBranch});
    CHECK(proxy.rowCount() == 2);
    proxy.setTrack(Track::Party);
    CHECK(column(proxy, CadreTableModel::NameColumn) == QStringList{QStringLiteral("安娜")});
    proxy.setTrack(std::nullopt);
    proxy.setEmploymentStatus(EmploymentStatus::Retired);
    CHECK(column(proxy, CadreTableModel::NameColumn) == QStringList{QStringLiteral("李伟")});
    proxy.setBranches(std::nullopt);
    proxy.setEmploymentStatus(std::nullopt);
    CHECK(proxy.rowCount() == 3);

    // Rows added later are sorted and filtered too.
    proxy.setSearchText(QStringLiteral("伟"));
    proxy.sort(CadreTableModel::NameColumn);
    cadres.add(sampleCadre(org.firstBranch, QStringLiteral("E5"), QStringLiteral("陈伟")));
    CHECK(column(proxy, CadreTableModel::NameColumn) ==
          QStringList{QStringLiteral("陈伟"), QStringLiteral("李伟"), QStringLiteral("张伟")});
    QLocale::setDefault(QLocale::c());
}
