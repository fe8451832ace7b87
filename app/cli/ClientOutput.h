// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"
#include "core/clients/Client.h"

#include <QJsonObject>

namespace backoffice::cli {

/// How stored client data reaches a terminal or a script: whatever the database holds (a row written
/// by an older version, or by hand), control and bidi characters come out as \uXXXX and cannot
/// steer the terminal.
namespace ClientOutput {
QString safe(const QString& text);
/// JSON with the same escapes: QJsonDocument escapes C0 controls inside strings but writes C1 and
/// bidi characters raw. Line by line, so the document's own line breaks stay.
void printSafeJson(CliContext& context, const QJsonDocument& document);
QString utcText(const QDateTime& time);
QJsonObject toJson(const Client& client);
} // namespace ClientOutput

} // namespace backoffice::cli
