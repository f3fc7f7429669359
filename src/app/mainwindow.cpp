#include "app/mainwindow.h"

#include "app/gaps/reviewerprofile.h"
#include "app/plaintext.h"
#include "app/propertiespanel.h"
#include "app/startup.h"
#include "app/workspacedocument.h"
#include "core/error.h"
#include "storage/workspacefile.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

namespace ts::app {
namespace {

using storage::WorkspaceFile;

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QDockWidget *makeDock(const QString &title, const QString &name, QWidget *content)
{
    auto *dock = new QDockWidget(title);
    dock->setObjectName(name); // saveState() keys docks by object name
    dock->setWidget(content);
    return dock;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_navigator(new WorkspaceNavigator)
    , m_tabs(new QTabWidget)
    , m_properties(new PropertiesPanel)
    , m_undoView(new QUndoView(m_undoGroup))
    , m_navigatorDock(makeDock(tr("Workspace"), QStringLiteral("navigatorDock"), m_navigator))
    , m_propertiesDock(makeDock(tr("Properties"), QStringLiteral("propertiesDock"), m_properties))
    , m_historyDock(makeDock(tr("Undo history"), QStringLiteral("historyDock"), m_undoView))
    , m_fileLabel(new QLabel)
    , m_stateLabel(new QLabel)
{
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_propertiesDock->setMinimumWidth(280);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    for (auto *label : {m_fileLabel, m_stateLabel})
        label->setTextFormat(Qt::PlainText);
    m_fileLabel->setObjectName(QStringLiteral("fileName"));
    m_stateLabel->setObjectName(QStringLiteral("saveState"));
    statusBar()->addWidget(m_fileLabel, 1);
    // "Who is reviewing?" on a shared laptop: always in sight, changed in the gaps view.
    auto *reviewer = new QLabel;
    reviewer->setTextFormat(Qt::PlainText);
    reviewer->setObjectName(QStringLiteral("reviewer"));
    auto showReviewer = [reviewer](const QString &name) {
        reviewer->setText(name.isEmpty() ? tr("No reviewer") : tr("Reviewer: %1").arg(name));
    };
    showReviewer(ReviewerProfile::instance().name());
    connect(&ReviewerProfile::instance(), &ReviewerProfile::changed, reviewer, showReviewer);
    statusBar()->addPermanentWidget(reviewer);
    statusBar()->addPermanentWidget(m_stateLabel);

    connect(m_navigator, &WorkspaceNavigator::opened, this, [this](Area area, Id id) {
        if (area == Area::Map)
            openMap(id);
        else if (area == Area::Persona)
            editPersona(id);
        else
            openArea(area);
    });
    connect(m_navigator, &WorkspaceNavigator::menuRequested, this, &MainWindow::showNavigatorMenu);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &MainWindow::saveOpenTabs);
    connect(m_properties, &PropertiesPanel::editPersonaRequested, this,
            &MainWindow::editMapPersona);

    createActions();
    createMenus();
    resize(1280, 800);
    resizeDocks({m_navigatorDock, m_propertiesDock}, {250, 300},
                Qt::Horizontal); // the map gets the room
    restoreWindow();
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    m_keepTabs = true;
    m_properties->setDocument(nullptr);
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0); // the editors go before the document they show
}

const storage::WorkspaceFile *MainWindow::workspaceFile() const
{
    return m_document ? &m_document->file() : nullptr;
}

bool MainWindow::openWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && QFileInfo(m_document->fileName()).absoluteFilePath() == absolute)
        return true; // open here already; a second open would find it locked by ourselves
    std::unique_ptr<WorkspaceFile> file;
    try {
        try {
            file = WorkspaceFile::open(path.toStdString(), WorkspaceFile::Access::ReadWrite);
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Locked)
                throw;
            QMessageBox ask(QMessageBox::Question, tr("Workspace in use"),
                            tr("%1\n\nOpen it read-only?").arg(q(e.what())),
                            QMessageBox::Yes | QMessageBox::No, this);
            ask.setTextFormat(Qt::PlainText); // a file name is never markup
            const auto answer = ask.exec();
            if (answer != QMessageBox::Yes)
                return false;
            file = WorkspaceFile::open(path.toStdString(), WorkspaceFile::Access::ReadOnly);
        }
        auto document = std::make_unique<WorkspaceDocument>(std::move(file));
        closeWorkspace();
        setDocument(std::move(document));
    } catch (const std::exception &e) {
        showError(q(e.what()));
        return false;
    }
    rememberWorkspace(absolute);
    updateRecentMenu();
    restoreOpenTabs();
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_document)
        return;
    m_properties->commitPending();
    saveOpenTabs();
    setWorkshopMode(false);
    setDocument(nullptr);
}

void MainWindow::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    m_keepTabs = true;
    m_properties->setDocument(nullptr);
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    m_keepTabs = false;
    m_document = std::move(document);
    m_properties->setDocument(m_document.get());
    if (m_document) {
        auto *stack = m_document->undoStack();
        m_undoGroup->addStack(stack);
        m_undoGroup->setActiveStack(stack);
        connect(stack, &QUndoStack::indexChanged, this,
                [this] { setSaveState(tr("All changes saved")); });
        connect(m_document.get(), &WorkspaceDocument::errorOccurred, this, &MainWindow::showError);
        connect(m_document.get(), &WorkspaceDocument::workspaceReloaded, this,
                &MainWindow::workspaceChanged);
        connect(m_document.get(), &WorkspaceDocument::mapChanged, this,
                &MainWindow::workspaceChanged);
    }
    setSaveState(!m_document                    ? QString()
                     : m_document->isReadOnly() ? tr("Read-only")
                                                : tr("All changes saved"));
    workspaceChanged();
}

// After any change: names in the navigator and on tabs, tabs of maps that are gone.
void MainWindow::workspaceChanged()
{
    m_navigator->showWorkspace(m_document ? &m_document->workspace() : nullptr);
    closeStaleTabs();
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Touchstone"));
        m_fileLabel->setText(tr("No workspace open: File > New or File > Open"));
        return;
    }
    const QFileInfo info(m_document->fileName());
    const QString readOnly = m_document->isReadOnly() ? tr(" [read-only]") : QString();
    setWindowTitle(tr("%1 — Touchstone").arg(info.fileName()) + readOnly);
    m_fileLabel->setText(info.absoluteFilePath() + readOnly);
}

void MainWindow::setSaveState(const QString &text, bool error)
{
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(error ? plainToolTip(text) : QString());
    m_stateLabel->setStyleSheet(error ? QStringLiteral("color: #C0392B; font-weight: 600;")
                                      : QString());
}

void MainWindow::showError(const QString &message)
{
    setSaveState(message, true);
    if (QApplication::platformName() == QLatin1String("offscreen")) {
        qWarning("%s", qPrintable(message)); // tests must never wait on a message box
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Touchstone"), message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void MainWindow::restoreWindow()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveWindow()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    setWorkshopMode(false); // what is restored next time is the normal window
    saveWindow();
    closeWorkspace();
    event->accept();
}

} // namespace ts::app
