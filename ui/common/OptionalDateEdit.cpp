#include "common/OptionalDateEdit.h"

#include "common/Localization.h"

#include <QCalendarWidget>
#include <QKeyEvent>

namespace rongpei {

namespace {

/// The value that means "not known"; real dates start the day after.
const QDate unknown(1900, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(displayDateFormat());
    setMinimumDate(unknown);
    setSpecialValueText(tr("Not known"));
    setDate(unknown);
    // An unknown date opens the calendar at this month, not in 1900.
    connect(calendarWidget(), &QCalendarWidget::currentPageChanged, this, [this](int year, int) {
        if (year == unknown.year() && date() == unknown)
            calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    });
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == unknown ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(QDate date)
{
    setDate(date.isValid() ? date : unknown);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
        setDate(unknown);
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace rongpei
