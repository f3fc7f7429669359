// touchstone-iconrender SVG SIZE OUT.png: renders the application icon at one size, at build time,
// so the PNG sizes of the hicolor theme always match the SVG. Qt's own SVG renderer is used (the
// build already needs Qt6::Svg) rather than adding rsvg-convert or Inkscape to the build.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 8 || size > 1024) {
        std::fputs("usage: touchstone-iconrender ICON.svg SIZE OUT.png (SIZE 8..1024)\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "touchstone-iconrender: %s: not a valid SVG image\n",
                     qPrintable(args.at(1)));
        return 3;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "touchstone-iconrender: %s: cannot write\n", qPrintable(args.at(3)));
        return 4;
    }
    return 0;
}
