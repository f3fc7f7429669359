#include "app/reportexportdialog.h"
#include "demodocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <catch2/catch.hpp>

using namespace ts;

TEST_CASE_METHOD(test::DemoDocument, "the report dialog writes the chosen sections with progress",
                 "[gui][report]")
{
    app::ReportExportDialog dialog(*doc);
    dialog.section(QStringLiteral("metrics"))->setChecked(false);
    dialog.pageSize()->setCurrentText(QStringLiteral("Letter"));
    dialog.author()->setText(QStringLiteral("Jo Consultant"));
    const auto pdf = QString::fromStdString(dir.file("report.pdf"));
    REQUIRE(dialog.exportTo(pdf));
    CHECK(dialog.writtenFile() == pdf);
    CHECK(dialog.progress()->value() == dialog.progress()->maximum());
    CHECK(dialog.progress()->maximum() > 5);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("Jo Consultant")));
    CHECK(content.contains(QStringLiteral("Roadmap")));
    // Never over the workspace itself, and never with no section at all.
    CHECK_FALSE(dialog.exportTo(QString::fromStdString(this->path)));
    for (const auto *key : {"title", "contents", "canvas", "vision", "maps", "painpoints",
                            "metrics", "gaps", "roadmap", "appendix"})
        dialog.section(QLatin1String(key))->setChecked(false);
    CHECK_FALSE(dialog.exportTo(QString::fromStdString(dir.file("empty.pdf"))));
    CHECK_FALSE(QFile::exists(QString::fromStdString(dir.file("empty.pdf"))));
}
