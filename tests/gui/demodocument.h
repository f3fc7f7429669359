// A demo workspace file opened as a WorkspaceDocument, for tests of one editor at a time.
#pragma once

#include "app/workspacedocument.h"
#include "guiapp.h"
#include "interchange/demo.h"
#include "storage/workspacefile.h"
#include "storage/workspacestore.h"
#include "support/tempdir.h"

#include <memory>

namespace ts::test {

struct DemoDocument
{
    TempDir dir;
    std::string path = dir.file("Northwind Motors.cxw");
    std::unique_ptr<app::WorkspaceDocument> doc;

    DemoDocument()
    {
        guiApplication();
        storage::WorkspaceFile::create(path, [](storage::Database &db) {
            storage::storeWorkspace(db, interchange::demoWorkspace());
        }).reset();
        doc = std::make_unique<app::WorkspaceDocument>(
            storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadWrite));
    }
    // What the file holds now, read through a second connection as another process would.
    Workspace fileState() const
    {
        auto reader = storage::WorkspaceFile::open(path, storage::WorkspaceFile::Access::ReadOnly);
        return storage::loadWorkspace(reader->db());
    }
};

} // namespace ts::test
