#include "core/shopify/ShopifyReply.h"

ShopifyReply::ShopifyReply(QObject *parent)
    : QObject(parent)
{}

void ShopifyReply::abort()
{
    if (m_finished)
        return;
    emit aborted();
}

void ShopifyReply::finish(const QJsonObject &data,
                          const QJsonObject &extensions,
                          const FieldErrors &fieldErrors)
{
    if (m_finished)
        return;
    m_finished = true;
    m_data = data;
    m_extensions = extensions;
    m_fieldErrors = fieldErrors;
    emit finished();
}

void ShopifyReply::fail(const ShopifyError &error, const QJsonObject &extensions)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_extensions = extensions;
    emit finished();
}
