#pragma once

#include "composersection.h"

#include <QList>

#include <memory>

namespace Ui {
class ConversationSection;
}

namespace rl {

class KeptValue;

// `thread`: the ordered messages the new thread starts with (add, remove, duplicate, reorder),
// plus, under "advanced", the thread's metadata and tool resources.
class ConversationSection : public ComposerSection
{
    Q_OBJECT

public:
    explicit ConversationSection(QWidget *parent = nullptr);
    ~ConversationSection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(CreateThreadAndRunRequest &request) const override;
    void readFrom(const CreateThreadAndRunRequest &request) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

private:
    void refreshList();
    void showMessage(int row);
    void insertMessage(int row, const QJsonObject &message);
    void moveCurrent(int delta);
    void updateState();
    [[nodiscard]] Field<ThreadToolResources> toolResources() const;

    std::unique_ptr<Ui::ConversationSection> m_ui;
    // Loaded static chunking numbers the spin boxes cannot show exactly, kept until edited.
    KeptValue *m_chunkSizeKept;
    KeptValue *m_chunkOverlapKept;
    QList<QJsonObject> m_messages;
    bool m_showing = false;
};

} // namespace rl
