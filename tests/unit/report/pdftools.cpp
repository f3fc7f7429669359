#include "pdftools.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace ts::test {
namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

std::string pdfText(const std::string &pdf, int first, int last)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << QString::fromStdString(pdf)
         << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args).toStdString();
}

std::string squeezed(const std::string &text)
{
    return QString::fromStdString(text).simplified().toStdString();
}

int pdfPageCount(const std::string &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {QString::fromStdString(pdf)});
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption)
                           .match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSizeF pdfPageSize(const std::string &pdf, int page)
{
    const QString info = run(QStringLiteral("pdfinfo"),
                             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page), QString::fromStdString(pdf)});
    const auto match
        = QRegularExpression(QStringLiteral("size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble())
                            : QSizeF();
}

std::vector<double> pdfInkShares(const std::string &pdf, int dpi, double top, double bottom)
{
    QTemporaryDir dir;
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
         QString::fromStdString(pdf), dir.filePath(QStringLiteral("page"))});
    std::vector<double> out;
    const auto files
        = QDir(dir.path()).entryList({QStringLiteral("page*.pgm")}, QDir::Files, QDir::Name);
    for (const auto &name : files) {
        const QImage image = QImage(dir.filePath(name)).convertToFormat(QImage::Format_Grayscale8);
        const int y0 = int(image.height() * top), y1 = int(image.height() * bottom);
        long long ink = 0, all = 0;
        for (int y = y0; y < y1; ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x, ++all)
                ink += line[x] < 245;
        }
        out.push_back(all ? double(ink) / double(all) : 0);
    }
    return out;
}

} // namespace ts::test
