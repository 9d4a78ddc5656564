#include "training/CourseFeedbackDialog.h"

#include "common/WindowSize.h"
#include "training/FeedbackText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rongpei {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QString meanText(const std::optional<double> &mean)
{
    return mean ? QLocale().toString(*mean, 'f', 2) : QStringLiteral("–");
}

} // namespace

CourseFeedbackDialog::CourseFeedbackDialog(const QString &courseTitle, const QList<YearFeedback> &years,
                                           QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Feedback over the years: %1").arg(courseTitle));
    // The questions of every year, in the form's order as first met.
    QList<qint64> questionIds;
    QStringList headers{tr("Year"), tr("Classes"), tr("Forms"), tr("Response rate"), tr("Mean")};
    for (const YearFeedback &year : years)
        for (const QuestionSummary &question : year.summary.questions)
            if (!questionIds.contains(question.questionId)) {
                questionIds.append(question.questionId);
                headers.append(question.text);
            }
    headers.append(tr("Marks given"));
    m_table->setObjectName(QStringLiteral("courseFeedback"));
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(years.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < years.size(); ++row) {
        const FeedbackSummary &summary = years.at(row).summary;
        const std::optional<double> response = summary.responsePercent();
        m_table->setItem(row, 0, cell(QString::number(years.at(row).year), Qt::AlignCenter));
        m_table->setItem(row, 1, cell(QString::number(summary.classes)));
        m_table->setItem(row, 2, cell(QString::number(summary.forms)));
        m_table->setItem(
            row, 3,
            cell(response ? tr("%1 %").arg(QLocale().toString(*response, 'f', 0)) : QStringLiteral("–")));
        m_table->setItem(row, 4, cell(meanText(summary.mean())));
        for (int q = 0; q < questionIds.size(); ++q) {
            std::optional<double> mean;
            for (const QuestionSummary &question : summary.questions)
                if (question.questionId == questionIds.at(q))
                    mean = question.mean();
            m_table->setItem(row, 5 + q, cell(meanText(mean)));
        }
        m_table->setItem(
            row, 5 + static_cast<int>(questionIds.size()),
            cell(FeedbackText::distribution(summary.distribution), Qt::AlignLeft | Qt::AlignVCenter));
    }
    m_table->resizeColumnsToContents();

    auto *note =
        new QLabel(years.isEmpty() ? tr("No class of this course has feedback forms yet.")
                                   : tr("Each year counts the classes of the course that ended in it; the "
                                        "means are of the ratings 1–5 given."),
                   this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(900, 360));
}

} // namespace rongpei
