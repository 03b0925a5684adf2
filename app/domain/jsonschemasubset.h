// The practical subset of JSON Schema that saved checks use (domain.md §12, `json_schema` expectations): `type`
// (one name or an array of them: null, boolean, object, array, number, integer, string), `properties`, `required`,
// `items` (one schema for every element), `enum`, `additionalProperties` (false or a schema), `minimum`, `maximum`,
// `minLength`, `maxLength` (in characters). Every other keyword (`$schema`, `title`, `description`, …) is ignored.
// Pure functions; messages are translated and read "<JSONPath>: <message>", as the interchange file's do.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace JsonSchemaSubset {

/// Problems of `schema` itself — a keyword of the subset with a value of the wrong kind, an unknown type name —
/// with `path` the schema's own JSONPath (e.g. "$.expect[0].json_schema"). Empty when the subset can use it.
QStringList checkSchema(const QJsonObject &schema, const QString &path);

/// Where `value` breaks `schema`: one line per problem, the JSONPath into the value ("$", "$.items[2].name") then
/// the message, e.g. "$.count: must be an integer". Empty when it conforms. `schema` should pass checkSchema().
QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QString &path = QStringLiteral("$"));

} // namespace JsonSchemaSubset
