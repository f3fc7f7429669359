// The one project exception type: a user-readable message and the kind of failure.
#pragma once

#include <stdexcept>
#include <string>

namespace ts {

// The kinds map onto touchstone-cli's exit codes (docs/CLI.md): 2 usage, 3 bad input, 4 write.
enum class ErrorKind { Usage = 2, BadInput = 3, Write = 4, Locked = 5, Internal = 6 };

class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const std::string &message)
        : std::runtime_error(message)
        , m_kind(kind)
    { }
    ErrorKind kind() const { return m_kind; }

private:
    ErrorKind m_kind;
};

[[noreturn]] inline void fail(ErrorKind kind, const std::string &message)
{
    throw Error(kind, message);
}

} // namespace ts
