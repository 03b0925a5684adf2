// Following an object that can be swapped: the models here and the views in ui/ keep the Workspace (or the
// DeletionQueue) they follow in a QPointer, and when they are handed another one they drop every connection from the
// old one before they connect to the new one.
#pragma once

#include <QObject>
#include <QPointer>

/// Drops every connection from `held`'s current object to `receiver`, then points `held` at `object`. True when
/// `object` is not null, for the caller to connect to it.
template <typename T>
bool rebind(QPointer<T> &held, T *object, const QObject *receiver)
{
    if (held)
        QObject::disconnect(held, nullptr, receiver, nullptr);
    held = object;
    return held != nullptr;
}
