#pragma once

#include <QDateEdit>

namespace rongpei {

/// A date that may be left unknown (a hire or leaving date): its lowest value stands for "not
/// known" and reads so, the way Qt's date edits show an empty value. Typing or picking a date
/// sets it; Delete clears it.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    /// The date, or an invalid QDate when not known.
    QDate optionalDate() const;
    void setOptionalDate(QDate date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace rongpei
