#include "app/personadialog.h"

#include "app/commands/mapcommands.h"
#include "app/workspacedocument.h"
#include "ui_personadialog.h"

#include <QBuffer>
#include <QFileDialog>
#include <QImageReader>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>

namespace ts::app {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}
std::string s(const QString &text)
{
    return text.trimmed().toStdString();
}

constexpr int kMaxPhotoSide = 512;
constexpr int kThumbnailSide = 120;

// Without a photo the persona still has a face: its initials on a disc, as in a workshop.
QPixmap initialsAvatar(const QString &name, qreal dpr)
{
    QString initials;
    for (const auto &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (initials.size() < 2 && word.at(0).isLetter())
            initials += word.at(0).toUpper();
    QPixmap pixmap(QSize(kThumbnailSide, kThumbnailSide) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xD6, 0xE4, 0xF0));
    p.drawEllipse(QRectF(8, 8, kThumbnailSide - 16, kThumbnailSide - 16));
    QFont font = p.font();
    font.setPixelSize(40);
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(0x2E, 0x4A, 0x66));
    p.drawText(QRectF(0, 0, kThumbnailSide, kThumbnailSide), Qt::AlignCenter,
               initials.isEmpty() ? QStringLiteral("?") : initials);
    return pixmap;
}

} // namespace

PersonaDialog::PersonaDialog(WorkspaceDocument &document, Id personaId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::PersonaDialog>())
    , m_personaId(personaId)
{
    m_ui->setupUi(this);
    m_ui->problem->setStyleSheet(QStringLiteral("color: #C0392B;"));
    m_ui->problem->hide();
    QFont quoteFont = m_ui->quote->font();
    quoteFont.setItalic(true); // their words, not ours
    m_ui->quote->setFont(quoteFont);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PersonaDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PersonaDialog::reject);
    connect(m_ui->choosePhoto, &QPushButton::clicked, this, &PersonaDialog::choosePhoto);
    connect(m_ui->removePhoto, &QPushButton::clicked, this, &PersonaDialog::removePhoto);
    connect(m_ui->name, &QLineEdit::textChanged, this, [this] {
        if (m_photo.isEmpty())
            showPhoto(); // the initials follow the name
    });
    // Failures of the save are shown here, where the user is looking.
    connect(&m_document, &WorkspaceDocument::errorOccurred, this, &PersonaDialog::showProblem);

    const auto *persona = findById(m_document.workspace().personas, personaId);
    if (persona)
        load(*persona);
    else
        m_personaId = 0;
    setWindowTitle(m_personaId ? tr("Persona: %1").arg(q(persona->name)) : tr("New persona"));
    if (m_document.isReadOnly()) {
        setWindowTitle(windowTitle() + tr(" [read-only]"));
        for (auto *edit : {m_ui->name, m_ui->segment})
            edit->setReadOnly(true);
        for (auto *edit : {m_ui->quote, m_ui->goals, m_ui->needs, m_ui->frustrations})
            edit->setReadOnly(true);
        m_ui->choosePhoto->setEnabled(false);
        m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    showPhoto();
}

PersonaDialog::~PersonaDialog() = default;

void PersonaDialog::load(const Persona &persona)
{
    m_ui->name->setText(q(persona.name));
    m_ui->segment->setText(q(persona.segment));
    m_ui->quote->setPlainText(q(persona.quote));
    m_ui->goals->setPlainText(q(persona.goals));
    m_ui->needs->setPlainText(q(persona.needs));
    m_ui->frustrations->setPlainText(q(persona.frustrations));
    m_photo = QByteArray::fromStdString(persona.photo);
}

Persona PersonaDialog::edited() const
{
    Persona p;
    if (const auto *stored = findById(m_document.workspace().personas, m_personaId))
        p = *stored; // keeps id, uid and position
    p.name = s(m_ui->name->text());
    p.segment = s(m_ui->segment->text());
    p.quote = s(m_ui->quote->toPlainText());
    p.goals = s(m_ui->goals->toPlainText());
    p.needs = s(m_ui->needs->toPlainText());
    p.frustrations = s(m_ui->frustrations->toPlainText());
    p.photo = m_photo.toStdString();
    return p;
}

void PersonaDialog::accept()
{
    if (m_document.isReadOnly()) {
        QDialog::reject();
        return;
    }
    const Persona persona = edited();
    if (persona.name.empty()) {
        showProblem(tr("A persona needs a name."));
        m_ui->name->setFocus();
        return;
    }
    if (!save(persona))
        return;
    emit personaSaved(m_personaId);
    QDialog::accept();
}

bool PersonaDialog::save(const Persona &persona)
{
    if (m_personaId) {
        const auto *before = findById(m_document.workspace().personas, m_personaId);
        if (!before) {
            showProblem(tr("This persona was removed meanwhile."));
            return false;
        }
        return *before == persona
            || m_document.execute(new EditPersonaCommand(m_document, *before, persona));
    }
    const auto *map = findById(m_document.workspace().maps, m_mapId);
    const std::optional<JourneyMap> mapBefore = map ? std::optional(*map) : std::nullopt;
    auto *stack = m_document.undoStack();
    if (mapBefore)
        stack->beginMacro(
            tr("New persona \"%1\" for \"%2\"").arg(q(persona.name), q(mapBefore->name)));
    auto *add = new AddPersonaCommand(m_document, persona);
    bool saved = m_document.execute(add); // the stack owns `add` once it is pushed
    if (saved)
        m_personaId = add->personaId();
    if (saved && mapBefore) {
        JourneyMap after = *mapBefore;
        after.personaId = m_personaId;
        m_document.execute(new EditMapCommand(m_document, *mapBefore, after));
    }
    if (mapBefore)
        stack->endMacro();
    return saved;
}

void PersonaDialog::choosePhoto()
{
    QStringList patterns;
    for (const auto &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a photo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        setPhotoFromFile(path);
}

bool PersonaDialog::setPhotoFromFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        showProblem(
            tr("%1: not an image Touchstone can read (%2).").arg(path, reader.errorString()));
        return false;
    }
    if (image.width() > kMaxPhotoSide || image.height() > kMaxPhotoSide)
        image = image.scaled(kMaxPhotoSide, kMaxPhotoSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    // Re-encoded rather than copied: the file stays small and holds only pixels.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool alpha = image.hasAlphaChannel();
    if (!image.save(&buffer, alpha ? "PNG" : "JPEG", alpha ? -1 : 88)) {
        showProblem(tr("%1: the image could not be converted.").arg(path));
        return false;
    }
    m_photo = bytes;
    m_ui->problem->hide();
    showPhoto();
    return true;
}

void PersonaDialog::removePhoto()
{
    m_photo.clear();
    showPhoto();
}

void PersonaDialog::showPhoto()
{
    QPixmap pixmap;
    if (!m_photo.isEmpty() && pixmap.loadFromData(m_photo)) {
        m_ui->photo->setPixmap(pixmap.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio,
                                             Qt::SmoothTransformation));
        m_ui->photo->setToolTip({});
    } else {
        m_ui->photo->setPixmap(initialsAvatar(m_ui->name->text(), devicePixelRatioF()));
        m_ui->photo->setToolTip(tr("No photo: choose one, or keep the initials"));
    }
    m_ui->removePhoto->setEnabled(!m_photo.isEmpty() && !m_document.isReadOnly());
}

void PersonaDialog::showProblem(const QString &message)
{
    m_ui->problem->setText(message);
    m_ui->problem->show();
}

} // namespace ts::app
