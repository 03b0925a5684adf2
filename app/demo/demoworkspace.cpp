#include "demo/demoworkspace.h"

#include "interchange/interchange.h"
#include "storage/blobstore.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Demo {
namespace {
QJsonObject file(const char *id, const char *name, const QByteArray &content, const char *remoteId)
{
    QJsonObject f{{QStringLiteral("id"), QLatin1String(id)},
                  {QStringLiteral("name"), QLatin1String(name)},
                  {QStringLiteral("size"), content.size()},
                  {QStringLiteral("sha256"), BlobStore::sha256Hex(content)},
                  {QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64())}};
    if (remoteId)
        f.insert(QStringLiteral("remote_file_id"), QLatin1String(remoteId));
    return f;
}

QJsonObject function(const char *name, const char *description, const char *param)
{
    return QJsonObject{
        {QStringLiteral("name"), QLatin1String(name)},
        {QStringLiteral("description"), QLatin1String(description)},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QLatin1String(param), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                     {QStringLiteral("required"), QJsonArray{QLatin1String(param)}}}}};
}
} // namespace

QByteArray interchangeDocument()
{
    const QByteArray faq = "Q: Where is my order?\nA: Open Orders and enter the order number.\n";
    const QByteArray prices = "sku,price\nA-100,19.90\nB-200,24.50\n";
    const QByteArray policy = "Returns are accepted within 30 days with the receipt.\n";
    const QByteArray triage = "Symptoms that need an urgent appointment: chest pain, shortness of breath.\n";

    const QString helpInstructions = QStringLiteral(
        "You are the helpdesk of an online shop.\nAnswer questions about orders, deliveries and returns.\n"
        "Use the FAQ first; look orders up with lookup_order.");
    const QJsonArray helpFunctions{function("lookup_order", "Find an order by its number", "number"),
                                   function("open_ticket", "Open a support ticket for a human agent", "summary")};

    QJsonObject helpdesk{
        {QStringLiteral("id"), QStringLiteral("demo-helpdesk")},
        {QStringLiteral("name"), QStringLiteral("Helpdesk")},
        {QStringLiteral("model"), QStringLiteral("gpt-4o")},
        {QStringLiteral("description"), QStringLiteral("Answers order and delivery questions")},
        {QStringLiteral("instructions"), helpInstructions},
        {QStringLiteral("temperature"), 0.7},
        {QStringLiteral("builtin_tools"), QJsonArray{QStringLiteral("code_interpreter"), QStringLiteral("file_search")}},
        {QStringLiteral("functions"), helpFunctions},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("code_interpreter"), QJsonArray{QStringLiteral("demo-f-prices")}},
                                              {QStringLiteral("file_search"),
                                               QJsonArray{QStringLiteral("demo-f-faq"), QStringLiteral("demo-f-policy")}}}},
        {QStringLiteral("vector_store_id"), QStringLiteral("vs_demoHelp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("team"), QStringLiteral("support")}}},
        {QStringLiteral("remote_id"), QStringLiteral("asst_demoHelp")},
        {QStringLiteral("next_version_number"), 3},
        {QStringLiteral("versions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-helpdesk-v1")},
                                {QStringLiteral("version_number"), 1},
                                {QStringLiteral("name"), QStringLiteral("Helpdesk v1")},
                                {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                {QStringLiteral("instructions"), QStringLiteral("Answer order questions.")},
                                {QStringLiteral("builtin_tools"), QJsonArray{QStringLiteral("file_search")}},
                                {QStringLiteral("files"), QJsonObject{{QStringLiteral("file_search"),
                                                                       QJsonArray{QStringLiteral("demo-f-faq")}}}},
                                {QStringLiteral("vector_store_id"), QStringLiteral("vs_demoHelpV1")},
                                {QStringLiteral("remote_id"), QStringLiteral("asst_demoHelpV1")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-helpdesk-v2")},
                                {QStringLiteral("version_number"), 2},
                                {QStringLiteral("name"), QStringLiteral("Helpdesk v2")},
                                {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                {QStringLiteral("instructions"), helpInstructions},
                                {QStringLiteral("temperature"), 0.7},
                                {QStringLiteral("builtin_tools"), QJsonArray{QStringLiteral("file_search")}},
                                {QStringLiteral("functions"), helpFunctions},
                                {QStringLiteral("files"), QJsonObject{{QStringLiteral("file_search"),
                                                                       QJsonArray{QStringLiteral("demo-f-faq"),
                                                                                  QStringLiteral("demo-f-policy")}}}},
                                {QStringLiteral("vector_store_id"), QStringLiteral("vs_demoHelpV2")},
                                {QStringLiteral("remote_id"), QStringLiteral("asst_demoHelpV2")}}}},
        // Saved checks (domain.md §12): what "Run checks" and `assistant-desk-cli test` play against the server.
        {QStringLiteral("checks"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-c-order")},
                                {QStringLiteral("name"), QStringLiteral("Looks an order up")},
                                {QStringLiteral("messages"), QJsonArray{QStringLiteral("Where is order 1042?")}},
                                {QStringLiteral("function_results"),
                                 QJsonObject{{QStringLiteral("lookup_order"),
                                              QStringLiteral("{\"status\": \"shipped\", \"eta\": \"tomorrow\"}")}}},
                                {QStringLiteral("expect"),
                                 QJsonArray{QJsonObject{{QStringLiteral("calls"), QStringLiteral("lookup_order")}},
                                            QJsonObject{{QStringLiteral("contains"), QStringLiteral("shipped")}}}}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-c-returns")},
                                {QStringLiteral("name"), QStringLiteral("Knows the return period")},
                                {QStringLiteral("messages"),
                                 QJsonArray{QStringLiteral("How long do I have to return something?")}},
                                {QStringLiteral("expect"),
                                 QJsonArray{QJsonObject{{QStringLiteral("contains"), QStringLiteral("30 days")}},
                                            QJsonObject{{QStringLiteral("not_contains"), QStringLiteral("sorry")}}}}}}}};

    QJsonObject sales{
        {QStringLiteral("id"), QStringLiteral("demo-sales")},
        {QStringLiteral("name"), QStringLiteral("Sales assistant")},
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("instructions"), QStringLiteral("Recommend products from the price list. Never invent prices.")},
        {QStringLiteral("temperature"), 0.4},
        {QStringLiteral("top_p"), 0.9},
        {QStringLiteral("builtin_tools"), QJsonArray{QStringLiteral("code_interpreter")}},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("code_interpreter"), QJsonArray{QStringLiteral("demo-f-prices")}}}},
        {QStringLiteral("remote_id"), QStringLiteral("asst_demoSales")}};

    QJsonObject clinic{
        {QStringLiteral("id"), QStringLiteral("demo-clinic")},
        {QStringLiteral("name"), QStringLiteral("Clinic triage")},
        {QStringLiteral("model"), QStringLiteral("gpt-4.1")},
        {QStringLiteral("description"), QStringLiteral("First questions before an appointment")},
        {QStringLiteral("instructions"), QStringLiteral("Ask about symptoms and urgency. Never give a diagnosis.")},
        {QStringLiteral("temperature"), 0.2},
        {QStringLiteral("builtin_tools"), QJsonArray{QStringLiteral("file_search")}},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("file_search"), QJsonArray{QStringLiteral("demo-f-triage")}}}},
        {QStringLiteral("functions"), QJsonArray{function("book_appointment", "Book the next free slot", "urgency")}},
        {QStringLiteral("allow_file_downloads"), true}};

    QJsonObject draft{{QStringLiteral("id"), QStringLiteral("demo-onboarding")},
                      {QStringLiteral("name"), QStringLiteral("Onboarding guide (draft)")},
                      {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                      {QStringLiteral("instructions"), QStringLiteral("Walk new staff through their first week.")}};

    QJsonObject doc{
        {QStringLiteral("format"), QLatin1String(Interchange::Format)},
        {QStringLiteral("format_version"), Interchange::FormatVersion},
        {QStringLiteral("files"), QJsonArray{file("demo-f-faq", "faq.txt", faq, "file-demoFAQ"),
                                             file("demo-f-prices", "prices.csv", prices, "file-demoPrices"),
                                             file("demo-f-policy", "returns-policy.txt", policy, "file-demoPolicy"),
                                             file("demo-f-triage", "triage-guide.txt", triage, nullptr)}},
        {QStringLiteral("assistants"), QJsonArray{helpdesk, sales, clinic, draft}},
        {QStringLiteral("experiments"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-e-support")},
                                {QStringLiteral("name"), QStringLiteral("Support bot")},
                                {QStringLiteral("assistant"), QStringLiteral("demo-helpdesk")},
                                {QStringLiteral("next_version_number"), 3},
                                {QStringLiteral("versions"),
                                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-e-support-v1")},
                                                        {QStringLiteral("version_number"), 1},
                                                        {QStringLiteral("assistant"), QStringLiteral("demo-helpdesk-v1")}},
                                            QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-e-support-v2")},
                                                        {QStringLiteral("version_number"), 2},
                                                        {QStringLiteral("published"), true},
                                                        {QStringLiteral("assistant"), QStringLiteral("demo-helpdesk-v2")}}}}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-e-sales")},
                                {QStringLiteral("name"), QStringLiteral("Sales bot")},
                                {QStringLiteral("pipeline"), QStringLiteral("demo-p-triage")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-e-clinic")},
                                {QStringLiteral("name"), QStringLiteral("Clinic front desk")},
                                {QStringLiteral("assistant"), QStringLiteral("demo-clinic")}}}},
        {QStringLiteral("pipelines"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("demo-p-triage")},
             {QStringLiteral("name"), QStringLiteral("Triage flow")},
             {QStringLiteral("next_version_number"), 2},
             {QStringLiteral("nodes"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("n1")}, {QStringLiteral("type"), QStringLiteral("router")},
                                     {QStringLiteral("label"), QStringLiteral("Route by topic")}},
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("n2")}, {QStringLiteral("type"), QStringLiteral("assistant")},
                                     {QStringLiteral("label"), QStringLiteral("Answer")},
                                     {QStringLiteral("assistant"), QStringLiteral("demo-sales")}},
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("n3")}, {QStringLiteral("type"), QStringLiteral("assistant")},
                                     {QStringLiteral("label"), QStringLiteral("Escalate")},
                                     {QStringLiteral("assistant"), QStringLiteral("demo-helpdesk")}}}},
             {QStringLiteral("versions"),
              QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-p-triage-v1")},
                                     {QStringLiteral("version_number"), 1},
                                     {QStringLiteral("nodes"),
                                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("n1")},
                                                             {QStringLiteral("type"), QStringLiteral("assistant")},
                                                             {QStringLiteral("label"), QStringLiteral("Answer")},
                                                             {QStringLiteral("assistant"), QStringLiteral("demo-helpdesk-v1")}}}}}}}}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Status populate(Workspace &workspace)
{
    return Interchange::importInto(workspace, interchangeDocument());
}
} // namespace Demo
