#pragma once

// Internal to rl_model: the validator behind CreateThreadAndRunRequest::validate().
#include "createthreadandrunrequest.h"

#include <QCoreApplication>

namespace rl {

class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(rl::RequestValidator)

public:
    Problems problems;

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);

    // Reports null where the spec does not allow it; true when the field holds a value.
    template<typename T> bool notNull(const Field<T> &field, const QString &path)
    {
        if (field.isNull()) {
            error(path, tr("This cannot be null. Remove it or give it a value."));
        }
        return field.hasValue();
    }

    // Reports a required key that is absent (a value kept in `extras` was already reported by
    // the parser) or null; true when the field holds a value.
    template<typename T>
    bool required(const Field<T> &field, const QJsonObject &extras, const QString &parent, const QString &key,
                  const QString &whenMissing)
    {
        if (field.isUnset()) {
            if (!extras.contains(key)) {
                error(joinPath(parent, key), whenMissing);
            }
            return false;
        }
        return notNull(field, joinPath(parent, key));
    }

    void metadata(const Field<Metadata> &field, const QString &path);
    void maxItems(qsizetype count, int max, const QString &path);
    void oneOf(const Field<QString> &field, const QStringList &allowed, const QString &path);
    void functionName(const QString &name, const QString &path);
    void jsonObject(const Field<QJsonValue> &field, const QString &path, const QString &what);

    // requestvalidator_thread.cpp
    void thread(const Thread &thread, const QString &path);
    void message(const Message &message, const QString &path);
    void contentPart(const ContentPart &part, const QString &path);
    void imageUrl(const ImageUrl &image, const QString &path);
    void attachment(const Attachment &attachment, const QString &path);
    void threadToolResources(const ThreadToolResources &resources, const QString &path);
    void vectorStore(const VectorStoreHelper &store, const QString &path);
    void codeInterpreter(const Field<CodeInterpreterResources> &field, const QString &path);

    // requestvalidator.cpp
    void request(const CreateThreadAndRunRequest &request);
    void tools(const QList<Tool> &list, const QString &path);
    void tool(const Tool &tool, const QString &path);
    void toolResources(const ToolResources &resources, const QString &path);
    void truncation(const TruncationStrategy &truncation, const QString &path);
    void toolChoice(const ToolChoice &choice, const CreateThreadAndRunRequest &request, const QString &path);
    void responseFormat(const ResponseFormat &format, const CreateThreadAndRunRequest &request, const QString &path);
    void tokenLimit(const Field<qint64> &field, const QString &path, const QString &what);
    void range(const Field<double> &field, double min, double max, const QString &path, const QString &what);
};

} // namespace rl
