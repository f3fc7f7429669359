// A temporary folder for one test, removed with everything in it when the test ends.
#pragma once

#include <QTemporaryDir>
#include <string>

namespace ts::test {

class TempDir
{
public:
    std::string file(const std::string &name) const
    {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }
    std::string path() const { return m_dir.path().toStdString(); }

private:
    QTemporaryDir m_dir;
};

} // namespace ts::test
