// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/RuntimeModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace backoffice::RuntimeModule {

namespace {
/// The folder the executable runs from: QCoreApplication's answer, or the kernel's when there is no
/// application object yet.
QString executableFolder()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(u"/proc/self/exe"_s).canonicalFilePath().section(u'/', 0, -2);
}

QString moduleFolder()
{
    const QString executable = executableFolder();
    // BACKOFFICE_BUILD_DIR and BACKOFFICE_BUILD_MODULE_DIR come from core/CMakeLists.txt. Only an
    // executable inside the build tree reads modules from it: an installed one never looks there.
    const QString buildTree = QDir::cleanPath(QStringLiteral(BACKOFFICE_BUILD_DIR));
    if (executable == buildTree || executable.startsWith(buildTree + u'/'))
        return QStringLiteral(BACKOFFICE_BUILD_MODULE_DIR);
    return QDir::cleanPath(executable + u'/' + QStringLiteral(BACKOFFICE_MODULE_DIR_FROM_BINDIR));
}
} // namespace

Result<QFunctionPointer> function(const char* name, const char* symbol)
{
    static QMutex mutex;
    // Never unloaded: the functions handed out stay valid until the process ends.
    static QHash<QString, std::shared_ptr<QLibrary>> loaded;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<QLibrary>& library = loaded[QString::fromLatin1(name)];
    if (!library) {
        library = std::make_shared<QLibrary>(moduleFolder() + u"/libbackoffice_"_s + QString::fromLatin1(name));
        if (!library->load()) {
            const QString reason = library->errorString();
            library.reset();
            return Error {Error::Code::Internal, u"module"_s, reason};
        }
    }
    if (const QFunctionPointer found = library->resolve(symbol))
        return found;
    return Error {Error::Code::Internal, u"module"_s, library->errorString()};
}

void failMissing(const char* name, const QString& reason)
{
    qFatal("%s",
           qPrintable(QCoreApplication::translate("RuntimeModule",
                                                  "Back Office is installed incompletely: its %1 module "
                                                  "could not be loaded (%2).")
                          .arg(QString::fromLatin1(name), reason)));
}

} // namespace backoffice::RuntimeModule
