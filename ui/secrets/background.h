#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace Berth::Gui::Internal {

/**
 * Runs \a work on a thread of its own and hands its result to \a done on \a context's thread.
 * For the blocking SecretStore calls, which must never run on the GUI thread. When \a context
 * is gone before \a work ends, \a done is not called; the thread still ends and deletes
 * itself, so \a work must own (copy, or hold a shared_ptr to) everything it touches.
 */
template <typename Result>
void runInBackground(QObject *context, std::function<Result()> work,
                     std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Berth::Gui::Internal
