// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace backoffice {

/// The end of the audit chain as the last append left it, MACed under the audit key so that
/// removing the newest events, rewriting the head or emptying the log is detected.
struct AuditHead
{
    qint64 lastId = 0;
    QString lastHash;
    qint64 eventCount = 0;
    /// The first event whose hash is an HMAC. Events before it were written before chains were keyed
    /// (plain SHA-256); the event `keyedFrom` anchors them under the key.
    qint64 keyedFrom = 1;
    /// The event written when the head was found missing or forged (0: never): the log before it may
    /// have been cut short, and verification keeps saying so.
    qint64 recreatedAt = 0;
    QString mac;
};

/// The hash functions of the audit chain: pure, so tests and verification share them.
namespace AuditChain {
/// 64 zeros: the "previous hash" of the first event.
QString genesisHash();
/// hex SHA-256 of the previous hash and the event's canonical content (chains before keying).
QString legacyHash(const QString& previousHash, const QByteArray& canonicalContent);
/// hex HMAC-SHA-256 under `key` of the previous hash and the event's canonical content.
QString eventMac(const QByteArray& key, const QString& previousHash, const QByteArray& canonicalContent);
/// hex HMAC-SHA-256 under `key` of every field of the head but its MAC, bound to the database id.
QString headMac(const QByteArray& key, const QString& databaseId, const AuditHead& head);
/// Compares two hex MACs in constant time.
bool sameMac(const QString& a, const QString& b);
} // namespace AuditChain

} // namespace backoffice
