// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/BackgroundTask.h"
#include "core/operators/Actor.h"
#include "core/secrets/SecretCipher.h"
#include "core/storage/DatabaseLocation.h"

namespace backoffice {

using DemoDataJob = BackgroundTask<qint64>;

/// Adds `count` demo clients (DemoDataGenerator, seeded from the system's random source) as a
/// BackgroundTask: progress is (clients made, count); a cancel keeps nothing (Cancelled); the result
/// is the number created, even when a cancel came after they were committed.
DemoDataJob* startDemoData(DatabaseLocation location, SecretCipher cipher, Actor actor, qint64 count,
                           QObject* parent = nullptr);

} // namespace backoffice
