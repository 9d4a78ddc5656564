#include "common/ColumnWidths.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace rongpei {

namespace {

/// A column sized to a long topic or unit name would push the others off the screen.
constexpr int widestFittedColumn = 360;

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

ColumnWidths *ColumnWidths::keep(QAbstractItemView *view, const QString &key)
{
    QHeaderView *header = headerOf(view);
    Q_ASSERT_X(header, "ColumnWidths::keep", "a QTableView or a QTreeView");
    return header ? new ColumnWidths(view, header, key) : nullptr;
}

QString ColumnWidths::settingsKey(const QString &key)
{
    return QStringLiteral("tables/%1/header").arg(key);
}

ColumnWidths::ColumnWidths(QAbstractItemView *view, QHeaderView *header, QString key)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_key(std::move(key))
    , m_saveTimer(new QTimer(this))
{
    m_header->setSectionsMovable(false);
    m_header->setMinimumSectionSize(m_header->fontMetrics().averageCharWidth() * 4);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &ColumnWidths::save);
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        if (m_fitted)
            m_saveTimer->start();
    });
    QAbstractItemModel *model = m_view->model();
    Q_ASSERT_X(model, "ColumnWidths::keep", "set the model first");
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnWidths::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnWidths::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnWidths::fit);
    fit();
}

void ColumnWidths::fit()
{
    if (m_fitted || m_view->model()->columnCount() == 0)
        return;
    const QVariant saved = QSettings().value(settingsKey(m_key));
    if (saved.isValid() && m_header->restoreState(saved.toByteArray())) {
        m_fitted = true;
        return;
    }
    if (m_view->model()->rowCount() == 0)
        return; // nothing to measure yet: wait for the first rows
    const int last = m_view->model()->columnCount() - 1;
    for (int column = 0; column <= last; ++column) {
        // A stretched last column is sized too: it needs its width when the others fill the view.
        if (m_header->isSectionHidden(column) ||
            m_header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        const int title = m_header->sectionSizeHint(column);
        const int content = m_view->sizeHintForColumn(column);
        m_header->resizeSection(
            column, std::clamp(std::max(title, content), title, std::max(title, widestFittedColumn)));
    }
    m_fitted = true;
}

void ColumnWidths::save()
{
    QSettings().setValue(settingsKey(m_key), m_header->saveState());
}

} // namespace rongpei
