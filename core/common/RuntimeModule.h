// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QFunctionPointer>
#include <QString>

namespace backoffice::RuntimeModule {

/// The function `symbol` of Back Office's module `name` (the file libbackoffice_<name>.so), loaded on
/// the first call and kept for the life of the process. Libraries only some commands need (QtKeychain
/// with QtDBus, libphonenumber with protobuf) live in modules, so a command that needs none of them
/// does not pay for loading and relocating them at every start.
///
/// Modules are looked for in the folder the package installs them to, found from the executable's own
/// folder; an executable that runs inside the build tree it was built in (the tests) looks in that build
/// tree's module folder instead. Nothing else is searched: no environment variable, no current folder.
/// Errors: Internal when the module or the function is missing (a broken installation), `field`
/// "module" and `detail` the file and the loader's reason. Thread-safe.
Result<QFunctionPointer> function(const char* name, const char* symbol);

/// Ends the program with a message that Back Office is installed incompletely: module `name` is
/// missing (`reason`, the loader's). For the modules nothing can work without.
[[noreturn]] void failMissing(const char* name, const QString& reason);

/// What the factory `symbol` of module `name` returns: a `T* ()` function, by the module's contract.
/// Errors: those of function().
template<typename T> Result<T*> object(const char* name, const char* symbol)
{
    const Result<QFunctionPointer> factory = function(name, symbol);
    if (!factory)
        return factory.error();
    return reinterpret_cast<T* (*)()>(factory.value())();
}

/// object(), for a module the program cannot work without: a missing one ends the program through
/// failMissing.
template<typename T> T* required(const char* name, const char* symbol)
{
    const Result<T*> made = object<T>(name, symbol);
    if (!made)
        failMissing(name, made.error().detail);
    return made.value();
}

} // namespace backoffice::RuntimeModule
