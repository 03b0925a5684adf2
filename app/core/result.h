// Result types of the core library.
//
// Every fallible core operation returns a Result<T>: either a value or an Error. Errors carry a kind (for exit
// codes and UI decisions), a translated user message (what happened and what to do) and optional detail lines
// (for example one line per validation failure). The core never throws through Qt code.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <variant>

enum class ErrorKind {
    Validation,   // input breaks a rule of domain.md; nothing was written and no request was sent
    NotFound,     // the named record does not exist
    Refused,      // the operation is not allowed in this state (e.g. editing a version)
    Storage,      // the workspace file could not be read or written
    Network,      // connection, timeout, or server error after retries
    Blocked,      // e.g. archive blocked by references
    Cancelled,
    Conflict,     // a save made on an older version of a record that someone else changed meanwhile
    Unauthorized, // the database server refused the credentials (wrong or missing password)
};

namespace OpenAi {
struct ApiError;   // app/openai/apierror.h: the server's answer behind a network error
}

struct Error {
    ErrorKind kind = ErrorKind::Storage;
    QString message;       // one line, translated, shown to the user
    QStringList details;   // further lines (validation failures, server detail)
    std::shared_ptr<const OpenAi::ApiError> api = {};   // set by the OpenAI client: status, code, request id…

    static Error validation(QStringList problems)
    {
        Error e{ErrorKind::Validation, problems.value(0), problems};
        return e;
    }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;
