#pragma once

// The study rules' tests share one workspace with the small organisation and a count of the
// rulesChanged() signals.
#include "TestSupport.h"
#include "storage/Database.h"
#include "study/StudyRuleRepository.h"

#include <optional>

namespace rongpei::test {

struct RulesFixture
{
    TemporaryWorkspace temp;
    SmallOrganization org = SmallOrganization::create(temp.workspace());
    int changes = 0;

    RulesFixture()
    {
        QObject::connect(&rules(), &StudyRuleRepository::rulesChanged, [this] { ++changes; });
    }

    StudyRuleRepository &rules() { return temp.workspace().studyRules(); }
    Database &database() { return temp.workspace().database(); }

    template <typename T>
    static std::optional<T> byId(const QList<T> &list, qint64 id)
    {
        for (const T &item : list)
            if (item.id == id)
                return item;
        return std::nullopt;
    }

    StudyKind kind(const QString &code)
    {
        for (const StudyKind &k : rules().kinds())
            if (k.code == code)
                return k;
        FAIL("no kind " << code.toStdString());
        return {};
    }

    HourConversion conversion(const QString &name)
    {
        for (const HourConversion &c : rules().conversions())
            if (c.name == name)
                return c;
        FAIL("no conversion " << name.toStdString());
        return {};
    }
};

} // namespace rongpei::test
