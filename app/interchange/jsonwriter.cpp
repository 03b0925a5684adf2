#include "interchange/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(m_stack.size() * m_indent, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Level &level = m_stack.last();
    if (level.count++ > 0)
        m_out += ',';
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_stack.append(Level{true});
}

void JsonWriter::endObject()
{
    const Level level = m_stack.takeLast();
    if (level.count > 0)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_stack.append(Level{false});
}

void JsonWriter::endArray()
{
    const Level level = m_stack.takeLast();
    if (level.count > 0)
        newline();
    m_out += ']';
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    m_out += quote(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &s)
{
    beforeValue();
    m_out += quote(s);
}

void JsonWriter::value(const std::optional<QString> &s)
{
    if (s)
        value(*s);
    else
        null();
}

void JsonWriter::value(double d)
{
    beforeValue();
    m_out += number(d);
}

void JsonWriter::value(qint64 i)
{
    beforeValue();
    m_out += QByteArray::number(i);
}

void JsonWriter::value(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::stringArray(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    endArray();
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(v.toBool());
        break;
    case QJsonValue::Double:
        value(v.toDouble());
        break;
    case QJsonValue::String:
        value(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray a = v.toArray();
        for (const auto &item : a)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

QByteArray JsonWriter::finish()
{
    QByteArray out = m_out;
    out += '\n';
    m_out.clear();
    return out;
}

QByteArray JsonWriter::quote(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray JsonWriter::number(double d)
{
    if (!std::isfinite(d))
        return "null";
    // Integers print without a fraction (1, not 1.0); others in the shortest form that reads back exactly.
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QByteArray::number(static_cast<qint64>(d));
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, d);
    return QByteArray(buf, result.ptr - buf);
}
