#include "shell/ScopePeriodBar.h"

#include "common/Clock.h"
#include "common/Icons.h"
#include "organization/OrganizationRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <functional>

namespace rongpei {

namespace {

constexpr int unitIdRole = Qt::UserRole + 1;
const QString scopeKey = QStringLiteral("shell/scopeUnit");
const QString periodKey = QStringLiteral("shell/period");

QString allUnitsText()
{
    return ScopePeriodBar::tr("All units");
}

} // namespace

ScopePeriodBar::ScopePeriodBar(OrganizationRepository &organizations, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_organizations(organizations)
    , m_scopeButton(new QToolButton(this))
    , m_scopeMenu(new QMenu(this))
    , m_search(new QLineEdit(this))
    , m_units(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_number(new QComboBox(this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("scopePeriodBar"));

    // The scope: a button that opens a searchable tree of committees and branches.
    m_scopeButton->setObjectName(QStringLiteral("scopeButton"));
    m_scopeButton->setPopupMode(QToolButton::InstantPopup);
    m_scopeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scopeButton->setIcon(themedIcon(QStringLiteral("network-workgroup")));
    m_scopeButton->setMenu(m_scopeMenu);
    m_scopeButton->setToolTip(tr("The units every page shows: all units, a party committee or a branch"));
    m_search->setObjectName(QStringLiteral("scopeSearch"));
    m_search->setPlaceholderText(tr("Find a committee or branch"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_units);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setMinimumSize(340, 360);
    auto *popup = new QWidget(this);
    auto *popupLayout = new QVBoxLayout(popup);
    popupLayout->setContentsMargins(6, 6, 6, 6);
    popupLayout->addWidget(m_search);
    popupLayout->addWidget(m_tree);
    auto *action = new QWidgetAction(m_scopeMenu);
    action->setDefaultWidget(popup);
    m_scopeMenu->addAction(action);
    connect(m_scopeMenu, &QMenu::aboutToShow, this, [this] {
        m_search->clear();
        m_search->setFocus();
    });
    // Keys must not go on to the hidden tree once the popup is gone.
    // (After the popup has closed: while it closes, it hands the focus back to the tree.)
    connect(m_scopeMenu, &QMenu::aboutToHide, m_scopeButton, [this] {
        QTimer::singleShot(0, m_scopeButton, [this] {
            m_tree->clearFocus();
            m_scopeButton->setFocus(Qt::PopupFocusReason);
        });
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.simplified());
        m_tree->expandAll();
        // Highlight the first unit that matches itself, not an ancestor kept for the path.
        const std::function<QModelIndex(const QModelIndex &)> firstMatch = [&](const QModelIndex &under) {
            for (int row = 0; row < m_filter->rowCount(under); ++row) {
                const QModelIndex index = m_filter->index(row, 0, under);
                if (index.data().toString().contains(text.simplified(), Qt::CaseInsensitive))
                    return index;
                if (const QModelIndex below = firstMatch(index); below.isValid())
                    return below;
            }
            return QModelIndex();
        };
        m_tree->setCurrentIndex(firstMatch({}));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter takes the first match, or the highlighted unit.
        QModelIndex index = m_tree->currentIndex();
        if (!index.isValid() && m_filter->rowCount() > 0)
            index = m_filter->index(0, 0);
        chooseUnit(index);
    });
    connect(m_tree, &QTreeView::activated, this, &ScopePeriodBar::chooseUnit);
    connect(m_tree, &QTreeView::clicked, this, &ScopePeriodBar::chooseUnit);

    // The period: its kind, the year and the quarter or month, with steps back and forward.
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("Year"), static_cast<int>(Period::Kind::Year));
    m_kind->addItem(tr("Quarter"), static_cast<int>(Period::Kind::Quarter));
    m_kind->addItem(tr("Month"), static_cast<int>(Period::Kind::Month));
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setRange(2000, 2100);
    m_number->setObjectName(QStringLiteral("periodNumber"));
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousPeriod"));
    previous->setIcon(themedIcon(QStringLiteral("go-previous")));
    previous->setToolTip(tr("The period before (Ctrl+PgUp)"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextPeriod"));
    next->setIcon(themedIcon(QStringLiteral("go-next")));
    next->setToolTip(tr("The period after (Ctrl+PgDown)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    auto *scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scopeButton);
    layout->addWidget(scopeLabel);
    layout->addWidget(m_scopeButton);
    layout->addSpacing(16);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_kind);
    layout->addWidget(periodLabel);
    layout->addWidget(m_kind);
    layout->addWidget(previous);
    layout->addWidget(m_year);
    layout->addWidget(m_number);
    layout->addWidget(next);
    layout->addStretch();

    // A typed year is announced once the typing pauses, not at every digit.
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(400);
    connect(m_typingPause, &QTimer::timeout, this, [this] { update(true); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriodNumbers();
        update(true);
    });
    connect(m_number, &QComboBox::currentIndexChanged, this, [this] { update(true); });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { m_typingPause->start(); });
    connect(previous, &QToolButton::clicked, this, &ScopePeriodBar::showPreviousPeriod);
    connect(next, &QToolButton::clicked, this, &ScopePeriodBar::showNextPeriod);
    RecordRepository::onAnyChange(organizations, this, [this] {
        fillUnits();
        update(true); // a renamed or deleted unit changes the scope's name or branches
    });

    // Start where the user left off, else with all units and this year.
    const QSettings settings;
    const QString unitUuid = settings.value(scopeKey).toString();
    fillUnits();
    for (const Organization &unit : organizations.all())
        if (!unitUuid.isEmpty() && unit.uuid == unitUuid)
            m_scope.unitId = unit.id;
    const Period period =
        Period::fromCode(settings.value(periodKey).toString()).value_or(Period::year(clock.today().year()));
    setPeriod(period);
    update(false);
}

void ScopePeriodBar::fillUnits()
{
    m_units->clear();
    const QList<Organization> all = m_organizations.all();
    QHash<qint64, QList<const Organization *>> children;
    const Organization *enterprise = nullptr;
    for (const Organization &unit : all) {
        children[unit.parentId].append(&unit);
        if (unit.kind == OrganizationKind::Enterprise)
            enterprise = &unit;
    }
    QStandardItem *root = m_units->invisibleRootItem();
    if (!m_readable) {
        root = new QStandardItem(allUnitsText());
        root->setData(qint64(0), unitIdRole);
        if (enterprise)
            root->setToolTip(enterprise->name);
        m_units->appendRow(root);
    }
    m_firstReadable = 0;
    const std::function<void(QStandardItem *, qint64)> add = [&](QStandardItem *parent, qint64 parentId) {
        for (const Organization *unit : children.value(parentId)) {
            if ((unit->kind != OrganizationKind::Committee && unit->kind != OrganizationKind::Branch) ||
                (m_readable && !m_readable->contains(unit->id))) {
                add(parent, unit->id);
                continue;
            }
            if (m_firstReadable == 0)
                m_firstReadable = unit->id;
            auto *item = new QStandardItem(unit->name);
            item->setData(unit->id, unitIdRole);
            item->setToolTip(enumLabel(unit->kind));
            parent->appendRow(item);
            add(item, unit->id);
        }
    };
    if (enterprise)
        add(root, enterprise->id);
    m_tree->expandToDepth(1);
}

void ScopePeriodBar::restrictTo(const QSet<qint64> &units)
{
    m_readable = units;
    fillUnits();
    update(true);
}

void ScopePeriodBar::chooseUnit(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_scopeMenu->close();
    setUnit(proxyIndex.data(unitIdRole).toLongLong());
}

void ScopePeriodBar::setUnit(qint64 unitId)
{
    m_scope.unitId = unitId;
    update(true);
}

void ScopePeriodBar::setPeriod(const Period &period)
{
    {
        const QSignalBlocker kindBlocker(m_kind);
        const QSignalBlocker yearBlocker(m_year);
        const QSignalBlocker numberBlocker(m_number);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(period.kind())));
        fillPeriodNumbers();
        m_year->setValue(period.yearNumber());
        m_number->setCurrentIndex(qMax(0, m_number->findData(period.number())));
    }
    m_typingPause->stop();
    update(true);
}

void ScopePeriodBar::fillPeriodNumbers()
{
    const auto kind = static_cast<Period::Kind>(m_kind->currentData().toInt());
    const int previous = m_number->currentData().toInt();
    const QSignalBlocker blocker(m_number);
    m_number->clear();
    if (kind == Period::Kind::Quarter)
        for (int quarter = 1; quarter <= 4; ++quarter)
            m_number->addItem(tr("Q%1").arg(quarter), quarter);
    if (kind == Period::Kind::Month)
        for (int month = 1; month <= 12; ++month)
            m_number->addItem(tr("Month %1").arg(month), month);
    m_number->setVisible(kind != Period::Kind::Year);
    m_number->setCurrentIndex(qMax(0, m_number->findData(previous)));
}

void ScopePeriodBar::showPreviousPeriod()
{
    step(-1);
}

void ScopePeriodBar::showNextPeriod()
{
    step(1);
}

void ScopePeriodBar::step(int direction)
{
    update(false);
    setPeriod(direction < 0 ? m_scope.period.previous() : m_scope.period.next());
}

void ScopePeriodBar::update(bool announce)
{
    m_typingPause->stop();
    const auto kind = static_cast<Period::Kind>(m_kind->currentData().toInt());
    const int year = m_year->value();
    const int number = qMax(1, m_number->currentData().toInt());
    m_scope.period = kind == Period::Kind::Quarter ? Period::quarter(year, number)
                     : kind == Period::Kind::Month ? Period::month(year, number)
                                                   : Period::year(year);

    if (m_readable && !m_readable->contains(m_scope.unitId))
        m_scope.unitId = m_firstReadable; // a clerk's scope is one of their units, never all
    const std::optional<Organization> unit =
        m_scope.unitId > 0 ? m_organizations.find(m_scope.unitId) : std::nullopt;
    if (!unit)
        m_scope.unitId = 0; // deleted meanwhile: back to all units
    m_scope.unitName = unit ? unit->name : allUnitsText();
    m_scope.branches = unit ? std::optional(branchesBelow(m_organizations.all(), unit->id)) : std::nullopt;
    m_scope.hosts = unit ? std::optional(hostsBelow(m_organizations.all(), unit->id)) : std::nullopt;
    m_scopeButton->setText(m_scope.unitName);
    remember(unit ? unit->uuid : QString());
    if (announce)
        emit scopeChanged(m_scope);
}

void ScopePeriodBar::remember(const QString &unitUuid) const
{
    QSettings settings;
    settings.setValue(scopeKey, unitUuid);
    settings.setValue(periodKey, m_scope.period.code());
}

} // namespace rongpei
