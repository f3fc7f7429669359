#include "app/mainwindow.h"

#include "app/startup.h"
#include "interchange/workspacejson.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeWidget>

namespace ts::app {
namespace {

using storage::WorkspaceFile;

const QString kFilter = QObject::tr("Touchstone workspace (*.cxw)");
QString q(const std::string &text) { return QString::fromStdString(text); }

enum Section { Canvas, Departments, Personas, Maps, Metrics, Roadmap, Gaps, Map };

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigator(new QTreeWidget)
    , m_overview(new QTableWidget)
    , m_fileLabel(new QLabel)
    , m_stateLabel(new QLabel)
{
    auto *splitter = new QSplitter;
    m_navigator->setHeaderHidden(true);
    m_navigator->setMinimumWidth(220);
    m_overview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overview->horizontalHeader()->setStretchLastSection(true);
    m_overview->verticalHeader()->hide();
    m_overview->setWordWrap(true);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_overview);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, &MainWindow::showSection);
    createMenus();
    resize(1280, 800);
    showWorkspace();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New..."), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openWithDialog);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import JSON..."), this, &MainWindow::importJson);
    file->addAction(tr("&Export JSON..."), this, &MainWindow::exportJson);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeWorkspace);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

bool MainWindow::openWorkspace(const QString &path)
{
    try {
        try {
            m_file = WorkspaceFile::open(path.toStdString(), WorkspaceFile::Access::ReadWrite);
        } catch (const Error &e) {
            if (e.kind() != ErrorKind::Locked)
                throw;
            const auto answer = QMessageBox::question(
                this, tr("Workspace in use"),
                tr("%1\n\nOpen it read-only?").arg(QString::fromStdString(e.what())));
            if (answer != QMessageBox::Yes)
                return false;
            m_file = WorkspaceFile::open(path.toStdString(), WorkspaceFile::Access::ReadOnly);
        }
        m_workspace = storage::loadWorkspace(m_file->db());
        rememberWorkspace(path);
    } catch (const Error &e) {
        m_file.reset();
        m_workspace = {};
        showError(QString::fromStdString(e.what()));
        showWorkspace();
        return false;
    }
    showWorkspace();
    return true;
}

void MainWindow::showWorkspace()
{
    m_navigator->clear();
    m_overview->clear();
    m_overview->setRowCount(0);
    m_overview->setColumnCount(0);
    if (!m_file) {
        setWindowTitle(tr("Touchstone"));
        m_fileLabel->setText(tr("No workspace open: File > New or File > Open"));
        m_stateLabel->clear();
        return;
    }
    const QFileInfo info(q(m_file->path()));
    setWindowTitle(tr("%1 — Touchstone").arg(info.fileName()) + (m_file->readOnly() ? tr(" [read-only]") : QString()));
    m_fileLabel->setText(info.absoluteFilePath());
    m_stateLabel->setText(m_file->readOnly() ? tr("Read-only") : tr("All changes saved"));
    auto add = [this](const QString &text, Section section, QTreeWidgetItem *parent = nullptr) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_navigator);
        item->setText(0, text);
        item->setData(0, Qt::UserRole, int(section));
        return item;
    };
    const auto &w = m_workspace;
    add(tr("Purpose canvas"), Canvas);
    add(tr("Departments and goals (%1)").arg(w.departments.size()), Departments);
    add(tr("Personas (%1)").arg(w.personas.size()), Personas);
    auto *maps = add(tr("Journey maps (%1)").arg(w.maps.size()), Maps);
    for (const auto &map : w.maps)
        add(q(map.name), Map, maps)->setData(0, Qt::UserRole + 1, qlonglong(map.id));
    maps->setExpanded(true);
    add(tr("Metrics (%1 responses)").arg(w.responses.size()), Metrics);
    add(tr("Roadmap (%1 initiatives)").arg(w.initiatives.size()), Roadmap);
    add(tr("Alignment gaps"), Gaps);
    m_navigator->setCurrentItem(maps->childCount() ? maps->child(0) : maps);
}

void MainWindow::showSection()
{
    auto *item = m_navigator->currentItem();
    m_overview->clear();
    if (!item)
        return;
    std::vector<QStringList> rows;
    QStringList header;
    const auto &w = m_workspace;
    switch (Section(item->data(0, Qt::UserRole).toInt())) {
    case Canvas:
        header = {tr("Block"), tr("Text")};
        rows = {{tr("Organisation"), q(w.canvas.organisation)},
                {tr("Business purpose"), q(w.canvas.businessPurpose)},
                {tr("Business strategy"), q(w.canvas.businessStrategy)},
                {tr("Customer strategy"), q(w.canvas.customerStrategy)},
                {tr("CX vision"), q(w.canvas.cxVision)},
                {tr("Brand promise"), q(w.canvas.brandPromise)},
                {tr("Employee experience"), q(w.canvas.employeeExperience)}};
        break;
    case Departments:
        header = {tr("Department"), tr("Leader"), tr("Role in the experience")};
        for (const auto &d : w.departments)
            rows.push_back({q(d.name), q(d.leader), q(d.role)});
        break;
    case Personas:
        header = {tr("Persona"), tr("Segment"), tr("Quote")};
        for (const auto &p : w.personas)
            rows.push_back({q(p.name), q(p.segment), q(p.quote)});
        break;
    case Maps:
    case Map: {
        const Id mapId = item->data(0, Qt::UserRole + 1).toLongLong();
        header = {tr("Stage"), tr("Lane"), tr("Card")};
        for (const auto &c : w.cards) {
            if (mapId && c.mapId != mapId)
                continue;
            const auto *stage = findById(w.stages, c.stageId);
            const auto *lane = findById(w.lanes, c.laneId);
            rows.push_back({stage ? q(stage->name) : QString(), lane ? q(lane->title) : QString(), q(c.title)});
        }
        break;
    }
    case Metrics:
        header = {tr("Figure"), tr("Value")};
        rows = {{tr("Survey responses"), QString::number(w.responses.size())},
                {tr("Imports"), QString::number(w.surveyImports.size())}};
        break;
    case Roadmap:
        header = {tr("Initiative"), tr("Dimension"), tr("Start"), tr("End"), tr("Owner")};
        for (const auto &i : w.initiatives)
            rows.push_back({q(i.title), q(toString(i.dimension)), q(i.startQuarter), q(i.endQuarter), q(i.owner)});
        break;
    case Gaps:
        header = {tr("Alignment gaps")};
        rows = {{tr("The gap review arrives with the alignment issue; run touchstone-cli check meanwhile.")}};
        break;
    }
    m_overview->setColumnCount(int(header.size()));
    m_overview->setHorizontalHeaderLabels(header);
    m_overview->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < int(rows[r].size()); ++c)
            m_overview->setItem(r, c, new QTableWidgetItem(rows[r][c])); // plain text, never markup
    m_overview->resizeRowsToContents();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QString(), kFilter);
    if (path.isEmpty())
        return;
    try {
        m_file.reset();
        WorkspaceFile::create(path.toStdString()).reset();
    } catch (const Error &e) {
        showError(q(e.what()));
        return;
    }
    openWorkspace(path);
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(), kFilter);
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveAs()
{
    if (!m_file)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save workspace as"), QString(), kFilter);
    if (path.isEmpty())
        return;
    try {
        m_file->saveAs(path.toStdString());
    } catch (const Error &e) {
        showError(q(e.what()));
        return;
    }
    m_file.reset();
    openWorkspace(path);
}

void MainWindow::importJson()
{
    const QString source = QFileDialog::getOpenFileName(this, tr("Import JSON"), QString(), tr("JSON (*.json)"));
    if (source.isEmpty())
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("New workspace from JSON"), QString(), kFilter);
    if (target.isEmpty())
        return;
    try {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::BadInput, source.toStdString() + ": " + in.errorString().toStdString());
        const auto name = source.toStdString();
        const auto workspace = interchange::fromJson(interchange::parseJson(in.readAll().toStdString(), name), name);
        WorkspaceFile::create(target.toStdString(), [&](storage::Database &db) {
            storage::storeWorkspace(db, workspace);
        }).reset();
    } catch (const Error &e) {
        showError(q(e.what()));
        return;
    }
    openWorkspace(target);
}

void MainWindow::exportJson()
{
    if (!m_file)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON"), QString(), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto text = interchange::dumpJson(interchange::toJson(storage::loadWorkspace(m_file->db())));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), qint64(text.size())) != qint64(text.size())
        || !out.commit())
        showError(tr("%1: cannot write: %2").arg(path, out.errorString()));
}

void MainWindow::closeWorkspace()
{
    m_file.reset();
    m_workspace = {};
    showWorkspace();
}

void MainWindow::showError(const QString &message)
{
    if (QApplication::platformName() == QLatin1String("offscreen"))
        qWarning("%s", qPrintable(message));
    else
        QMessageBox::warning(this, tr("Touchstone"), message);
}

} // namespace ts::app
