#include "app/newmapdialog.h"

#include "app/commands/mapcommands.h"
#include "app/workspacedocument.h"
#include "interchange/demo.h"
#include "ui_newmapdialog.h"

#include <QPushButton>

namespace ts::app {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

enum Role { DescriptionRole = Qt::UserRole + 1 };

} // namespace

NewMapDialog::NewMapDialog(WorkspaceDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::NewMapDialog>())
{
    m_ui->setupUi(this);
    auto templates = interchange::mapTemplates();
    // Blank first: the one to pick when a team wants to start from its own sticky notes.
    std::stable_partition(templates.begin(), templates.end(),
                          [](const auto &t) { return t.id == "blank"; });
    for (const auto &t : templates) {
        m_ui->templates->addItem(t.name.empty() ? q(t.id) : q(t.name), q(t.id));
        m_ui->templates->setItemData(m_ui->templates->count() - 1, q(t.description),
                                     DescriptionRole);
    }
    m_ui->persona->addItem(tr("No persona"), qlonglong(0));
    for (const auto &p : m_document.workspace().personas)
        m_ui->persona->addItem(q(p.name), qlonglong(p.id));
    connect(m_ui->templates, &QComboBox::currentIndexChanged, this, &NewMapDialog::templateChosen);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewMapDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &NewMapDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Create map"));
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_document.isReadOnly() && !templates.empty());
    templateChosen();
}

NewMapDialog::~NewMapDialog() = default;

bool NewMapDialog::selectTemplate(const QString &templateId)
{
    const int index = m_ui->templates->findData(templateId);
    if (index >= 0)
        m_ui->templates->setCurrentIndex(index);
    return index >= 0;
}

QString NewMapDialog::templateId() const
{
    return m_ui->templates->currentData().toString();
}

void NewMapDialog::templateChosen()
{
    m_ui->templateDescription->setText(m_ui->templates->currentData(DescriptionRole).toString());
    // An empty name takes the template's: one keystroke (Enter) makes a map.
    m_ui->name->setPlaceholderText(m_ui->templates->currentText());
}

void NewMapDialog::accept()
{
    QString name = m_ui->name->text().trimmed();
    if (name.isEmpty())
        name = m_ui->templates->currentText();
    auto *command = new AddMapCommand(m_document, name.toStdString(), templateId().toStdString(),
                                      m_ui->persona->currentData().toLongLong());
    if (!m_document.execute(command)) // reported by the document; the dialog stays open
        return;
    m_mapId = command->newMapId(); // the undo stack owns the command now
    emit mapCreated(m_mapId);
    QDialog::accept();
}

} // namespace ts::app
