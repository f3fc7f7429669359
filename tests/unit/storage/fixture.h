// A fresh workspace file per test, opened for writing.
#pragma once

#include "storage/workspacefile.h"
#include "support/tempdir.h"

namespace ts::test {

struct WorkspaceFixture
{
    TempDir dir;
    std::unique_ptr<storage::WorkspaceFile> file
        = storage::WorkspaceFile::create(dir.file("test.cxw"));
    storage::Database &db = file->db();
};

} // namespace ts::test
