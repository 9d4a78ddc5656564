#include "rotation/PostTrack.h"

#include <QStringList>

namespace rongpei {

namespace {

bool mentions(const QString &post, const QStringList &words)
{
    for (const QString &word : words)
        if (post.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

std::optional<Track> trackOfPost(const QString &post)
{
    static const QStringList partyWords{
        QStringLiteral("书记"),         QStringLiteral("党委"),       QStringLiteral("党总支"),
        QStringLiteral("党支部"),       QStringLiteral("支委"),       QStringLiteral("党建"),
        QStringLiteral("党务"),         QStringLiteral("党群"),       QStringLiteral("组织委员"),
        QStringLiteral("宣传委员"),     QStringLiteral("纪检"),       QStringLiteral("纪委"),
        QStringLiteral("青年委员"),     QStringLiteral("工会"),       QStringLiteral("团委"),
        QStringLiteral("组织部"),       QStringLiteral("宣传部"),     QStringLiteral("政工"),
        QStringLiteral("统战"),         QStringLiteral("宣传"),       QStringLiteral("secretary"),
        QStringLiteral("party"),        QStringLiteral("discipline"), QStringLiteral("trade union"),
        QStringLiteral("youth league"), QStringLiteral("publicity")};
    static const QStringList operationsWords{
        QStringLiteral("经理"),       QStringLiteral("厂长"),        QStringLiteral("车间"),
        QStringLiteral("生产"),       QStringLiteral("经营"),        QStringLiteral("销售"),
        QStringLiteral("营销"),       QStringLiteral("采购"),        QStringLiteral("财务"),
        QStringLiteral("会计"),       QStringLiteral("技术"),        QStringLiteral("工程"),
        QStringLiteral("调度"),       QStringLiteral("安全"),        QStringLiteral("质量"),
        QStringLiteral("设备"),       QStringLiteral("项目"),        QStringLiteral("班组"),
        QStringLiteral("运营"),       QStringLiteral("供应链"),      QStringLiteral("物流"),
        QStringLiteral("市场"),       QStringLiteral("值长"),        QStringLiteral("计划"),
        QStringLiteral("主管"),       QStringLiteral("检修"),        QStringLiteral("运行"),
        QStringLiteral("总监"),       QStringLiteral("manager"),     QStringLiteral("workshop"),
        QStringLiteral("production"), QStringLiteral("sales"),       QStringLiteral("finance"),
        QStringLiteral("engineer"),   QStringLiteral("procurement"), QStringLiteral("safety"),
        QStringLiteral("quality"),    QStringLiteral("operations"),  QStringLiteral("supervisor"),
        QStringLiteral("director")};
    if (mentions(post, partyWords))
        return Track::Party;
    if (mentions(post, operationsWords))
        return Track::Operations;
    return std::nullopt;
}

} // namespace rongpei
