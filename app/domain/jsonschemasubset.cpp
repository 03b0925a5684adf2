#include "domain/jsonschemasubset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace JsonSchemaSubset {
namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("JsonSchemaSubset", text, nullptr, n);
}

const QStringList &typeNames()
{
    static const QStringList names{QStringLiteral("null"),   QStringLiteral("boolean"), QStringLiteral("object"),
                                   QStringLiteral("array"),  QStringLiteral("number"),  QStringLiteral("integer"),
                                   QStringLiteral("string")};
    return names;
}

QString typeLabel(const QString &type)
{
    if (type == QLatin1String("null"))
        return tr("null");
    if (type == QLatin1String("boolean"))
        return tr("true or false");
    if (type == QLatin1String("object"))
        return tr("an object");
    if (type == QLatin1String("array"))
        return tr("an array");
    if (type == QLatin1String("number"))
        return tr("a number");
    if (type == QLatin1String("integer"))
        return tr("an integer");
    return tr("a string");
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("null"))
        return v.isNull();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer"))
        return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble());
    return v.isString();
}

QString compact(const QJsonValue &v)
{
    // QJsonDocument holds only objects and arrays: write the value inside an array and take the brackets off.
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString member(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return path + QStringLiteral("['") + quoted + QStringLiteral("']");
}

/// A count of the schema as the `%n` of a message (capped: the schema may say 1e300).
int countOf(const QJsonValue &v)
{
    return int(std::min(v.toDouble(), 1e9));
}

bool isCount(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == std::floor(v.toDouble()) && std::isfinite(v.toDouble());
}

void checkSubschema(const QJsonValue &v, const QString &path, QStringList &out)
{
    if (!v.isObject())
        out << path + QStringLiteral(": ") + tr("must be a JSON schema (an object)");
    else
        out += checkSchema(v.toObject(), path);
}
} // namespace

QStringList checkSchema(const QJsonObject &schema, const QString &path)
{
    QStringList out;
    const auto problem = [&out, &path](const char *key, const QString &message) {
        out << path + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ") + message;
    };
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue type = schema.value(QLatin1String("type"));
        QJsonArray names = type.isArray() ? type.toArray() : QJsonArray{type};
        if (names.isEmpty())
            problem("type", tr("must name at least one type"));
        for (const QJsonValue &name : std::as_const(names))
            if (!name.isString() || !typeNames().contains(name.toString()))
                problem("type", tr("%1 is not a type; use one of %2")
                                    .arg(compact(name), typeNames().join(QStringLiteral(", "))));
    }
    if (schema.contains(QLatin1String("properties"))) {
        const QJsonValue properties = schema.value(QLatin1String("properties"));
        if (!properties.isObject()) {
            problem("properties", tr("must be an object"));
        } else {
            const QJsonObject p = properties.toObject();
            for (auto it = p.begin(); it != p.end(); ++it)
                checkSubschema(it.value(), member(path + QStringLiteral(".properties"), it.key()), out);
        }
    }
    if (schema.contains(QLatin1String("required"))) {
        const QJsonValue required = schema.value(QLatin1String("required"));
        bool ok = required.isArray();
        for (const QJsonValue &name : required.toArray())
            ok = ok && name.isString();
        if (!ok)
            problem("required", tr("must be an array of property names"));
    }
    if (schema.contains(QLatin1String("items")))
        checkSubschema(schema.value(QLatin1String("items")), path + QStringLiteral(".items"), out);
    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).isArray())
        problem("enum", tr("must be an array"));
    if (schema.contains(QLatin1String("additionalProperties"))) {
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        if (!additional.isBool())
            checkSubschema(additional, path + QStringLiteral(".additionalProperties"), out);
    }
    for (const char *key : {"minimum", "maximum"})
        if (schema.contains(QLatin1String(key)) && !schema.value(QLatin1String(key)).isDouble())
            problem(key, tr("must be a number"));
    for (const char *key : {"minLength", "maxLength"})
        if (schema.contains(QLatin1String(key)) && !isCount(schema.value(QLatin1String(key))))
            problem(key, tr("must be a whole number of at least 0"));
    return out;
}

QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    QStringList out;
    const auto problem = [&out, &path](const QString &message) { out << path + QStringLiteral(": ") + message; };

    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue type = schema.value(QLatin1String("type"));
        const QJsonArray names = type.isArray() ? type.toArray() : QJsonArray{type};
        bool matches = false;
        QStringList labels;
        for (const QJsonValue &name : names) {
            matches = matches || hasType(value, name.toString());
            labels << typeLabel(name.toString());
        }
        if (!matches) {
            problem(tr("must be %1").arg(labels.join(tr(" or "))));
            return out;   // the other keywords would only repeat it
        }
    }
    if (schema.value(QLatin1String("enum")).isArray()) {
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.contains(value)) {
            QStringList shown;
            for (const QJsonValue &v : allowed)
                shown << compact(v);
            problem(tr("must be one of %1").arg(shown.join(QStringLiteral(", "))));
        }
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (schema.value(QLatin1String("minimum")).isDouble() && d < schema.value(QLatin1String("minimum")).toDouble())
            problem(tr("must be at least %1").arg(compact(schema.value(QLatin1String("minimum")))));
        if (schema.value(QLatin1String("maximum")).isDouble() && d > schema.value(QLatin1String("maximum")).toDouble())
            problem(tr("must be at most %1").arg(compact(schema.value(QLatin1String("maximum")))));
    }
    if (value.isString()) {
        const qsizetype length = value.toString().toUcs4().size();   // characters, not UTF-16 units
        const QJsonValue min = schema.value(QLatin1String("minLength"));
        const QJsonValue max = schema.value(QLatin1String("maxLength"));
        if (isCount(min) && double(length) < min.toDouble())
            problem(tr("must have at least %n character(s)", countOf(min)));
        if (isCount(max) && double(length) > max.toDouble())
            problem(tr("must have at most %n character(s)", countOf(max)));
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray())
            if (name.isString() && !o.contains(name.toString()))
                out << member(path, name.toString()) + QStringLiteral(": ") + tr("is required");
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = member(path, it.key());
            if (properties.value(it.key()).isObject())
                out += validate(it.value(), properties.value(it.key()).toObject(), at);
            else if (additional.isBool() && !additional.toBool() && !properties.contains(it.key()))
                out << at + QStringLiteral(": ") + tr("is not allowed");
            else if (additional.isObject() && !properties.contains(it.key()))
                out += validate(it.value(), additional.toObject(), at);
        }
    }
    if (value.isArray() && schema.value(QLatin1String("items")).isObject()) {
        const QJsonArray items = value.toArray();
        const QJsonObject itemSchema = schema.value(QLatin1String("items")).toObject();
        for (qsizetype i = 0; i < items.size(); ++i)
            out += validate(items.at(i), itemSchema, QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return out;
}

} // namespace JsonSchemaSubset
