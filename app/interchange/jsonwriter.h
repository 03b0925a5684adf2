// A JSON writer that keeps keys in the order they are written (QJsonDocument sorts them), for the interchange file's
// fixed key order (domain.md §2): 2-space indent, UTF-8, shortest round-trip numbers. Objects from QJsonValue
// (function parameters) are written with their keys in code-point order, so output is deterministic.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonWriter
{
public:
    explicit JsonWriter(int indent = 2) : m_indent(indent) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);
    void value(const QString &s);
    void value(const char *s) { value(QString::fromUtf8(s)); }
    void value(const std::optional<QString> &s);
    void value(double d);
    void value(qint64 i);
    void value(int i) { value(qint64(i)); }
    void value(bool b);
    void null();
    void value(const QJsonValue &v);
    void stringArray(const QStringList &list);

    /// The document, with a final newline.
    QByteArray finish();

    static QByteArray quote(const QString &s);
    static QByteArray number(double d);

private:
    void beforeValue();
    void newline();

    struct Level {
        bool isObject;
        int count = 0;
    };
    QByteArray m_out;
    QList<Level> m_stack;
    bool m_afterKey = false;
    int m_indent;
};
