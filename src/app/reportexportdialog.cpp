#include "app/reportexportdialog.h"

#include "app/exportfile.h"
#include "app/workspacedocument.h"
#include "report/pdfreport.h"
#include "report/reportoptions.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ts::app {

ReportExportDialog::ReportExportDialog(WorkspaceDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_pageSize(new QComboBox)
    , m_author(new QLineEdit)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_open(new QPushButton(tr("Open the file")))
{
    setWindowTitle(tr("Export strategy report (PDF)"));
    auto *sections = new QGroupBox(tr("Sections"));
    auto *sectionLayout = new QVBoxLayout(sections);
    for (auto s : report::allReportSections()) {
        auto *box = new QCheckBox(report::sectionTitle(s));
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections[report::sectionKey(s)] = box;
    }
    m_pageSize->addItems({QStringLiteral("A4"), QStringLiteral("Letter"), QStringLiteral("A3")});
    m_author->setPlaceholderText(tr("Shown on the title page"));
    auto *form = new QFormLayout;
    form->addRow(tr("Page size"), m_pageSize);
    form->addRow(tr("Author"), m_author);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_open->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sections);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path
            = chooseExportFile(this, tr("Export strategy report"), tr("strategy-report"),
                               tr("PDF (*.pdf)"), QStringLiteral("pdf"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_written)); });
}

QCheckBox *ReportExportDialog::section(const QString &key) const
{
    auto it = m_sections.find(key);
    return it == m_sections.end() ? nullptr : it->second;
}

bool ReportExportDialog::exportTo(const QString &path)
{
    report::ReportOptions options;
    options.sections.clear();
    for (auto s : report::allReportSections())
        if (section(report::sectionKey(s))->isChecked())
            options.sections.push_back(s);
    if (options.sections.empty()) {
        m_status->setText(tr("Choose at least one section."));
        return false;
    }
    options.pageSize = report::pageSizeFromName(m_pageSize->currentText()).value_or(QPageSize::A4);
    options.author = m_author->text().trimmed();
    m_open->setEnabled(false);
    m_status->setText(tr("Laying out the pages…"));
    QApplication::processEvents();
    try {
        const report::PdfReport pdf(m_document.workspace(), options);
        m_progress->setRange(0, pdf.pageCount());
        pdf.writeFile(path, [this](int done, int total) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            return true;
        });
        m_written = path;
        m_status->setText(tr("Wrote %1 (%n page(s)).", nullptr, pdf.pageCount()).arg(path));
        m_open->setEnabled(true);
        return true;
    } catch (const std::exception &e) {
        m_status->setText(QString::fromUtf8(e.what()));
        m_document.reportError(QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace ts::app
