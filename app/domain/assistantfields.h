// The editable fields of a working assistant by name — for `set` (cli.md: name, description, instructions, model,
// temperature, top_p, metadata.KEY), for the change history ("which fields changed") and for merging two edits of one
// record (no lost update): a three-way merge of the version an edit started from (base), mine and theirs.
#pragma once

#include "core/result.h"
#include "domain/assistant.h"

#include <QList>
#include <QString>
#include <QStringList>

/// One field edit of `set`; an empty value of metadata.KEY removes the key.
struct FieldEdit {
    QString field;
    QString value;
};

namespace AssistantFields {
/// The names `set` accepts, for its help and errors.
QStringList settableFields();
/// Parses "FIELD=VALUE"; error "<arg>: expected FIELD=VALUE".
Result<FieldEdit> parseEdit(const QString &argument);
/// Applies one edit; errors name the field ("Temperature: not a number (“warm”)", "Field “colour”: not a field
/// `set` changes (…)"). Range rules are validation's (domain.md §1.1), checked on save.
Status apply(Assistant &assistant, const FieldEdit &edit);

/// The editable fields of an assistant, each with the name the history shows and a label for people.
struct Field {
    QString name;    // "name", "instructions", "tools.code_interpreter", "functions", "files.file_search", "metadata"…
    QString label;   // "Name", "Instructions", …
};
QList<Field> fields();
/// The names of the fields that differ between two records.
QStringList changed(const Assistant &before, const Assistant &after);
/// The field `name` of `from` copied into `to`.
void copyField(const QString &name, const Assistant &from, Assistant &to);
/// A field's value as text, for showing mine and theirs side by side.
QString displayValue(const QString &name, const Assistant &a);

/// A three-way merge: fields only I changed take mine, fields only they changed take theirs, fields both changed
/// the same way take that value; fields both changed differently are conflicts, left at theirs in `merged` until
/// the user chooses.
struct Merge {
    Assistant merged;
    QStringList conflicts;       // field names, in fields() order
    QStringList takenFromTheirs; // fields only they changed
};
Merge merge(const Assistant &base, const Assistant &mine, const Assistant &theirs);
} // namespace AssistantFields
