#pragma once

#include "createthreadandrunrequest.h"

#include <QRandomGenerator>

// Builds random, structurally well-formed request bodies that together cover every field of
// the spec in all three states (unset / null / value). Values need not pass validate().
namespace rl::test {

class RequestGenerator
{
public:
    explicit RequestGenerator(quint32 seed)
        : m_rng(seed)
    { }

    CreateThreadAndRunRequest request();

private:
    template<typename T, typename Make> Field<T> maybe(Make make)
    {
        switch (m_rng.bounded(4)) {
        case 0:
            return {};
        case 1:
            return Field<T>::null();
        default:
            return Field<T>(make());
        }
    }

    int count(int max) { return static_cast<int>(m_rng.bounded(max + 1)); }
    bool coin() { return m_rng.bounded(2) == 0; }
    QString text();
    QStringList ids(int max);
    QJsonObject metadata();
    QJsonValue freeJson(int depth);

    Message message();
    ContentPart part();
    Attachment attachment();
    ThreadToolResources threadResources();
    VectorStoreHelper vectorStore();
    Tool tool();
    ToolChoice toolChoice();
    ResponseFormat responseFormat();

    QRandomGenerator m_rng;
};

} // namespace rl::test
