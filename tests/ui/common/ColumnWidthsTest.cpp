// Columns sized when the first rows come, never collapsed to their titles, remembered per table.
#include "common/ColumnWidths.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace rongpei;

namespace {

QList<QStandardItem *> row(const QString &first, const QString &second)
{
    return {new QStandardItem(first), new QStandardItem(second), new QStandardItem(QStringLiteral("备注"))};
}

} // namespace

TEST_CASE("Columns are sized to the first rows, not to an empty table, and remembered", "[ui][columns]")
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces); // this run's own table
    const QString longUnit = QStringLiteral("华北分公司生产技术部党支部第三党小组");
    int keptWidth = 0;
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("名称"), QStringLiteral("单位"), QStringLiteral("备注")});
        QTableView view;
        view.setModel(&model);
        view.resize(900, 400);
        ColumnWidths::keep(&view, key);
        view.show();
        const int titleWidth = view.horizontalHeader()->sectionSize(1);

        model.appendRow(row(QStringLiteral("第一次"), longUnit)); // the first record of a new database
        QApplication::processEvents();
        const int fitted = view.horizontalHeader()->sectionSize(1);
        CHECK(fitted > titleWidth);
        CHECK(fitted >= view.fontMetrics().horizontalAdvance(longUnit));

        // Later rows leave the widths alone; the user's own width is kept.
        model.appendRow(row(QStringLiteral("第二次"), QStringLiteral("短")));
        CHECK(view.horizontalHeader()->sectionSize(1) == fitted);
        view.horizontalHeader()->resizeSection(1, fitted + 37);
        keptWidth = fitted + 37;
        QTest::qWait(700); // the save waits for the dragging to stop
        CHECK(QSettings().contains(ColumnWidths::settingsKey(key)));
    }
    // The same table opened again, empty at first, comes back as the user left it.
    QStandardItemModel model(0, 3);
    QTableView view;
    view.setModel(&model);
    ColumnWidths::keep(&view, key);
    CHECK(view.horizontalHeader()->sectionSize(1) == keptWidth);
    QSettings().remove(QStringLiteral("tables/%1").arg(key));
}

TEST_CASE("A tree's columns are kept too, and a stretched column is left to stretch", "[ui][columns]")
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStandardItemModel model(0, 3);
    QTreeView tree;
    tree.setModel(&model);
    tree.header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree.header()->setStretchLastSection(false);
    ColumnWidths::keep(&tree, key);
    model.appendRow(row(QStringLiteral("集团党委"), QStringLiteral("党委（党组）下属单位较长的名称")));
    CHECK(tree.header()->sectionResizeMode(0) == QHeaderView::Stretch);
    CHECK(tree.header()->sectionSize(1) >=
          tree.fontMetrics().horizontalAdvance(QStringLiteral("党委（党组）")));
    QSettings().remove(QStringLiteral("tables/%1").arg(key));
}
